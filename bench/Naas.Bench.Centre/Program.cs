using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Domain.Endorsements;
using Naas.Domain.Workforce;
using Npgsql;

namespace Naas.Bench.Centre;

// An assessment day at national scale (issue 15: "300 observers saving sheets every 5 seconds while 300 candidates
// write their written exercises; p99 under 200 ms"). The service on Kestrel and a durable PostgreSQL on this machine;
// each observer saves their whole sheet (three ratings with evidence, the global judgement, notes) every 5 s, naming
// the revision it was made from, and each candidate saves their growing written answers every 5 s; open loop (each
// save sent at its scheduled time and timed from then, so a slow server cannot hide its queue). Reference in the same
// run: the same schedule of requests for a static file through the same stack, for the ratio.
public static partial class CentreBench
{
    public static async Task Main(string[] args)
    {
        var opts = args.Select((a, i) => (a, i))
            .Where(x => x.a.StartsWith("--"))
            .ToDictionary(x => x.a[2..], x => args[x.i + 1]);
        var admin =
            opts.GetValueOrDefault("postgres")
            ?? Environment.GetEnvironmentVariable("NAAS_BENCH_POSTGRES")
            ?? throw new InvalidOperationException("Give --postgres or NAAS_BENCH_POSTGRES (bench/centre.sh does).");
        var observers = int.Parse(opts.GetValueOrDefault("observers") ?? "300");
        var writers = int.Parse(opts.GetValueOrDefault("writers") ?? "300");
        var seconds = int.Parse(opts.GetValueOrDefault("seconds") ?? "60");
        const double every = 5;

        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Naas.slnx")))
            root = root.Parent;
        Environment.SetEnvironmentVariable(
            "ASPNETCORE_TEST_CONTENTROOT_NAAS_WEB",
            Path.Combine(root!.FullName, "src", "Naas.Web")
        );
        var database = $"naas_bench_{Guid.NewGuid():N}";
        await using (var conn = new NpgsqlConnection(admin))
        {
            await conn.OpenAsync();
            await new NpgsqlCommand($"CREATE DATABASE {database}", conn).ExecuteNonQueryAsync();
        }
        var connection = new NpgsqlConnectionStringBuilder(admin)
        {
            Database = database,
            MaxPoolSize = 100,
        }.ConnectionString;
        try
        {
            await using var app = new BenchFactory(connection);
            app.UseKestrel(0);
            app.StartServer();
            var baseUrl = app
                .Services.GetRequiredService<IServer>()
                .Features.Get<IServerAddressesFeature>()!
                .Addresses.First()
                .Replace("[::]", "127.0.0.1")
                .Replace("localhost", "127.0.0.1");
            Console.Error.WriteLine($"Setting up {observers} observers and {writers} candidates…");
            var actors = await SetUpAsync(app, Math.Max(observers, writers));
            using var http = new HttpClient(
                new SocketsHttpHandler { UseCookies = false, MaxConnectionsPerServer = 512 }
            )
            {
                BaseAddress = new Uri(baseUrl),
                Timeout = TimeSpan.FromSeconds(30),
            };
            await TokensAsync(http, actors, observers, writers);

            var sends = new List<(double At, Func<long, Task<(bool, double)>> Send, string Kind)>();
            var rng = new Random(2026);
            foreach (var a in actors.Take(observers))
                for (var (at, k) = (rng.NextDouble() * every, 0); at < seconds; at += every, k++)
                {
                    var n = k;
                    sends.Add((at, due => SheetAsync(http, a, n, due), "Observer sheet saves"));
                }
            foreach (var a in actors.Take(writers))
                for (var (at, k) = (rng.NextDouble() * every, 0); at < seconds; at += every, k++)
                {
                    var n = k;
                    sends.Add((at, due => WrittenAsync(http, a, n, due), "Written exercise saves"));
                }
            var reference = sends
                .Select(s => (s.At, (Func<long, Task<(bool, double)>>)(due => StaticAsync(http, due)), "Reference"))
                .ToList();

            Console.Error.WriteLine("Reference run…");
            var refResults = await OpenLoopAsync(reference);
            Console.Error.WriteLine("The day…");
            var dayResults = await OpenLoopAsync(sends);
            var refP99 = P(refResults["Reference"], 0.99);
            Console.WriteLine("| requests | actors | saves/s | p50 | p99 | max | failed | p99 ÷ reference p99 |");
            Console.WriteLine("|---|---|---|---|---|---|---|---|");
            foreach (var (kind, results) in dayResults.Concat(refResults))
            {
                var ok = results.Where(r => r.Ok).Select(r => r.Ms).Order().ToArray();
                var p99 = P(results, 0.99);
                Console.WriteLine(
                    $"| {kind} | {(kind.StartsWith("Observer") ? observers : kind.StartsWith("Written") ? writers : observers + writers)} | {results.Length / (double)seconds:0} | {P(results, 0.5):0.0} ms | {p99:0.0} ms | {(ok.Length == 0 ? double.NaN : ok[^1]):0.0} ms | {results.Count(r => !r.Ok)} | {p99 / refP99:0.0}× |"
                );
            }
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var conn = new NpgsqlConnection(admin);
            await conn.OpenAsync();
            await new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", conn).ExecuteNonQueryAsync();
        }
    }

