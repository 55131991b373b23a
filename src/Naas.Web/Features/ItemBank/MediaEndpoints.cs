using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Seed;
using Naas.Web.Infrastructure;
using HttpResults = Microsoft.AspNetCore.Http.Results;

namespace Naas.Web.Features.ItemBank;

/// <summary>Scenario media, streamed from the file store. Bank content is confidential: the content team may see any
/// case; a candidate only a case on a form they have been given.</summary>
public static class MediaEndpoints
{
    public static void MapMedia(this IEndpointRouteBuilder app)
    {
        app.MapGet(
                "/media/cases/{id:guid}",
                (Guid id, HttpContext http, NaasDbContext db, IFileStore files, CancellationToken ct) =>
                    ServeAsync(id, Track.Media, http, db, files, ct)
            )
            .RequireAuthorization()
            .ExcludeFromDescription();
        app.MapGet(
                "/media/cases/{id:guid}/captions",
                (Guid id, HttpContext http, NaasDbContext db, IFileStore files, CancellationToken ct) =>
                    ServeAsync(id, Track.Captions, http, db, files, ct)
            )
            .RequireAuthorization()
            .ExcludeFromDescription();
        app.MapGet(
                "/media/cases/{id:guid}/descriptions",
                (Guid id, HttpContext http, NaasDbContext db, IFileStore files, CancellationToken ct) =>
                    ServeAsync(id, Track.Descriptions, http, db, files, ct)
            )
            .RequireAuthorization()
            .ExcludeFromDescription();
    }

    private enum Track
    {
        Media,
        Captions,
        Descriptions,
    }

    private static async Task<IResult> ServeAsync(
        Guid id,
        Track track,
        HttpContext http,
        NaasDbContext db,
        IFileStore files,
        CancellationToken ct
    )
    {
        var c = await db.KnowledgeCases.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (c is null || !await MaySeeAsync(c.Id, http, db, ct))
            return HttpResults.NotFound();
        var key = track switch
        {
            Track.Captions => c.CaptionsKey,
            Track.Descriptions => c.DescriptionsKey,
            _ => c.MediaKey,
        };
        if (key is null || await files.OpenAsync(key, ct) is not { } stream)
            return HttpResults.NotFound();
        http.Response.Headers.CacheControl = "private, max-age=3600";
        return HttpResults.Stream(
            stream,
            track == Track.Media ? c.MediaContentType : "text/vtt",
            enableRangeProcessing: true
        );
    }

    private static async Task<bool> MaySeeAsync(Guid caseId, HttpContext http, NaasDbContext db, CancellationToken ct)
    {
        if (http.User.IsInRole(Roles.ContentAuthor))
            return true;
        if (!http.User.IsInRole(Roles.SocialWorker) || http.User.SocialWorkerId() is not { } me)
            return false;
        var versionIds = await db
            .KnowledgeItemVersions.Where(v => v.CaseId == caseId)
            .Select(v => v.Id)
            .ToListAsync(ct);
        // The candidate's own sittings only (the query filter), and only those whose form carries a question on this
        // case.
        return await db.KnowledgeAttempts.AnyAsync(
            a => a.SocialWorkerId == me && a.ItemVersionIds.Any(i => versionIds.Contains(i)),
            ct
        );
    }
}
