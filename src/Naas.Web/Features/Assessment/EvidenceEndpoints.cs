namespace Naas.Web.Features.Assessment;

/// <summary>Evidence files (recordings, written work) streamed to those who may open them: see
/// MarkingService.OpenEvidenceAsync. Anyone else gets a 404, so an id reveals nothing.</summary>
public static class EvidenceEndpoints
{
    public static void MapEvidence(this IEndpointRouteBuilder app) =>
        app.MapGet("/evidence/{id:guid}", async (Guid id, HttpContext http, MarkingService marking, CancellationToken ct) =>
        {
            if (await marking.OpenEvidenceAsync(id, http.User, ct) is not { } opened) return Results.NotFound();
            var (evidence, stream) = opened;
            http.Response.Headers.CacheControl = "private, no-store";
            // Recordings play in the browser; written work downloads under its name.
            return evidence.Kind == "Recording"
                ? Results.Stream(stream, evidence.ContentType, enableRangeProcessing: true)
                : Results.File(stream, evidence.ContentType, evidence.FileName);
        }).RequireAuthorization().ExcludeFromDescription();
}
