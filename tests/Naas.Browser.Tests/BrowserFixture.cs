using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Naas.Web.Features;
using Naas.Web.Tests;

namespace Naas.Browser.Tests;

/// <summary>The application on a real Kestrel port and Debian's Chromium driven by Playwright. No browser is
/// ever downloaded: the executable is /usr/bin/chromium (NAAS_TEST_CHROMIUM).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public NaasFactory App { get; } = new();
    public string BaseUrl { get; private set; } = "";
    private IPlaywright? _playwright;
    public IBrowser Browser { get; private set; } = default!;
    private readonly List<IBrowserContext> _contexts = [];

    public async Task InitializeAsync()
    {
        App.UseKestrel(0);
        App.StartServer();
        BaseUrl = App
            .Services.GetRequiredService<IServer>()
            .Features.Get<IServerAddressesFeature>()!
            .Addresses.Select(a => a.Replace("[::]", "127.0.0.1").Replace("localhost", "127.0.0.1"))
            .First();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(
            new BrowserTypeLaunchOptions
            {
                ExecutablePath = Environment.GetEnvironmentVariable("NAAS_TEST_CHROMIUM") ?? "/usr/bin/chromium",
                Headless = true,
                Args =
                [
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-dev-shm-usage",
                ],
            }
        );
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await App.DisposeAsync();
    }

    /// <summary>Closes every page the last test opened. Chromium's headless windows keep drawing while open
    /// (about a tenth of a core each, measured with Chromium 156), so pages left open by finished tests made
    /// every later test of the class slower and starved the machine.</summary>
    public async Task CloseContextsAsync()
    {
        IBrowserContext[] open;
        lock (_contexts)
        {
            open = [.. _contexts];
            _contexts.Clear();
        }
        foreach (var context in open)
            await context.CloseAsync();
    }

    public async Task<IPage> NewPageAsync(bool javaScript)
    {
        var context = await Browser.NewContextAsync(
            new BrowserNewContextOptions { BaseURL = BaseUrl, JavaScriptEnabled = javaScript }
        );
        lock (_contexts)
            _contexts.Add(context);
        var page = await context.NewPageAsync();
        // Generous, for a shared 2-core machine running the web tests beside these: a wait that times out fails the
        // test, and a page that is merely slow is not what these tests check (bench/ measures speed).
        page.SetDefaultTimeout(30_000);
        // Anything the Content-Security-Policy blocks (an inline script or style) is a defect on that page.
        page.Console += (_, message) =>
        {
            if (
                message.Type == "error"
                && message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)
            )
                PageChecks.CspViolations.Add($"{page.Url}: {message.Text}");
        };
        if (!javaScript)
        {
            // axe-core runs as a script, which a JavaScript-disabled page cannot run: its HTML is checked in a
            // separate page on the same origin (so the same stylesheets apply), with scripts removed.
            var checkerContext = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl });
            lock (_contexts)
                _contexts.Add(checkerContext);
            var checker = await checkerContext.NewPageAsync();
            await checker.GotoAsync(HomeLinks.Error() + "?code=404");
            PageChecks.Checkers.Add(page, checker);
        }
        return page;
    }
}

/// <summary>A class of browser tests sharing one application and browser; each test's pages are closed when
/// it ends.</summary>
public abstract class BrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
#pragma warning disable IDE1006 // the name every browser test already uses for its fixture
    protected readonly BrowserFixture browser = fixture;
#pragma warning restore IDE1006

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => browser.CloseContextsAsync();
}

public static partial class PageChecks
{
    internal static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IPage, IPage> Checkers = new();
    internal static readonly System.Collections.Concurrent.ConcurrentBag<string> CspViolations = [];

    [System.Text.RegularExpressions.GeneratedRegex(
        "<script[^>]*>.*?</script>",
        System.Text.RegularExpressions.RegexOptions.Singleline
    )]
    private static partial System.Text.RegularExpressions.Regex Scripts();

    /// <summary>axe-core on the page as it stands: no serious or critical violations.</summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        var target = page;
        if (Checkers.TryGetValue(page, out var checker))
        {
            await checker.SetContentAsync(
                Scripts().Replace(await page.ContentAsync(), ""),
                new() { WaitUntil = WaitUntilState.Load }
            );
            target = checker;
        }
        Assert.True(
            CspViolations.IsEmpty,
            "Blocked by the Content-Security-Policy:\n" + string.Join("\n", CspViolations)
        );
        var result = await target.RunAxe();
        var bad = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(
            bad.Count == 0,
            $"Accessibility violations on {page.Url}:\n"
                + string.Join(
                    "\n",
                    bad.Select(v =>
                        $"{v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}"
                    )
                )
        );
    }

    public static async Task GoAndCheckAsync(this IPage page, string url)
    {
        var response = await page.GotoAsync(url);
        Assert.True(response?.Ok, $"{url} answered {response?.Status}");
        await page.AssertAccessibleAsync();
    }

    /// <summary>Clicks something that submits or navigates, waits for the next page and checks it.</summary>
    public static async Task ClickAndCheckAsync(this IPage page, ILocator target)
    {
        // A form that fails validation re-renders at the same URL, so waiting for a URL cannot tell that the
        // next page has arrived; waiting for the navigation the click causes can (the API is marked obsolete
        // in favour of URL waits, which do not fit this case).
#pragma warning disable CS0612
        await page.RunAndWaitForNavigationAsync(() => target.ClickAsync(), new() { WaitUntil = WaitUntilState.Load });
#pragma warning restore CS0612
        await page.AssertAccessibleAsync();
    }

    public static async Task SignInAsync(this IPage page, string email)
    {
        await page.GoAndCheckAsync(AccountLinks.SignIn());
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Naas.Data.Seed.DemoData.Password);
        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }));
    }

    public static async Task SignOutAsync(this IPage page) =>
        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }));
}
