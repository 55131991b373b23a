using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Naas.Web.Tests.Infrastructure;

/// <summary>Every address the service answers, with the methods and the authorisation it asks, is the one recorded in
/// RouteTable.txt. Moving a page or an endpoint between folders (issue 14) must change neither its address nor who may
/// open it; a change to either is made on purpose, by changing the record in the same commit.</summary>
public class RouteTableTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    public static IEnumerable<string> Describe(IEnumerable<EndpointDataSource> sources) =>
        sources
            .SelectMany(s => s.Endpoints)
            .OfType<RouteEndpoint>()
            .Select(e =>
            {
                var methods = e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods is { Count: > 0 } m
                    ? string.Join(",", m.Order())
                    : "ANY";
                var authorise = e
                    .Metadata.GetOrderedMetadata<IAuthorizeData>()
                    .Select(a =>
                        !string.IsNullOrEmpty(a.Policy) ? a.Policy
                        : !string.IsNullOrEmpty(a.Roles) ? "roles:" + a.Roles
                        : "signed-in"
                    )
                    .Distinct()
                    .Order()
                    .ToList();
                var who =
                    e.Metadata.GetMetadata<IAllowAnonymous>() is not null ? "anyone"
                    : authorise.Count == 0 ? "anyone"
                    : string.Join(" & ", authorise);
                return $"{methods} /{e.RoutePattern.RawText!.TrimStart('/')} -> {who}";
            })
            .Distinct()
            .Order(StringComparer.Ordinal);

    [Fact]
    public void Every_address_keeps_its_methods_and_who_may_open_it()
    {
        var actual = Describe([app.Services.GetRequiredService<EndpointDataSource>()]).ToList();
        var expected = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "RouteTable.txt"))
            .Where(l => l.Length > 0)
            .ToList();
        var added = actual.Except(expected).ToList();
        var gone = expected.Except(actual).ToList();
        Assert.True(
            added.Count == 0 && gone.Count == 0,
            $"The route table changed.\nNew or changed:\n{string.Join("\n", added)}\nNo longer there:\n{string.Join("\n", gone)}"
        );
    }
}

/// <summary>The audience folder authorises a page; a page in no audience folder outside the public capabilities is
/// refused when the service builds its pages, rather than served to anyone.</summary>
public class AudienceFolderTests
{
    private static Microsoft.AspNetCore.Mvc.ApplicationModels.PageApplicationModel Page(string path) =>
        new(
            new Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor
            {
                ViewEnginePath = path,
                RelativePath = "/Features" + path + ".cshtml",
            },
            typeof(object).GetTypeInfo(),
            []
        );

    [Theory]
    [InlineData("/Results/Admin/Index", "Admin")]
    [InlineData("/Results/Me/Results", "SocialWorker")]
    [InlineData("/StandardSetting/Panel/Rate", "Panellist")]
    [InlineData("/KnowledgeTest/Invigilator/Sitting", "Invigilation")]
    public void A_page_in_an_audience_folder_asks_that_audiences_policy(string path, string policy)
    {
        var page = Page(path);
        new Naas.Web.Infrastructure.Audiences.ByFolder().Apply(page);
        Assert.Equal(policy, Assert.Single(page.EndpointMetadata.OfType<IAuthorizeData>()).Policy);
    }

    [Fact]
    public void A_public_capabilitys_page_asks_nothing_and_a_misplaced_page_stops_the_service()
    {
        var check = Page("/PublicCheck/Index");
        new Naas.Web.Infrastructure.Audiences.ByFolder().Apply(check);
        Assert.Empty(check.EndpointMetadata.OfType<IAuthorizeData>());
        var misplaced = Assert.Throws<InvalidOperationException>(() =>
            new Naas.Web.Infrastructure.Audiences.ByFolder().Apply(Page("/Results/Release"))
        );
        Assert.Contains("/Results/Release is in no audience folder", misplaced.Message);
    }
}

