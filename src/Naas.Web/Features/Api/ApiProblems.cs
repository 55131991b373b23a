using Microsoft.AspNetCore.Http.HttpResults;
using Naas.Web.Features.Endorsements;

namespace Naas.Web.Features.Api;

/// <summary>The API's problem details: not found in the caller's organisation, and validation problems keyed
/// by the request's camel-case field names.</summary>
internal static class ApiProblems
{
    internal static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem(
            title: $"No such {what}",
            detail: $"There is no {what} with that id in your organisation.",
            statusCode: 404
        );

    internal static ValidationProblem Problems(EndorsementOutcome o) =>
        TypedResults.ValidationProblem(
            o.Problems.GroupBy(p => p.Field.Length == 0 ? "endorsement" : Camel(p.Field))
                .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray())
        );

    internal static void Add(Dictionary<string, List<string>> errors, string key, string message)
    {
        if (!errors.TryGetValue(key, out var list))
            errors[key] = list = [];
        list.Add(message);
    }

    internal static string Camel(string s) => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..];
}
