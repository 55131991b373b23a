using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Naas.Web.Features;

namespace Naas.Web.Tests.Account;

/// <summary>The service behind a load balancer (issue 17, item 1): requests arrive from the balancer's address, and
/// the sign-in limit must count each caller's own address (from X-Forwarded-For, believed only from loopback and
/// the configured proxies), or the whole country would share one limit on a test day.</summary>
public class SignInLimitTests(SignInLimitTests.Factory app) : IClassFixture<SignInLimitTests.Factory>
{
    public sealed class Factory : NaasFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("SignIn:PerMinutePerAddress", "3");
            // The test server gives no address of its own: every request here comes from the balancer on loopback.
            builder.ConfigureTestServices(s => s.AddTransient<IStartupFilter>(_ => new FromBalancer()));
        }
    }

    private sealed class FromBalancer : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) =>
            app =>
            {
                app.Use(
                    (ctx, go) =>
                    {
                        ctx.Connection.RemoteIpAddress = IPAddress.Loopback;
                        return go(ctx);
                    }
                );
                next(app);
            };
    }

    private async Task<HttpStatusCode> SignInFromAsync(HttpClient client, string address)
    {
        var token = await client.TokenAsync(AccountLinks.SignIn());
        using var post = new HttpRequestMessage(HttpMethod.Post, AccountLinks.SignIn())
        {
            Content = new FormUrlEncodedContent([
                new("Input.Email", "nobody@example.org"),
                new("Input.Password", "not the password"),
                new("__RequestVerificationToken", token),
            ]),
        };
        post.Headers.Add("X-Forwarded-For", address);
        return (await client.SendAsync(post)).StatusCode;
    }

    [Fact]
    public async Task The_sign_in_limit_counts_each_callers_address_behind_the_balancer_not_the_balancers()
    {
        var client = app.Browser();
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, await SignInFromAsync(client, "203.0.113.5"));
        // The fourth from the same caller within the minute is refused...
        Assert.Equal(HttpStatusCode.TooManyRequests, await SignInFromAsync(client, "203.0.113.5"));
        // ...but another caller behind the same balancer is not.
        Assert.Equal(HttpStatusCode.OK, await SignInFromAsync(client, "198.51.100.7"));
    }
}
