using System.Net;

namespace Naas.Web.Tests.Infrastructure;

/// <summary>Watching the service run (issue 17, item 6): liveness and readiness for a load balancer, readiness failing
/// while the database cannot be reached and recovering by itself when it can; a correlation id on every response, the
/// caller's when it is a plain token, never one that could carry markup into a log.</summary>
public class HealthTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    [Fact]
    public async Task Liveness_and_readiness_answer_anyone_and_readiness_follows_the_database()
    {
        var anyone = app.Browser();
        var live = await anyone.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", await live.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await anyone.GetAsync("/health/ready")).StatusCode);

        // The database refuses connections (as while PostgreSQL restarts): not ready, still alive.
        await using (await app.RefuseConnectionsAsync())
        {
            var ready = await anyone.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync()); // never why
            Assert.Equal(HttpStatusCode.OK, (await anyone.GetAsync("/health/live")).StatusCode);
        }
        // Back by itself, without a restart.
        Assert.Equal(HttpStatusCode.OK, (await anyone.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task Every_response_carries_a_correlation_id_the_callers_only_when_it_is_a_plain_token()
    {
        var client = app.Browser();
        var plain = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        plain.Headers.Add("X-Correlation-Id", "lb-7f3a.42");
        Assert.Equal("lb-7f3a.42", (await client.SendAsync(plain)).Headers.GetValues("X-Correlation-Id").Single());

        var hostile = new HttpRequestMessage(HttpMethod.Get, "/");
        hostile.Headers.TryAddWithoutValidation("X-Correlation-Id", "<script>alert(1)</script>");
        var replaced = (await client.SendAsync(hostile)).Headers.GetValues("X-Correlation-Id").Single();
        Assert.Matches("^[A-Za-z0-9._-]{1,64}$", replaced);
        Assert.DoesNotContain("script", replaced);

        var none = (await client.GetAsync("/")).Headers.GetValues("X-Correlation-Id").Single();
        Assert.False(string.IsNullOrWhiteSpace(none));
    }
}
