using Microsoft.AspNetCore.Mvc.Filters;

namespace Naas.Web.Infrastructure;

/// <summary>The largest file a page's upload accepts, said to the person on the page itself when a file is larger
/// than the request may be (the server stops reading it, so the page cannot check it the ordinary way).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class UploadLimitAttribute(long fileBytes) : Attribute
{
    public long FileBytes { get; } = fileBytes;

    public static string Describe(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / (1024 * 1024)} MB" : $"{bytes / 1024} KB";

    public static string Message(long bytes) => $"The selected file must be smaller than {Describe(bytes)}";
}

public static class UploadLimits
{
    public const string QueryKey = "too-large";

    /// <summary>Room in a request for the form's other fields beside the file.</summary>
    public const long Slack = 64 * 1024;

    /// <summary>A page's form post whose body is over its limit comes back to the same page (303) with the limit in the
    /// query, where <see cref="AddTooLargeError"/> puts it in the error summary, instead of an error page.</summary>
    public static IApplicationBuilder UseUploadTooLargeRedirect(this IApplicationBuilder app) =>
        app.Use(
            async (ctx, next) =>
            {
                // Routing has run, so the page is known: a body declared larger than its limit is not read at all.
                if (
                    HttpMethods.IsPost(ctx.Request.Method)
                    && ctx.GetEndpoint()?.Metadata.GetMetadata<UploadLimitAttribute>() is { } declared
                    && ctx.Request.ContentLength > declared.FileBytes + Slack
                )
                {
                    ctx.Response.StatusCode = StatusCodes.Status303SeeOther;
                    ctx.Response.Headers.Location =
                        $"{ctx.Request.PathBase}{ctx.Request.Path}?{QueryKey}={declared.FileBytes}";
                    return;
                }
                try
                {
                    await next();
                }
                catch (Exception e)
                    when (IsTooLarge(e)
                        && !ctx.Response.HasStarted
                        && HttpMethods.IsPost(ctx.Request.Method)
                        && !ctx.Request.Path.StartsWithSegments("/api")
                        && ctx.GetEndpoint()?.Metadata.GetMetadata<UploadLimitAttribute>() is { } limit
                    )
                {
                    ctx.Response.Clear();
                    ctx.Response.StatusCode = StatusCodes.Status303SeeOther;
                    ctx.Response.Headers.Location =
                        $"{ctx.Request.PathBase}{ctx.Request.Path}?{QueryKey}={limit.FileBytes}";
                }
            }
        );

    private static bool IsTooLarge(Exception e) =>
        e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
        || e is InvalidDataException { Message: var m }
            && m.Contains("body length limit", StringComparison.OrdinalIgnoreCase);

    /// <summary>On the page a too-large upload came back to: the error against its file field.</summary>
    public static void AddTooLargeError(PageHandlerExecutingContext context, string field = "Upload")
    {
        if (context.HttpContext.Request.Query.TryGetValue(QueryKey, out var v) && long.TryParse(v, out var bytes))
            context.ModelState.AddModelError(field, UploadLimitAttribute.Message(bytes));
    }
}
