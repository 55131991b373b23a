using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Naas.Web.Features;

namespace Naas.Web.Tests.Api;

/// <summary>Every problem the API answers with names its field in <c>errors</c>, as validation does, and holds the
/// same limits as the pages (issue 12, finding 3).</summary>
public class ApiProblemTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    private static async Task<JsonElement> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    [Fact]
    public async Task A_wrong_json_type_or_an_impossible_date_names_the_field_instead_of_failing_to_read_the_parameter()
    {
        var api = await app.ApiClientAsync("Leeds City Council");
        var wrongType = await ErrorsAsync(
            await api.PutAsync(
                ApiLinks.SocialWorkers(),
                Json(
                    """
                    {"givenName":"A","familyName":"B","registrationNumber":"SW500001","email":"a@example.org",
                     "engagement":{"start":"2025-01-06","employmentType":"permanent","fullTimeEquivalent":"most of the week","roleLevel":"practitioner","entryRoute":"asye"}}
                    """
                )
            )
        );
        Assert.Contains("must be a number", wrongType.GetProperty("engagement.fullTimeEquivalent")[0].GetString());

        var impossible = await ErrorsAsync(
            await api.PutAsync(
                ApiLinks.SocialWorkers(),
                Json(
                    """
                    {"givenName":"A","familyName":"B","registrationNumber":"SW500001","email":"a@example.org","qualifiedOn":"2025-02-30",
                     "engagement":{"start":"2025-01-06","employmentType":"permanent","fullTimeEquivalent":1,"roleLevel":"practitioner","entryRoute":"asye"}}
                    """
                )
            )
        );
        Assert.Contains("must be a real date", impossible.GetProperty("qualifiedOn")[0].GetString());

        var broken = await ErrorsAsync(await api.PutAsync(ApiLinks.SocialWorkers(), Json("{\"givenName\":")));
        Assert.True(broken.EnumerateObject().Any());
        Assert.DoesNotContain("Failed to read parameter", broken.ToString());

        var endorsement = await ErrorsAsync(
            await api.PostAsync(
                ApiLinks.Endorsements(),
                Json("""{"socialWorkerId":"not-a-guid","status":"practitioner"}""")
            )
        );
        Assert.Contains("must be an id", endorsement.GetProperty("socialWorkerId")[0].GetString());
    }

    [Fact]
    public async Task The_api_holds_endorsement_text_to_the_same_limit_as_the_pages()
    {
        var api = await app.ApiClientAsync("Leeds City Council");
        await using var db = app.Db();
        var amara = await db
            .SocialWorkers.Where(p => p.RegistrationNumber == "SW100001")
            .Select(p => p.Id)
            .SingleAsync();
        var response = await api.PostAsJsonAsync(
            ApiLinks.Endorsements(),
            new
            {
                socialWorkerId = amara,
                status = "practitioner",
                judgement = "Ready",
                evidence = new string('x', 1_000_000),
            }
        );
        Assert.Contains(
            "4,000 characters or fewer",
            (await ErrorsAsync(response)).GetProperty("evidence")[0].GetString()
        );
        Assert.False(await db.Endorsements.AnyAsync(e => e.SocialWorkerId == amara && e.Evidence.Length > 4000));
    }
}
