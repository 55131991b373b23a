using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CsvHelper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Naas.Data.Seed;
using Naas.Web.Features.Workforce;

namespace Naas.Bench.Import;

// Workforce import (issue 12): the time to preview a file of N rows (upload, read, check every row, work out every
// change, keep the rows for the confirm step), through the service's own page on its embedded SQLite default, in
// process. Reference: reading the same file into records with CsvHelper alone, timed in the same run, so the ratio
// (preview / reference) can be compared between runs on a shared, noisy machine. Goal: 50,000 rows under 30 s.
public static partial class ImportBench
{
    public static async Task Main(string[] args)
    {
        var sizes = (args.FirstOrDefault() ?? "5000,50000").Split(',').Select(int.Parse).ToArray();
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Naas.slnx")))
            root = root.Parent;
        Environment.SetEnvironmentVariable(
            "ASPNETCORE_TEST_CONTENTROOT_NAAS_WEB",
            Path.Combine(root!.FullName, "src", "Naas.Web")
        );
        var file = Path.Combine(Path.GetTempPath(), $"naas-bench-import-{Guid.NewGuid():N}.db");
        try
        {
            await using var app = new BenchFactory($"Data Source={file}");
            var client = app.CreateClient(
                new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }
            );
            client.Timeout = TimeSpan.FromMinutes(10);
            await SignInAsync(client, DemoData.LeedsLeadEmail);
            Console.WriteLine(
                "| rows | file | preview | reference (CsvHelper read) | ratio | working set after preview | confirm (saves every row) | goal (preview under 30 s at 50,000) |"
            );
            Console.WriteLine("|---|---|---|---|---|---|---|---|");
            foreach (var n in sizes)
            {
                var csv = Csv(n);
                var reference = Time(() =>
                {
                    using var r = new CsvReader(
                        new StringReader(Encoding.UTF8.GetString(csv)),
                        CultureInfo.InvariantCulture
                    );
                    return r.GetRecords<dynamic>().Count();
                });
                var token = await TokenAsync(client, "/employer/import");
                var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
                form.Add(new ByteArrayContent(csv), "Upload", "workforce.csv");
                var sw = Stopwatch.StartNew();
                var response = await client.PostAsync("/employer/import", form);
                var html = await response.Content.ReadAsStringAsync();
                sw.Stop();
                if (!html.Contains("Check the changes before importing"))
                    throw new InvalidOperationException($"The preview of {n} rows failed: {response.StatusCode}");
                var reference2 = Time(() =>
                {
                    using var r = new CsvReader(
                        new StringReader(Encoding.UTF8.GetString(csv)),
                        CultureInfo.InvariantCulture
                    );
                    return r.GetRecords<dynamic>().Count();
                });
                var refMs = Math.Min(reference, reference2);
                var memory = Process.GetCurrentProcess().WorkingSet64 / 1024 / 1024;
                var journey = JourneyId().Match(html).Groups[1].Value;
                var confirm = Stopwatch.StartNew();
                var saved = await client.PostAsync(
                    "/employer/import?handler=Confirm",
                    new FormUrlEncodedContent(
                        new Dictionary<string, string>
                        {
                            ["journeyId"] = journey,
                            ["__RequestVerificationToken"] = token,
                        }
                    )
                );
                confirm.Stop();
                if (saved.StatusCode != HttpStatusCode.Redirect)
                    throw new InvalidOperationException($"The confirm of {n} rows failed: {saved.StatusCode}");
                Console.WriteLine(
                    $"| {n:N0} | {csv.Length / 1024.0 / 1024:0.0} MB | {sw.Elapsed.TotalSeconds:0.00} s | {refMs:0} ms | {sw.Elapsed.TotalMilliseconds / refMs:0}× | {memory:N0} MB | {confirm.Elapsed.TotalSeconds:0.0} s | {(n < 50_000 ? "" : sw.Elapsed.TotalSeconds < 30 ? "met" : "not met")} |"
                );
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static double Time(Func<int> work)
    {
        var sw = Stopwatch.StartNew();
        work();
        return sw.Elapsed.TotalMilliseconds;
    }

    /// <summary>N new social workers, one engagement each, in the template's layout.</summary>
    private static byte[] Csv(int n)
    {
        var sb = new StringBuilder(string.Join(",", WorkforceFile.Columns)).Append('\n');
        for (var i = 0; i < n; i++)
            sb.Append(
                CultureInfo.InvariantCulture,
                $"Given{i},Family{i},SW{(n * 10) + i},person{i}@bench.example,2020-07-01,2020-09-01,2021-09-01,2021-09-01,,permanent,,1,practitioner,already-in-post,case-responsibility\n"
            );
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    [GeneratedRegex("name=\"journeyId\" value=\"([^\"]+)\"")]
    private static partial Regex JourneyId();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    private static async Task<string> TokenAsync(HttpClient client, string url) =>
        Token().Match(await client.GetStringAsync(url)).Groups[1].Value;

    private static async Task SignInAsync(HttpClient client, string email)
    {
        var token = await TokenAsync(client, "/account/sign-in");
        var response = await client.PostAsync(
            "/account/sign-in",
            new FormUrlEncodedContent(
                new Dictionary<string, string>
                {
                    ["Input.Email"] = email,
                    ["Input.Password"] = DemoData.Password,
                    ["__RequestVerificationToken"] = token,
                }
            )
        );
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException("Sign-in failed");
    }
}

sealed class BenchFactory(string connection) : WebApplicationFactory<global::Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Naas", connection);
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Outbox:Enabled", "false");
        builder.UseSetting("Reminders:Enabled", "false");
        builder.UseSetting("Email:PickupFolder", Path.Combine(Path.GetTempPath(), "naas-bench-mail"));
    }
}
