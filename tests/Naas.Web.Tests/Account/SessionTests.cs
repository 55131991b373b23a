using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Web.Features;

namespace Naas.Web.Tests.Account;

/// <summary>Sessions end when the account's security stamp changes (a password reset, a role removed), within
/// Identity's 30-minute interval and no sooner: the service decides "not due yet" itself before building Identity's
/// validator (Program.cs), so both sides of that decision are checked here. Its own fixture: it moves the
/// clock.</summary>
public class SessionTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    [Fact]
    public async Task A_changed_security_stamp_ends_other_sessions_once_the_validation_interval_has_passed()
    {
        var client = app.Browser();
        await client.SignInAsync(DemoData.SocialWorkerEmail);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(EligibilityLinks.Me())).StatusCode);

        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            await users.UpdateSecurityStampAsync((await users.FindByEmailAsync(DemoData.SocialWorkerEmail))!);
        }
        app.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(EligibilityLinks.Me())).StatusCode); // not yet due: the cookie stands

        app.Clock.Advance(TimeSpan.FromMinutes(2));
        var after = await client.GetAsync(EligibilityLinks.Me());
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith(AccountLinks.SignIn(), after.Headers.Location!.PathAndQuery);
    }
}
