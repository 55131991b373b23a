using HttpResults = Microsoft.AspNetCore.Http.Results;

namespace Naas.Web.Features.Marking;

/// <summary>Evidence files (recordings, written work) streamed to those who may open them: see
/// MarkEvidenceStore.OpenEvidenceAsync. Anyone else gets a 404, so an id reveals nothing.</summary>
public static class EvidenceEndpoints
{
    public static void MapEvidence(this IEndpointRouteBuilder app) =>
        app.MapGet(
                "/evidence/{id:guid}",
                async (Guid id, HttpContext http, MarkEvidenceStore store, CancellationToken ct) =>
                {
                    if (await store.OpenEvidenceAsync(id, http.User, ct) is not { } opened)
                        return HttpResults.NotFound();
                    var (evidence, stream) = opened;
                    http.Response.Headers.CacheControl = "private, no-store";
                    // Recordings play in the browser; written work downloads under its name.
                    return evidence.Kind == "Recording"
                        ? HttpResults.Stream(stream, evidence.ContentType, enableRangeProcessing: true)
                        : HttpResults.File(stream, evidence.ContentType, evidence.FileName);
                }
            )
            .RequireAuthorization()
            .ExcludeFromDescription();
}