    static double P((bool Ok, double Ms)[] results, double q)
    {
        var ms = results.Where(r => r.Ok).Select(r => r.Ms).Order().ToArray();
        return ms.Length == 0 ? double.NaN : ms[Math.Min(ms.Length - 1, (int)Math.Ceiling(q * ms.Length) - 1)];
    }

    static async Task<Dictionary<string, (bool Ok, double Ms)[]>> OpenLoopAsync(
        List<(double At, Func<long, Task<(bool, double)>> Send, string Kind)> sends
    )
    {
        sends.Sort((a, b) => a.At.CompareTo(b.At));
        var start = Stopwatch.GetTimestamp();
        var tasks = new List<(string Kind, Task<(bool, double)> Task)>(sends.Count);
        foreach (var (at, send, kind) in sends)
        {
            var due = start + (long)(at * Stopwatch.Frequency);
            var wait = due - Stopwatch.GetTimestamp();
            if (wait > Stopwatch.Frequency / 1000)
                await Task.Delay(TimeSpan.FromSeconds((double)wait / Stopwatch.Frequency));
            tasks.Add((kind, send(due)));
        }
        await Task.WhenAll(tasks.Select(t => t.Task));
        return tasks.GroupBy(t => t.Kind).ToDictionary(g => g.Key, g => g.Select(t => t.Task.Result).ToArray());
    }

    static async Task<(bool, double)> Timed(
        HttpClient http,
        HttpRequestMessage req,
        long due,
        Func<HttpResponseMessage, Task<bool>> ok
    )
    {
        try
        {
            using var res = await http.SendAsync(req);
            return (await ok(res), Stopwatch.GetElapsedTime(due).TotalMilliseconds);
        }
        catch (Exception)
        {
            return (false, Stopwatch.GetElapsedTime(due).TotalMilliseconds);
        }
    }

    static readonly string[] Levels = ["NotShown", "PartlyShown", "Shown", "StronglyShown"];

    static Task<(bool, double)> SheetAsync(HttpClient http, Actor a, int n, long due)
    {
        var req = new HttpRequestMessage(HttpMethod.Post, $"/observe/{a.Session}/save")
        {
            Content = new FormUrlEncodedContent([
                new("Level1", Levels[n % 4]),
                new("Level2", Levels[(n + 1) % 4]),
                new("Level3", Levels[(n + 2) % 4]),
                new("Evidence1", $"Explained the referral, note {n}: " + new string('e', Math.Min(600, 40 * n))),
                new("Evidence2", "Acknowledged Kerry's worry before moving on."),
                new("Evidence3", "Asked what Jay's mornings are like."),
                new("Global", n % 2 == 0 ? "Pass" : "Good"),
                new("Notes", "Warm, clear opening; the park came up late."),
                new("Revision", a.Revision.ToString()),
                new("Device", "bench"),
                new("__RequestVerificationToken", a.ObserverToken!),
            ]),
        };
        req.Headers.Add("Cookie", a.ObserverCookie);
        return Timed(
            http,
            req,
            due,
            async res =>
            {
                if (res.StatusCode != HttpStatusCode.OK)
                    return false;
                var body = await res.Content.ReadAsStringAsync();
                a.Revision = int.Parse(RevisionField().Match(body).Groups[1].Value);
                return true;
            }
        );
    }