/// <summary>Every link generator (<c>{Capability}Links</c>) builds an address the service answers: each method, called
/// with sample values, gives a path that one of the route table's templates matches.</summary>
public class LinkGeneratorTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    [Fact]
    public void Every_generated_link_is_an_address_the_service_answers()
    {
        var templates = app
            .Services.GetRequiredService<EndpointDataSource>()
            .Endpoints.OfType<RouteEndpoint>()
            .Select(e => new Microsoft.AspNetCore.Routing.Template.TemplateMatcher(
                Microsoft.AspNetCore.Routing.Template.TemplateParser.Parse(e.RoutePattern.RawText!.TrimStart('/')),
                new RouteValueDictionary()
            ))
            .ToList();
        var generators = typeof(Naas.Web.Features.ResultsLinks)
            .Assembly.GetTypes()
            .Where(t => t.Namespace == "Naas.Web.Features" && t.Name.EndsWith("Links", StringComparison.Ordinal))
            .ToList();
        Assert.DoesNotContain(templates, t => t.TryMatch("/no/such/page", new RouteValueDictionary())); // the check can fail
        Assert.True(generators.Count >= 15, $"Only {generators.Count} link generators found");
        var links = 0;
        var strays = new List<string>();
        foreach (
            var method in generators
                .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
                .Where(m => m.ReturnType == typeof(string))
        )
        {
            var args = method
                .GetParameters()
                .Select(p =>
                    p.ParameterType == typeof(Guid) ? Guid.NewGuid()
                    : p.ParameterType == typeof(int) ? (object)2
                    : "NAAS-ABCDE-23456"
                )
                .ToArray();
            var path = (string)method.Invoke(null, args)!;
            links++;
            // A link's route is its path; a query (a page number) is the page's to read.
            if (!templates.Any(t => t.TryMatch(path.Split('?')[0], new RouteValueDictionary())))
                strays.Add($"{method.DeclaringType!.Name}.{method.Name} gives {path}, which no route answers");
        }
        Assert.True(links > 80, $"Only {links} links generated");
        Assert.Empty(strays);
    }
}

/// <summary>The menu's sections are built from the link generators, so each is an address the service answers or
/// lies above some (issue 14: no address typed by hand). A section no route is under (the old "/employer/endorse")
/// marks nothing current and is caught here.</summary>
public class MenuSectionTests
{
    [Fact]
    public void Every_menu_item_and_section_is_an_address_the_service_answers_or_lies_above_one()
    {
        var routes = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "RouteTable.txt"))
            .Where(l => l.Length > 0)
            .Select(l => l.Split(' ')[1])
            .ToList();
        var everyone = new System.Security.Claims.ClaimsPrincipal(
            new System.Security.Claims.ClaimsIdentity(
                typeof(Naas.Data.Seed.Roles)
                    .GetFields()
                    .Where(f => f.IsLiteral)
                    .Select(f => new System.Security.Claims.Claim(
                        System.Security.Claims.ClaimTypes.Role,
                        (string)f.GetValue(null)!
                    )),
                "test"
            )
        );
        var items = Naas.Web.Infrastructure.Menu.For(everyone).ToList();
        Assert.True(items.Count > 20, $"Only {items.Count} menu items for every role");
        foreach (var (href, _, section) in items)
        foreach (var prefix in section.Append(href))
            Assert.True(
                routes.Any(r => r == prefix || r.StartsWith(prefix + "/", StringComparison.Ordinal)),
                $"No route is at or under the menu's {prefix}"
            );
    }

    [Fact]
    public void A_section_is_the_first_segments_of_a_link() =>
        Assert.Equal(
            ("/employer/people", "/content"),
            (
                Naas.Web.Infrastructure.Menu.Under("/employer/people/123/edit"),
                Naas.Web.Infrastructure.Menu.Under("/content/items", 1)
            )
        );
}
