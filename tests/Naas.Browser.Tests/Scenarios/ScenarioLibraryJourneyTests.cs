using Microsoft.Playwright;
using Naas.Data.Seed;
using Naas.Web.Features;

namespace Naas.Browser.Tests.Scenarios;

/// <summary>The scenario library (issue 15, item 1) in a real browser without JavaScript, axe-core on every page: an
/// author writes a practitioner's scenario (a missing briefing first, kept and named), builds its marking guide
/// criterion by criterion, and sends it for review; another author approves it.</summary>
public class ScenarioLibraryJourneyTests(BrowserFixture fixture) : BrowserTests(fixture)
{
    [Fact]
    public async Task An_author_writes_a_scenario_and_its_guide_and_another_author_makes_it_live()
    {
        var author = await browser.NewPageAsync(javaScript: false);
        await author.SignInAsync(DemoData.AuthorEmail);
        await author.GoAndCheckAsync(ScenariosLinks.Author());
        await author.ClickAndCheckAsync(author.GetByRole(AriaRole.Link, new() { Name = "Write a new scenario" }));
        await author.GetByLabel("Child and family practitioner").CheckAsync();
        await author.GetByLabel("Title").FillAsync("First home visit to the Clarke family");
        await author.GetByLabel("The family's case").FillAsync("The Clarke family");
        await author.GetByLabel("Which part of the case").FillAsync("1");
        await author.GetByLabel("No", new() { Exact = true }).CheckAsync();
        await author.GetByLabel("Preparation time, in minutes").FillAsync("10");
        await author.GetByLabel("Length of the simulation, in minutes").FillAsync("20");
        await author.GetByLabel("Who the actor plays").FillAsync("Kerry Clarke, Jay's mother");
        await author.GetByLabel("What the character knows").FillAsync("Jay has missed 12 days of school.");
        await author.GetByLabel("How the character feels").FillAsync("Worried and defensive");
        await author.GetByLabel("How the character responds to each approach").FillAsync("Calms down when told why.");
        await author.GetByLabel("What the actor must never say").FillAsync("That her partner is back.");
        await author.ClickAndCheckAsync(author.GetByRole(AriaRole.Button, new() { Name = "Save as draft" }));
        Assert.Contains(
            "Enter the candidate's briefing",
            await author.Locator(".govuk-error-summary").InnerTextAsync()
        );
        Assert.Equal("First home visit to the Clarke family", await author.GetByLabel("Title").InputValueAsync());
        await author.GetByLabel("Briefing", new() { Exact = true }).FillAsync("A referral from Jay's school.");
        await author.ClickAndCheckAsync(author.GetByRole(AriaRole.Button, new() { Name = "Save as draft" }));
        Assert.Equal("First home visit to the Clarke family", await author.Locator("h1").InnerTextAsync());
        var scenario = author.Url;

        foreach (
            var (text, area) in new[]
            {
                ("Explains why they came", 0),
                ("Listens to Kerry", 1),
                ("Weighs the risk to Jay", 2),
            }
        )
        {
            await author.ClickAndCheckAsync(author.GetByRole(AriaRole.Link, new() { Name = "Add a criterion" }));
            await author.GetByLabel("What the criterion assesses").FillAsync(text);
            await author.Locator("input[name='Draft.AreaId']").Nth(area).CheckAsync();
            await author.GetByLabel("Not shown").FillAsync("Does not do it");
            await author.GetByLabel("Partly shown").FillAsync("Does some of it");
            var first = text == "Explains why they came";
            await author
                .GetByLabel("Shown", new() { Exact = true })
                .FillAsync(first ? "One good way" : "One good way\nAnother good way");
            await author.GetByLabel("Strongly shown").FillAsync("Does all of it, checking understanding");
            await author.ClickAndCheckAsync(author.GetByRole(AriaRole.Button, new() { Name = "Add the criterion" }));
            if (first)
            {
                // One behaviour at "shown" is a single right answer: refused, with what was typed kept.
                Assert.Contains(
                    "more than one good approach",
                    await author.Locator(".govuk-error-summary").InnerTextAsync()
                );
                Assert.Equal(text, await author.GetByLabel("What the criterion assesses").InputValueAsync());
                await author.GetByLabel("Shown", new() { Exact = true }).FillAsync("One good way\nAnother good way");
                await author.ClickAndCheckAsync(
                    author.GetByRole(AriaRole.Button, new() { Name = "Add the criterion" })
                );
            }
            Assert.Equal(scenario, author.Url);
        }
        Assert.Contains("Weighs the risk to Jay", await author.Locator("#criterion-3").InnerTextAsync());
        await author.ClickAndCheckAsync(author.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }));
        Assert.Contains("nobody approves their own", await author.Locator("#own-scenario").InnerTextAsync());

        var reviewer = await browser.NewPageAsync(javaScript: false);
        await reviewer.SignInAsync(DemoData.ReviewerEmail);
        await reviewer.GoAndCheckAsync(scenario);
        await reviewer.ClickAndCheckAsync(
            reviewer.GetByRole(AriaRole.Button, new() { Name = "Approve and make live" })
        );
        Assert.Equal("Live", (await reviewer.Locator("#status").InnerTextAsync()).Trim());
        await reviewer.GoAndCheckAsync(ScenariosLinks.Author());
        Assert.Contains("First home visit to the Clarke family", await reviewer.Locator("table").InnerTextAsync());
    }
}
