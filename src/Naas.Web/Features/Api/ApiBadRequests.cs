using System.Text.Json;
using HttpResults = Microsoft.AspNetCore.Http.Results;

namespace Naas.Web.Features.Api;

/// <summary>A JSON body the API cannot read (a wrong type, an impossible date, broken JSON) answers as validation
/// does: a 400 problem whose <c>errors</c> names the field, instead of "Failed to read parameter …".</summary>
public static class ApiBadRequests
{
    public static IApplicationBuilder UseApiBadRequestProblems(this IApplicationBuilder app) =>
        app.Use(
            async (ctx, next) =>
            {
                try
                {
                    await next();
                }
                catch (BadHttpRequestException e)
                    when (!ctx.Response.HasStarted
                        && !ctx.Request.Path.StartsWithSegments("/api")
                        && ctx.GetEndpoint()?.Metadata.GetMetadata<Infrastructure.UploadLimitAttribute>() is null
                    )
                {
                    // Elsewhere a request the server cannot read gets its own status and the service's page for it, not
                    // a 500.
                    ctx.Response.Clear();
                    ctx.Response.StatusCode = e.StatusCode;
                }
                catch (BadHttpRequestException e)
                    when (ctx.Request.Path.StartsWithSegments("/api") && !ctx.Response.HasStarted)
                {
                    var (field, message) = Describe(
                        e,
                        ctx.GetEndpoint()
                            ?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()
                            ?.RequestType
                    );
                    ctx.Response.Clear();
                    await HttpResults
                        .ValidationProblem(
                            new Dictionary<string, string[]> { [field] = [message] },
                            title: "The request body could not be read",
                            statusCode: e.StatusCode
                        )
                        .ExecuteAsync(ctx);
                }
            }
        );

    /// <summary>The type of the property a JSON path ends at, walked from the body's type ("engagement.start" →
    /// DateOnly?).</summary>
    private static Type? TypeAt(Type? type, string path)
    {
        foreach (var segment in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            if (type is null)
                return null;
            var name = segment.Split('[')[0];
            type = type.GetProperty(
                name,
                System.Reflection.BindingFlags.IgnoreCase
                    | System.Reflection.BindingFlags.Public
                    | System.Reflection.BindingFlags.Instance
            )?.PropertyType;
            if (type is not null && segment.Contains('['))
                type = type.IsArray ? type.GetElementType() : type.GetGenericArguments().FirstOrDefault();
        }
        return type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
    }

    private static string? Expected(Type? t) =>
        t == typeof(DateOnly) || t == typeof(DateTime) || t == typeof(DateTimeOffset)
            ? "a real date, like \"2025-03-27\""
        : t == typeof(decimal) || t == typeof(int) || t == typeof(double) || t == typeof(long) ? "a number, like 0.6"
        : t == typeof(Guid) ? "an id, like \"0198a6b2-6f0e-7c3a-9d51-2f6c1e8b4a10\""
        : t == typeof(bool) ? "true or false"
        : t == typeof(string) ? "text in quotes"
        : t is not null && t != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(t)
            ? "a list, like [\"case-responsibility\"]"
        : t is not null && t.IsClass ? "an object in braces { }"
        : null;

    public static (string Field, string Message) Describe(BadHttpRequestException e, Type? bodyType = null)
    {
        if (e.InnerException is not JsonException json)
            return (
                "body",
                e.StatusCode == StatusCodes.Status415UnsupportedMediaType
                    ? "Send the body as JSON, with Content-Type: application/json"
                    : "Send a JSON body"
            );
        // "$.engagement.start" → "engagement.start"; "$" (the whole body) → "body".
        var path = (json.Path ?? "$").TrimStart('$').TrimStart('.');
        var field =
            path.Length == 0
                ? "body"
                : string.Join(
                    '.',
                    path.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..])
                );
        var m = json.Message;
        var expected =
            Expected(TypeAt(bodyType, path))
            ?? (
                m.Contains("DateOnly") || m.Contains("DateTime") ? "a real date, like \"2025-03-27\""
                : m.Contains("Decimal") || m.Contains("Int32") || m.Contains("Double") ? "a number, like 0.6"
                : m.Contains("Guid") ? "an id, like \"0198a6b2-6f0e-7c3a-9d51-2f6c1e8b4a10\""
                : m.Contains("Boolean") ? "true or false"
                : m.Contains("List") || m.Contains("[]") || m.Contains("IReadOnlyList")
                    ? "a list, like [\"case-responsibility\"]"
                : m.Contains("String") ? "text in quotes"
                : null
            );
        return (
            field,
            expected is null
                ? $"This is not valid JSON here: {m.Split(" Path:")[0]}"
                : $"{(path.Length == 0 ? "The body" : field)} must be {expected}"
        );
    }
}
