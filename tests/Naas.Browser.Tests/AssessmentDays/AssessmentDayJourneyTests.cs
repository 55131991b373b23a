using Microsoft.Playwright;
using Naas.Data.Seed;
using Naas.Domain.Endorsements;
using Naas.Web.Features;

namespace Naas.Browser.Tests.AssessmentDays;

/// <summary>Planning a simulation day (issue 15, items 2 and 3) in a real browser without JavaScript, axe-core on every
/// page: the programme adds a centre and a room, an actor and two observers, plans a day, adds a session, places a
/// candidate and gives the session its people, an observer with a stale calibration refused in the error summary.</summary>
public class AssessmentDayJourneyTests(BrowserFixture fixture) : BrowserTests(fixture)
{
    [Fact]
    public async Task The_programme_plans_a_simulation_day_and_a_clash_is_explained()
    {
        await using (var db = browser.App.Db())
            await Naas.Web.Tests.Arrange.EndorsementAsync(
                db,
                "SW100001",
                EndorsementState.Agreed,
                Naas.Web.Tests.NaasFactory.Now,
                "Amara agreed to be put forward"
            );
        var day = DateOnly.FromDateTime(Naas.Web.Tests.NaasFactory.Now.UtcDateTime).AddDays(30).ToString("dd/MM/yyyy");
        var admin = await browser.NewPageAsync(javaScript: false);
        await admin.SignInAsync(DemoData.AdminEmail);
        await admin.GoAndCheckAsync(AdministrationLinks.Admin());
        await admin.ClickAndCheckAsync(admin.GetByRole(AriaRole.Link, new() { Name = "Assessment days" }));
        await admin.ClickAndCheckAsync(admin.GetByRole(AriaRole.Link, new() { Name = "Centres and rooms" }));
        await admin.GetByLabel("Name").FillAsync("Leeds assessment centre");
        await admin.GetByLabel("Address").FillAsync("1 Park Row\nLeeds LS1 5AB");
        await admin.GetByLabel("Cost of a day, in pounds").FillAsync("450");
        await admin.ClickAndCheckAsync(admin.GetByRole(AriaRole.Button, new() { Name = "Add the centre" }));
        Assert.Contains("Select the centre's region", await admin.Locator(".govuk-error-summary").InnerTextAsync());
        Assert.Equal("Leeds assessment centre", await admin.GetByLabel("Name").InputValueAsync());
        await admin.GetByLabel("Yorkshire and the Humber").CheckAsync();
        await admin.ClickAndCheckAsync(admin.GetByRole(AriaRole.Button, new() { Name = "Add the centre" }));
        await admin.GetByLabel("Room name").FillAsync("Room 1");
        await admin.GetByLabel("Seats").FillAsync("6");
        await admin.GetByLabel("Yes").CheckAsync();
        await admin.ClickAndCheckAsync(admin.GetByRole(AriaRole.Button, new() { Name = "Add the room" }));
        Assert.Contains("Room 1", await admin.Locator("#rooms").InnerTextAsync());

        await admin.GoAndCheckAsync(AssessmentDaysLinks.AdminActors());
        await admin.GetByLabel("Full name").FillAsync("Kim Lowe");
        await admin.GetByLabel("Email address").FillAsync("kim@actors.example");
        await admin.GetByLabel("Day rate, in pounds").FillAsync("350");
        await admin.GetByLabel("S-00001: First home visit to the Clarke family").CheckAsync();
        await admin.GetByLabel("Dates they are available").FillAsync(day);
        await admin.ClickAndCheckAsync(admin.GetByRole(AriaRole.Button, new() { Name = "Add the actor" }));
        Assert.Contains("Kim Lowe", await admin.Locator("#actors").InnerTextAsync());

        await admin.GoAndCheckAsync(AssessmentDaysLinks.AdminObservers());
        foreach (
            var (name, calibrated) in new[]
            {
                ("Rae Lin", "02/01/2024"),
                (
                    "Pat Kerr",
                    DateOnly
                        .FromDateTime(Naas.Web.Tests.NaasFactory.Now.UtcDateTime)
                        .AddMonths(-1)
                        .ToString("dd/MM/yyyy")
                ),
            }
        )
        {
            await admin.GetByLabel("Full name").FillAsync(name);
            await admin
                .GetByLabel("Email address")
                .FillAsync($"{name.Split(' ')[0].ToLowerInvariant()}@observers.example");
            await admin.GetByLabel("Date trained").FillAsync("01/01/2024");
            await admin.GetByLabel("Date last calibrated").FillAsync(calibrated);
            await admin.GetByLabel("Dates they are available").FillAsync(day);
            await admin.ClickAndCheckAsync(admin.GetByRole(AriaRole.Button, new() { Name = "Add the observer" }));
        }
        Assert.Contains("Pat Kerr", await admin.Locator("#observers").InnerTextAsync());

        await admin.GoAndCheckAsync(AssessmentDaysLinks.AdminDays());
        await admin.GetByLabel("Date", new() { Exact = true }).FillAsync(day);
        await admin.GetByLabel("Leeds assessment centre").CheckAsync();
        await admin.GetByLabel("Child and family practitioner").CheckAsync();
        await admin.ClickAndCheckAsync(admin.GetByRole(AriaRole.Button, new() { Name = "Plan the day" }));
        await admin.GetByLabel("Room 1").CheckAsync();
        await admin.GetByLabel("Start time").FillAsync("10:00");
        await admin.GetByLabel("Length, in minutes").FillAsync("40");
        await admin.GetByLabel("S-00001: First home visit to the Clarke family").CheckAsync();
        await admin.ClickAndCheckAsync(admin.GetByRole(AriaRole.Button, new() { Name = "Add the session" }));
        await admin.ClickAndCheckAsync(admin.GetByRole(AriaRole.Link, new() { Name = "10:00 to 10:40" }));

        await admin.GetByLabel("Registration number").FillAsync("SW100001");
        await admin.ClickAndCheckAsync(admin.GetByRole(AriaRole.Button, new() { Name = "Place the candidate" }));
        Assert.Equal("Amara Okafor", (await admin.Locator("#candidate").InnerTextAsync()).Trim());
        await admin.GetByLabel("Kim Lowe").CheckAsync();
        await admin.ClickAndCheckAsync(
            admin.GetByRole(AriaRole.Button, new() { Name = "Give the session to this actor" })
        );
        // The observers are listed by name: Pat Kerr, then Rae Lin.
        await admin.Locator("input[name='LeadObserver']").Nth(1).CheckAsync();
        await admin.ClickAndCheckAsync(
            admin.GetByRole(AriaRole.Button, new() { Name = "Give the session to this observer" }).First
        );
        Assert.Contains(
            "Rae Lin's calibration (2 January 2024) will be more than 12 months old on the day.",
            await admin.Locator(".govuk-error-summary").InnerTextAsync()
        );
        await admin.Locator("input[name='LeadObserver']").Nth(0).CheckAsync();
        await admin.ClickAndCheckAsync(
            admin.GetByRole(AriaRole.Button, new() { Name = "Give the session to this observer" }).First
        );
        Assert.Equal("Kim Lowe", (await admin.Locator("#actor").InnerTextAsync()).Trim());
        Assert.Equal("Pat Kerr", (await admin.Locator("#lead").InnerTextAsync()).Trim());
    }
}
