using Microsoft.AspNetCore.Antiforgery;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.KnowledgeTest;

/// <summary>The question page's JavaScript saves each change as it is made (<c>wwwroot/js/test.js</c>); the answer is
/// committed before the response returns. A plain endpoint rather than a page handler: it is the busiest request in
/// the service (every candidate, every few seconds) and needs none of a page's machinery. Without JavaScript the
/// page's own form saves on every submission instead.</summary>
public static class AutosaveEndpoints
{
    public static void MapAutosave(this IEndpointRouteBuilder app) =>
        app.MapPost(
                "/me/test/{id:guid}/{position:int}/autosave",
                async (
                    Guid id,
                    int position,
                    HttpContext http,
                    IAntiforgery antiforgery,
                    Autosaver autosaver,
                    CancellationToken ct
                ) =>
                {
                    // The page's own form posts here, so its antiforgery token comes with it, as on every form in the
                    // service.
                    if (!await antiforgery.IsRequestValidAsync(http))
                        return TypedResults.Problem(
                            statusCode: StatusCodes.Status400BadRequest,
                            title: "This page has expired",
                            detail: "Your answer was not saved automatically. Continue to the next question to save it."
                        );
                    var form = await http.Request.ReadFormAsync(ct);
                    var flagged = bool.TryParse(form["flag"].FirstOrDefault(), out var f) && f;
                    var me = http.User.SocialWorkerId() ?? Guid.Empty;
                    // From memory when it can (no database context is built); otherwise the test service reads what it
                    // needs.
                    var outcome =
                        await autosaver.TrySaveAsync(id, me, position, form, flagged)
                        ?? await http
                            .RequestServices.GetRequiredService<AnswerRecorder>()
                            .AutosaveAsync(id, me, position, form, flagged, ct);
                    return outcome switch
                    {
                        AnswerRecorder.AutosaveOutcome.Saved => TypedResults.NoContent(),
                        // The test has ended (time ran out, or it was submitted elsewhere): the page reloads to show
                        // so.
                        AnswerRecorder.AutosaveOutcome.Ended => (IResult)
                            TypedResults.StatusCode(StatusCodes.Status409Conflict),
                        _ => TypedResults.NotFound(),
                    };
                }
            )
            .RequireAuthorization("SocialWorker")
            .ExcludeFromDescription();
}
