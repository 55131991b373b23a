using Microsoft.AspNetCore.Antiforgery;
using Naas.Web.Infrastructure;
using HttpResults = Microsoft.AspNetCore.Http.Results;

namespace Naas.Web.Features.Observation;

/// <summary>The sheet page's script saves each change here (<c>wwwroot/js/observe.js</c>), from the page's own form
/// with its antiforgery token, naming the revision it was made from. 200 with the new revision when received; 409
/// with the stored revision when another device saved since, so the tablet keeps its copy and says so; 423 once the
/// sheet is submitted. Without JavaScript the page's own form posts to the page instead.</summary>
public static class SheetSaveEndpoint
{
    public static void MapSheetSave(this IEndpointRouteBuilder app) =>
        app.MapPost(
                "/observe/{id:guid}/save",
                async (
                    Guid id,
                    HttpContext http,
                    IAntiforgery antiforgery,
                    ObservationSheets sheets,
                    CancellationToken ct
                ) =>
                {
                    if (!await antiforgery.IsRequestValidAsync(http))
                        return HttpResults.Problem(
                            statusCode: StatusCodes.Status400BadRequest,
                            title: "This page has expired",
                            detail: "Reload the page: what you entered is kept on this tablet."
                        );
                    var opened = await sheets.OpenAsync(id, http.User.UserId() ?? Guid.Empty, ct, track: true);
                    if (opened is null)
                        return HttpResults.NotFound();
                    var form = await http.Request.ReadFormAsync(ct);
                    var content = ObservationSheets.Read(form, opened.Scenario.Criteria.Count);
                    var savedFrom = int.TryParse(form["Revision"].FirstOrDefault(), out var r) ? r : -1;
                    var result = await sheets.SaveAsync(
                        opened,
                        content,
                        savedFrom,
                        form["Device"].FirstOrDefault(),
                        submit: false,
                        http.User.ToScope().ActorName,
                        ct
                    );
                    return result.Outcome switch
                    {
                        ObservationSheets.Outcome.Saved => HttpResults.Ok(new { revision = result.Revision }),
                        ObservationSheets.Outcome.Conflict => HttpResults.Json(
                            new
                            {
                                revision = result.Revision,
                                device = result.Current?.UpdatedOn,
                                detail = "This sheet was changed on another device since this one last saved it.",
                            },
                            statusCode: StatusCodes.Status409Conflict
                        ),
                        ObservationSheets.Outcome.Locked => HttpResults.Problem(
                            statusCode: StatusCodes.Status423Locked,
                            title: "This sheet has been submitted",
                            detail: "A submitted sheet changes only by a recorded correction."
                        ),
                        _ => HttpResults.ValidationProblem(
                            result
                                .Problems.GroupBy(p => p.Field)
                                .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray())
                        ),
                    };
                }
            )
            .RequireAuthorization("Marker")
            .ExcludeFromDescription();
}
