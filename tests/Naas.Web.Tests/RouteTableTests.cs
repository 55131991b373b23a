using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Naas.Web.Tests;

/// <summary>Every address the service answers, with the methods and the authorisation it asks, is the one recorded in
/// RouteTable.txt. Moving a page or an endpoint between folders (issue 14) must change neither its address nor who may
/// open it; a change to either is made on purpose, by changing the record in the same commit.</summary>
public class RouteTableTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    public static IEnumerable<string> Describe(IEnumerable<EndpointDataSource> sources) =>
        sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Select(e =>
            {
                var methods = e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods is { Count: > 0 } m ? string.Join(",", m.Order()) : "ANY";
                var authorise = e.Metadata.GetOrderedMetadata<IAuthorizeData>()
                    .Select(a => !string.IsNullOrEmpty(a.Policy) ? a.Policy : !string.IsNullOrEmpty(a.Roles) ? "roles:" + a.Roles : "signed-in")
                    .Distinct().Order().ToList();
                var who = e.Metadata.GetMetadata<IAllowAnonymous>() is not null ? "anyone" : authorise.Count == 0 ? "anyone" : string.Join(" & ", authorise);
                return $"{methods} /{e.RoutePattern.RawText!.TrimStart('/')} -> {who}";
            })
            .Distinct().Order(StringComparer.Ordinal);

    [Fact]
    public void Every_address_keeps_its_methods_and_who_may_open_it()
    {
        var actual = Describe([app.Services.GetRequiredService<EndpointDataSource>()]).ToList();
        var expected = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "RouteTable.txt")).Where(l => l.Length > 0).ToList();
        var added = actual.Except(expected).ToList();
        var gone = expected.Except(actual).ToList();
        Assert.True(added.Count == 0 && gone.Count == 0,
            $"The route table changed.\nNew or changed:\n{string.Join("\n", added)}\nNo longer there:\n{string.Join("\n", gone)}");
    }
}
