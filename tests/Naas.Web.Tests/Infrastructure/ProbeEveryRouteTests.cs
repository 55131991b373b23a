using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Naas.Data.Seed;
using Naas.Web.Features;

namespace Naas.Web.Tests.Infrastructure;

/// <summary>The access probe, kept: every GET route of the service that takes an id is asked, by another employer,
/// another social worker and someone signed out, for each of a Leeds social worker's own ids (her person, her
/// endorsement, her results, her certificate and accreditation). None may answer with her name or a server error,
/// but for the public check, which shows anyone a certificate's holder and standing by design.</summary>
public partial class ProbeEveryRouteTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    [GeneratedRegex(@"\{(\w+)(:guid)?\}")]
    private static partial Regex Parameter();

    [Fact]
    public async Task No_route_gives_another_employer_another_social_worker_or_an_outsider_a_leeds_social_workers_record()
    {
        var endorsement = await Assessed.MarkedAsync(app, "SW100001", 30, 30, 30, 30);
        await Assessed.ReleaseAsync(app, endorsement);
        var ids = new List<string>();
        await using (var db = app.Db())
        {
            var amara = await db.SocialWorkers.SingleAsync(p => p.RegistrationNumber == "SW100001");
            ids.Add(amara.Id.ToString());
            ids.Add(endorsement.ToString());
            ids.AddRange(
                await db
                    .Accreditations.Where(a => a.SocialWorkerId == amara.Id)
                    .Select(a => a.Id.ToString())
                    .ToListAsync()
            );
            ids.AddRange(
                await db
                    .Accreditations.Where(a => a.SocialWorkerId == amara.Id && a.CertificateNumber != null)
                    .Select(a => a.CertificateNumber!)
                    .ToListAsync()
            );
            ids.AddRange(
                await db
                    .ResultReleases.Where(r => r.SocialWorkerId == amara.Id)
                    .Select(r => r.Id.ToString())
                    .ToListAsync()
            );
            ids.AddRange(
                await db
                    .ElementMarks.Where(m => m.SocialWorkerId == amara.Id)
                    .Select(m => m.Id.ToString())
                    .ToListAsync()
            );
        }
        // Every GET route with parameters, from the service's own route table (pages, API and endpoints alike).
        var routes = app
            .Services.GetRequiredService<EndpointDataSource>()
            .Endpoints.OfType<RouteEndpoint>()
            .Where(e =>
                e.RoutePattern.Parameters.Count > 0
                && (
                    e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()
                        ?.HttpMethods.Contains("GET")
                    ?? true
                )
            )
            .Select(e => HomeLinks.Home() + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(r => !r.Contains("{**") && Parameter().IsMatch(r))
            .Distinct()
            .ToList();
        Assert.True(routes.Count > 30, $"Only {routes.Count} routes found to probe");

        var manchester = app.Browser();
        await manchester.SignInAsync(DemoData.ManchesterLeadEmail);
        var tom = app.Browser();
        await tom.SignInAsync("tom.hughes@leeds.example");
        var outsider = app.Browser();
        var api = await app.ApiClientAsync("Manchester City Council");
        var probes = 0;
        var failures = new List<string>();
        foreach (var route in routes)
        foreach (var id in ids)
        {
            var url = Parameter()
                .Replace(
                    route,
                    m =>
                        m.Groups[1].Value is "position" ? "1"
                        : m.Groups[1].Value is "level" or "purpose" ? "practitioner"
                        : id
                );
            foreach (
                var (who, client) in new[]
                {
                    ("Manchester", manchester),
                    ("Tom", tom),
                    ("outsider", outsider),
                    ("Manchester's API key", api),
                }
            )
            {
                probes++;
                var response = await client.GetAsync(url);
                var body = await response.Content.ReadAsStringAsync();
                if ((int)response.StatusCode >= 500)
                    failures.Add($"{who} {url}: {(int)response.StatusCode}");
                // The public check is public by design: by certificate number anyone sees the holder's name and
                // standing.
                else if (
                    response.RequestMessage!.RequestUri!.AbsolutePath.StartsWith("/check/", StringComparison.Ordinal)
                    && !body.Contains(DemoData.SocialWorkerEmail)
                )
                    continue;
                else if (
                    response.IsSuccessStatusCode
                    && (body.Contains("Okafor") || body.Contains(DemoData.SocialWorkerEmail))
                )
                    failures.Add($"{who} {url}: {(int)response.StatusCode} with her record");
            }
        }
        Assert.True(
            failures.Count == 0,
            $"{failures.Count} of {probes} probes leaked or failed:\n" + string.Join("\n", failures.Take(30))
        );
    }
}
