using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Naas.Domain.Recordings;
using Naas.Web.Infrastructure;
using HttpResults = Microsoft.AspNetCore.Http.Results;

namespace Naas.Web.Features.Recordings;

/// <summary>The recording's endpoints. Resumable upload, for the upload page's script (<c>wwwroot/js/recording.js</c>):
/// <c>POST …/{session}/uploads</c> begins (or resumes) an upload and answers where it stands; <c>PATCH
/// …/uploads/{id}</c> with <c>Upload-Offset</c> sends one part (64MB at most); <c>GET …/uploads/{id}</c> says where
/// it stands after a lost connection. Without JavaScript the page's form posts the whole file to <c>…/{session}/file</c>,
/// streamed to the disk. Playback: <c>GET /recordings/{id}</c> with range requests, for those allowed to watch.</summary>
public static class RecordingEndpoints
{
    public const string ProblemsKey = "RecordingProblems";

    public static void MapRecordings(this IEndpointRouteBuilder app)
    {
        var centre = app.MapGroup("/centre/recordings").RequireAuthorization("Invigilation").ExcludeFromDescription();

        centre.MapPost(
            "/{sessionId:guid}/uploads",
            async (Guid sessionId, HttpContext http, IAntiforgery antiforgery, RecordingUploads uploads) =>
            {
                if (!await antiforgery.IsRequestValidAsync(http))
                    return Expired();
                if (!await uploads.RunsAsync(sessionId, http.User.UserId(), http.RequestAborted))
                    return HttpResults.NotFound();
                var form = await http.Request.ReadFormAsync(http.RequestAborted);
                var bytes = long.TryParse(form["Bytes"], NumberStyles.None, CultureInfo.InvariantCulture, out var b)
                    ? b
                    : (long?)null;
                var (recording, problems) = await uploads.StartAsync(
                    sessionId,
                    form["FileName"],
                    bytes,
                    form["Sha256"],
                    http.User.ToScope().ActorName,
                    http.RequestAborted
                );
                return recording is null
                    ? Problems(problems)
                    : HttpResults.Json(
                        new
                        {
                            id = recording.Id,
                            received = recording.Received,
                            bytes = recording.Bytes,
                            upload = RecordingsLinks.CentreUpload(recording.Id),
                        },
                        statusCode: StatusCodes.Status201Created
                    );
            }
        );

        centre.MapGet(
            "/uploads/{id:guid}",
            async (Guid id, HttpContext http, RecordingUploads uploads, CancellationToken ct) =>
                await uploads.FindForAsync(id, http.User.UserId(), ct) is { } r
                    ? HttpResults.Ok(
                        new
                        {
                            received = r.Received,
                            bytes = r.Bytes,
                            complete = r.CompletedAt is not null,
                            sha256 = r.Sha256,
                        }
                    )
                    : HttpResults.NotFound()
        );

        centre.MapMethods(
            "/uploads/{id:guid}",
            [HttpMethods.Patch],
            async (Guid id, HttpContext http, IAntiforgery antiforgery, RecordingUploads uploads) =>
            {
                if (!await antiforgery.IsRequestValidAsync(http))
                    return Expired();
                if (await uploads.FindForAsync(id, http.User.UserId(), http.RequestAborted) is null)
                    return HttpResults.NotFound();
                if (
                    !long.TryParse(
                        http.Request.Headers["Upload-Offset"],
                        NumberStyles.None,
                        CultureInfo.InvariantCulture,
                        out var offset
                    )
                )
                    return HttpResults.Problem(
                        statusCode: StatusCodes.Status400BadRequest,
                        title: "Say where this part starts",
                        detail: "Send the part's first byte's position in the recording as the Upload-Offset header."
                    );
                if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
                    limit.MaxRequestBodySize = RecordingRules.MaxChunkBytes;
                var result = await uploads.AppendAsync(
                    id,
                    offset,
                    http.Request.ContentLength,
                    http.Request.Body,
                    http.RequestAborted
                );
                var state = new
                {
                    received = result.Received,
                    bytes = result.Bytes,
                    complete = result.Outcome == RecordingUploads.Outcome.Completed,
                    sha256 = result.Sha256,
                    detail = result.Problem,
                };
                return result.Outcome switch
                {
                    RecordingUploads.Outcome.Appended or RecordingUploads.Outcome.Completed => HttpResults.Ok(state),
                    RecordingUploads.Outcome.Conflict => HttpResults.Json(
                        state,
                        statusCode: StatusCodes.Status409Conflict
                    ),
                    RecordingUploads.Outcome.NotFound => HttpResults.NotFound(),
                    _ => HttpResults.Problem(
                        statusCode: StatusCodes.Status422UnprocessableEntity,
                        title: "This part was not accepted",
                        detail: result.Problem,
                        extensions: new Dictionary<string, object?> { ["received"] = result.Received }
                    ),
                };
            }
        );

        // Without JavaScript: the whole file in one multipart post, read section by section and streamed to the disk
        // (never buffered as a form). The antiforgery token comes in the address, since the form cannot be read for it
        // before the file; it is checked as the header it is copied to.
        centre.MapPost(
            "/{sessionId:guid}/file",
            async (
                Guid sessionId,
                HttpContext http,
                IAntiforgery antiforgery,
                ITempDataDictionaryFactory tempData,
                RecordingUploads uploads
            ) =>
            {
                var page = RecordingsLinks.CentreSession(sessionId);
                http.Request.Headers["RequestVerificationToken"] = http.Request.Query["token"];
                if (!await antiforgery.IsRequestValidAsync(http))
                    return Expired();
                if (!await uploads.RunsAsync(sessionId, http.User.UserId(), http.RequestAborted))
                    return HttpResults.NotFound();
                if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
                    limit.MaxRequestBodySize = RecordingRules.MaxBytes + 1024 * 1024;
                var boundary = MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var type)
                    ? HeaderUtilities.RemoveQuotes(type.Boundary).Value
                    : null;
                List<(string Field, string Message)> problems = [("File", "Select the recording to upload")];
                if (boundary is not null)
                {
                    var reader = new MultipartReader(boundary, http.Request.Body);
                    string? sha = null;
                    while (await reader.ReadNextSectionAsync(http.RequestAborted) is { } section)
                    {
                        if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var d))
                            continue;
                        if (d.Name.Value == "Sha256")
                            sha = await new StreamReader(section.Body).ReadToEndAsync(http.RequestAborted);
                        else if (d.Name.Value == "File" && !string.IsNullOrEmpty(d.FileName.Value))
                        {
                            (_, problems) = await uploads.UploadWholeAsync(
                                sessionId,
                                HeaderUtilities.RemoveQuotes(d.FileName).Value,
                                section.Body,
                                sha,
                                http.User.ToScope().ActorName,
                                http.RequestAborted
                            );
                            break;
                        }
                    }
                }
                var data = tempData.GetTempData(http);
                if (problems.Count > 0)
                    data[ProblemsKey] = JsonSerializer.Serialize(
                        problems.Select(p => new[] { p.Field, p.Message }).ToList()
                    );
                else
                    data["Success"] = "The recording has been received in full and its checksum recorded.";
                data.Save();
                return HttpResults.Redirect(page);
            }
        );

        app.MapGet(
                "/recordings/{id:guid}",
                async (Guid id, HttpContext http, RecordingPlayback playback, CancellationToken ct) =>
                {
                    if (await playback.OpenAsync(id, http.User, ct) is not { } opened)
                        return HttpResults.NotFound();
                    http.Response.Headers.CacheControl = "private, no-store";
                    return HttpResults.Stream(
                        opened.Content,
                        opened.Recording.ContentType,
                        enableRangeProcessing: true
                    );
                }
            )
            .RequireAuthorization()
            .ExcludeFromDescription();
    }

    private static IResult Expired() =>
        HttpResults.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: "This page has expired",
            detail: "Reload the page and upload again: a recording part sent already is kept."
        );

    private static IResult Problems(List<(string Field, string Message)> problems) =>
        HttpResults.ValidationProblem(
            problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()),
            title: problems[0].Message
        );
}
