using Microsoft.AspNetCore.Antiforgery;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Written;

/// <summary>The written exercise page's JavaScript saves the answers as they are typed (<c>wwwroot/js/test.js</c>,
/// the knowledge test's own), committed before the response returns; without JavaScript the page's buttons save.
/// Saves are a few a minute per candidate (typing pauses), so the ordinary context serves them: see ADR 0024.</summary>
public static class WrittenAutosave
{
    public static void MapWrittenAutosave(this IEndpointRouteBuilder app) =>
        app.MapPost(
                "/me/written/{id:guid}/autosave",
                async (
                    Guid id,
                    HttpContext http,
                    IAntiforgery antiforgery,
                    WrittenSittings sittings,
                    CancellationToken ct
                ) =>
                {
                    if (!await antiforgery.IsRequestValidAsync(http))
                        return TypedResults.Problem(
                            statusCode: StatusCodes.Status400BadRequest,
                            title: "This page has expired",
                            detail: "Your answers were not saved automatically. Use \"Save your answers\" to save them."
                        );
                    var form = await http.Request.ReadFormAsync(ct);
                    var (outcome, problem) = await sittings.SaveAsync(
                        id,
                        http.User.SocialWorkerId() ?? Guid.Empty,
                        WrittenForm.Answers(form),
                        ct
                    );
                    return outcome switch
                    {
                        WrittenSittings.SaveOutcome.Saved => TypedResults.NoContent(),
                        // The exercise has ended (time ran out, or it was submitted elsewhere): the page reloads.
                        WrittenSittings.SaveOutcome.Ended => (IResult)
                            TypedResults.StatusCode(StatusCodes.Status409Conflict),
                        WrittenSittings.SaveOutcome.Refused => TypedResults.Problem(
                            statusCode: StatusCodes.Status400BadRequest,
                            title: "Your answers were not saved",
                            detail: problem
                        ),
                        _ => TypedResults.NotFound(),
                    };
                }
            )
            .RequireAuthorization("SocialWorker")
            .ExcludeFromDescription();
}

/// <summary>The answers in a posted form: one field per task, "t1", "t2" and so on.</summary>
public static class WrittenForm
{
    public static Dictionary<int, string> Answers(IFormCollection form)
    {
        var answers = new Dictionary<int, string>();
        foreach (var (key, value) in form)
            if (key.Length > 1 && key[0] == 't' && int.TryParse(key.AsSpan(1), out var task) && task is > 0 and < 100)
                answers[task] = value.ToString();
        return answers;
    }
}