    static Task<(bool, double)> WrittenAsync(HttpClient http, Actor a, int n, long due)
    {
        var sentence =
            "Kerry explained the mornings and the park; the school's concern is weighed with what Jay said. ";
        var req = new HttpRequestMessage(HttpMethod.Post, $"/me/written/{a.Sitting}/autosave")
        {
            Content = new FormUrlEncodedContent([
                new("t1", string.Concat(Enumerable.Repeat(sentence, 1 + n))),
                new("t2", string.Concat(Enumerable.Repeat(sentence, 1 + n / 2))),
                new("__RequestVerificationToken", a.CandidateToken!),
            ]),
        };
        req.Headers.Add("Cookie", a.CandidateCookie);
        return Timed(http, req, due, res => Task.FromResult(res.StatusCode == HttpStatusCode.NoContent));
    }

    static Task<(bool, double)> StaticAsync(HttpClient http, long due) =>
        Timed(
            http,
            new HttpRequestMessage(HttpMethod.Get, "/js/test.js"),
            due,
            res => Task.FromResult(res.StatusCode == HttpStatusCode.OK)
        );

    [GeneratedRegex("\"revision\":(\\d+)")]
    private static partial Regex RevisionField();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    static async Task<List<Actor>> SetUpAsync(BenchFactory app, int count)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NaasDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var principals = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>();
        var cookie = scope
            .ServiceProvider.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
            .Get(IdentityConstants.ApplicationScheme);
        var version = await db.ScenarioVersions.Where(v => v.Scenario!.Reference == "S-00001").SingleAsync();
        var exercise = await db.WrittenExercises.SingleAsync(x => x.Level == StatusLevel.Practitioner);
        var organisation = await db.Organisations.OrderBy(o => o.Name).FirstAsync();
        var day = new AssessmentDay { Date = DateOnly.FromDateTime(DateTime.UtcNow), For = StatusLevel.Practitioner };
        db.AssessmentDays.Add(day);
        db.Record(new ArrangedOutsideTheService("AssessmentDay", day.Id, "Seeded", "Centre bench"));
        await db.SaveChangesAsync();
        var now = DateTimeOffset.UtcNow;
        var actors = new List<Actor>(count);
        async Task<string> CookieFor(ApplicationUser user)
        {
            var principal = await principals.CreateAsync(user);
            var ticket = new AuthenticationTicket(
                principal,
                new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now.AddDays(1) },
                IdentityConstants.ApplicationScheme
            );
            return $"{cookie.Cookie.Name}={cookie.TicketDataFormat.Protect(ticket)}";
        }
        for (var i = 0; i < count; i++)
        {
            var person = new SocialWorker
            {
                GivenName = "Bench",
                FamilyName = $"Candidate {i}",
                RegistrationNumber = $"SW{9100000 + i}",
                Email = $"centre{i}@bench.example",
            };
            var endorsement = new Endorsement
            {
                SocialWorkerId = person.Id,
                OrganisationId = organisation.Id,
                Level = StatusLevel.Practitioner,
                State = EndorsementState.Agreed,
                Judgement = "Ready",
                Evidence = "Bench",
                EligibilityAtEndorsement = "Eligible",
                EndorsedAt = now,
                EndorsedBy = "Bench",
            };
            var observer = new Observer
            {
                Name = $"Bench Observer {i}",
                Email = $"observer{i}@bench.example",
                CalibratedOn = DateOnly.FromDateTime(DateTime.UtcNow),
            };
            var session = new SimulationSession
            {
                DayId = day.Id,
                StartsAt = now.AddMinutes(-30),
                Minutes = 40,
                ScenarioVersionId = version.Id,
                SocialWorkerId = person.Id,
                EndorsementId = endorsement.Id,
                LeadObserverId = observer.Id,
                SimulationStartedAt = now.AddMinutes(-20),
            };
            var sitting = new WrittenSitting
            {
                ExerciseId = exercise.Id,
                SocialWorkerId = person.Id,
                EndorsementId = endorsement.Id,
                Code = $"W-B{i:00000}",
                StartedAt = now,
                AllowedSeconds = 6 * 3600,
            };
            var observerUser = new ApplicationUser
            {
                UserName = observer.Email,
                Email = observer.Email,
                DisplayName = observer.Name,
                EmailConfirmed = true,
            };
            var candidateUser = new ApplicationUser
            {
                UserName = person.Email,
                Email = person.Email,
                DisplayName = person.FamilyName,
                SocialWorkerId = person.Id,
                EmailConfirmed = true,
            };
            Check(await users.CreateAsync(observerUser));
            Check(await users.AddToRoleAsync(observerUser, Roles.Assessor));
            observer.UserId = observerUser.Id;
            db.AddRange(person, endorsement, observer, session, sitting);
            db.Record(new ArrangedOutsideTheService("Bench", session.Id, "Seeded", "Centre bench"));
            await db.SaveChangesAsync();
            Check(await users.CreateAsync(candidateUser));
            Check(await users.AddToRoleAsync(candidateUser, Roles.SocialWorker));
            actors.Add(
                new Actor(session.Id, sitting.Id)
                {
                    ObserverCookie = await CookieFor(observerUser),
                    CandidateCookie = await CookieFor(candidateUser),
                }
            );
        }
        return actors;
    }

    static void Check(IdentityResult r)
    {
        if (!r.Succeeded)
            throw new InvalidOperationException(r.Errors.First().Description);
    }

    static async Task TokensAsync(HttpClient http, List<Actor> actors, int observers, int writers) =>
        await Parallel.ForEachAsync(
            actors,
            new ParallelOptions { MaxDegreeOfParallelism = 16 },
            async (a, ct) =>
            {
                var i = actors.IndexOf(a);
                if (i < observers)
                    (a.ObserverToken, a.ObserverCookie) = await TokenAsync(
                        http,
                        $"/observe/{a.Session}",
                        a.ObserverCookie,
                        ct
                    );
                if (i < writers)
                    (a.CandidateToken, a.CandidateCookie) = await TokenAsync(
                        http,
                        $"/me/written/{a.Sitting}",
                        a.CandidateCookie,
                        ct
                    );
            }
        );

    static async Task<(string Token, string Cookie)> TokenAsync(
        HttpClient http,
        string url,
        string cookie,
        CancellationToken ct
    )
    {
        using var req = new HttpRequestMessage(HttpMethod.Get, url);
        req.Headers.Add("Cookie", cookie);
        using var res = await http.SendAsync(req, ct);
        var html = await res.Content.ReadAsStringAsync(ct);
        var m = Token().Match(html);
        if (!m.Success)
            throw new InvalidOperationException($"No form on {url}: {(int)res.StatusCode}");
        var antiforgery = res
            .Headers.GetValues("Set-Cookie")
            .First(v => v.StartsWith(".AspNetCore.Antiforgery"))
            .Split(';')[0];
        return (m.Groups[1].Value, $"{cookie}; {antiforgery}");
    }
}

sealed class Actor(Guid session, Guid sitting)
{
    public Guid Session { get; } = session;
    public Guid Sitting { get; } = sitting;
    public required string ObserverCookie { get; set; }
    public required string CandidateCookie { get; set; }
    public string? ObserverToken { get; set; }
    public string? CandidateToken { get; set; }
    public int Revision { get; set; }
}

sealed class BenchFactory(string connection) : WebApplicationFactory<global::Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", "Postgres");
        builder.UseSetting("ConnectionStrings:Naas", connection);
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Outbox:Enabled", "false");
        builder.UseSetting("Recordings:RetentionJob", "false");
        builder.UseSetting("Email:PickupFolder", Path.Combine(Path.GetTempPath(), "naas-bench-mail"));
    }
}
