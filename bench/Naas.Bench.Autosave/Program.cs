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
using Npgsql;

namespace Naas.Bench.Autosave;

// Autosave under load (issue 3): the service on Kestrel and PostgreSQL on this machine; N simulated candidates
// each save an answer every 10 seconds (open loop: each save is sent at its scheduled time, and its latency is
// counted from then, so a slow server cannot hide its queue). Then a closed-loop saturation run for the most
// saves a second the service sustains. bench/autosave.sh runs pgbench's durable-upsert ceiling beside it.
public static class AutosaveBench
{
    public static async Task Main(string[] args)
    {
        var opts = args.Select((a, i) => (a, i))
            .Where(x => x.a.StartsWith("--"))
            .ToDictionary(x => x.a[2..], x => args[x.i + 1]);
        var admin =
            opts.GetValueOrDefault("postgres")
            ?? Environment.GetEnvironmentVariable("NAAS_BENCH_POSTGRES")
            ?? throw new InvalidOperationException("Give --postgres or NAAS_BENCH_POSTGRES (bench/autosave.sh does).");
        var levels = (opts.GetValueOrDefault("candidates") ?? "1000,5000").Split(',').Select(int.Parse).ToArray();
        var seconds = int.Parse(opts.GetValueOrDefault("seconds") ?? "30");
        var workers = int.Parse(opts.GetValueOrDefault("workers") ?? "32");

        // The service's content root (its wwwroot and pages), found from the repository root.
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

            var max = levels.Max();
            Console.Error.WriteLine($"Setting up {max} candidates with a sitting each…");
            var candidates = await SetUpAsync(app, max);
            using var http = new HttpClient(
                new SocketsHttpHandler
                {
                    UseCookies = false,
                    MaxConnectionsPerServer = 512,
                    PooledConnectionLifetime = TimeSpan.FromMinutes(10),
                }
            )
            {
                BaseAddress = new Uri(baseUrl),
                Timeout = TimeSpan.FromSeconds(30),
            };
            await TokensAsync(http, candidates);

            Console.WriteLine($"| candidates | offered saves/s | achieved saves/s | p50 | p99 | max | failed |");
            Console.WriteLine($"|---|---|---|---|---|---|---|");
            foreach (var n in levels)
            {
                var r = await OpenLoopAsync(http, candidates.Take(n).ToList(), TimeSpan.FromSeconds(seconds));
                Console.WriteLine(
                    $"| {n:N0} | {n / 10.0:0} | {r.Rate:0} | {r.P50:0.0} ms | {r.P99:0.0} ms | {r.Max:0.0} ms | {r.Failed} |"
                );
            }
            Console.WriteLine();
            // PostgreSQL's ceiling is measured right before and after each saturation run (pgbench; see autosave.sh),
            // since on a shared machine it moves by a third or more from one minute to the next.
            var pgbench = opts.GetValueOrDefault("pgbench");
            var before = await CeilingAsync(pgbench, opts.GetValueOrDefault("pgbench-script"), admin, seconds);
            var cpu = CpuSplit.Start();
            var s = await SaturateAsync(http, candidates, workers, TimeSpan.FromSeconds(seconds));
            var split = cpu.Stop(s.Rate * seconds);
            var between = await CeilingAsync(pgbench, opts.GetValueOrDefault("pgbench-script"), admin, seconds);
            Console.WriteLine(
                $"Saturation, load from this process ({workers} back-to-back clients over {candidates.Count:N0} candidates): {s.Rate:0} saves/s, p50 {s.P50:0.0} ms, p99 {s.P99:0.0} ms, failed {s.Failed}; {split}"
            );
            Console.WriteLine(Ratio(s.Rate, before, between));
            Console.WriteLine($"SATURATION_RATE={s.Rate:0}");
            if (opts.GetValueOrDefault("wrk") is { } wrk)
            {
                cpu = CpuSplit.Start();
                var (w, requests) = await WrkAsync(wrk, baseUrl, candidates, workers, seconds);
                split = cpu.Stop(requests);
                var after = await CeilingAsync(pgbench, opts.GetValueOrDefault("pgbench-script"), admin, seconds);
                Console.WriteLine(
                    $"Saturation, load from wrk in its own process ({workers} connections): {w}; {split}"
                );
                Console.WriteLine(Ratio(requests / seconds, between, after));
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

    static async Task<List<Candidate>> SetUpAsync(BenchFactory app, int count)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NaasDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var principals = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>();
        var cookie = scope
            .ServiceProvider.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
            .Get(IdentityConstants.ApplicationScheme);
        var practice = await db.KnowledgeBlueprints.SingleAsync(b => b.IsPractice);
        var form = await db
            .KnowledgeItemVersions.Where(v => v.Status == Naas.Domain.ItemBank.ItemStatus.Live && v.AppliedFor == null)
            .OrderBy(v => v.Id)
            .Select(v => v.Id)
            .Take(5)
            .ToListAsync();
        var result = new List<Candidate>(count);
        for (var batch = 0; batch < count; batch += 500)
        {
            var people = Enumerable
                .Range(batch, Math.Min(500, count - batch))
                .Select(i => new SocialWorker
                {
                    GivenName = "Bench",
                    FamilyName = $"Candidate {i}",
                    RegistrationNumber = $"SW{9000000 + i}",
                    Email = $"bench{i}@bench.example",
                })
                .ToList();
            db.SocialWorkers.AddRange(people);
            var attempts = people
                .Select(p => new KnowledgeAttempt
                {
                    SocialWorkerId = p.Id,
                    BlueprintId = practice.Id,
                    ItemVersionIds = [.. form],
                    StartedAt = DateTimeOffset.UtcNow,
                    AllowedSeconds = 6 * 3600,
                    PassMark = 3,
                })
                .ToList();
            db.KnowledgeAttempts.AddRange(attempts);
            db.Record(new ArrangedOutsideTheService("Bench", null, "Seeded", $"Bench candidates {batch}+"));
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            for (var i = 0; i < people.Count; i++)
            {
                var user = new ApplicationUser
                {
                    UserName = people[i].Email,
                    Email = people[i].Email,
                    DisplayName = people[i].FamilyName,
                    SocialWorkerId = people[i].Id,
                    EmailConfirmed = true,
                };
                var created = await users.CreateAsync(user); // no password: the bench signs in by minting the service's own cookie
                if (!created.Succeeded)
                    throw new InvalidOperationException(created.Errors.First().Description);
                await users.AddToRoleAsync(user, Roles.SocialWorker);
                var principal = await principals.CreateAsync(user);
                var ticket = new AuthenticationTicket(
                    principal,
                    new AuthenticationProperties
                    {
                        IssuedUtc = DateTimeOffset.UtcNow,
                        ExpiresUtc = DateTimeOffset.UtcNow.AddDays(1),
                    },
                    IdentityConstants.ApplicationScheme
                );
                result.Add(
                    new Candidate(attempts[i].Id, $"{cookie.Cookie.Name}={cookie.TicketDataFormat.Protect(ticket)}")
                );
            }
        }
        return result;
    }

    static async Task TokensAsync(HttpClient http, List<Candidate> candidates)
    {
        var token = new Regex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        await Parallel.ForEachAsync(
            candidates,
            new ParallelOptions { MaxDegreeOfParallelism = 16 },
            async (c, ct) =>
            {
                using var req = new HttpRequestMessage(HttpMethod.Get, $"/me/test/{c.Attempt}/1");
                req.Headers.Add("Cookie", c.Cookie);
                using var res = await http.SendAsync(req, ct);
                var html = await res.Content.ReadAsStringAsync(ct);
                var m = token.Match(html);
                if (!m.Success)
                    throw new InvalidOperationException($"No form for {c.Attempt}: {(int)res.StatusCode}");
                var antiforgery = res
                    .Headers.GetValues("Set-Cookie")
                    .First(v => v.StartsWith(".AspNetCore.Antiforgery"))
                    .Split(';')[0];
                c.Token = m.Groups[1].Value;
                c.Cookie = $"{c.Cookie}; {antiforgery}";
            }
        );
    }

    static async Task<(bool Ok, double Ms)> SaveAsync(HttpClient http, Candidate c, int n, long scheduled)
    {
        using var req = new HttpRequestMessage(HttpMethod.Post, $"/me/test/{c.Attempt}/{1 + n % 5}/autosave")
        {
            Content = new FormUrlEncodedContent([
                new("o", (n % 4).ToString()),
                new("flag", "false"),
                new("__RequestVerificationToken", c.Token!),
            ]),
        };
        req.Headers.Add("Cookie", c.Cookie);
        try
        {
            using var res = await http.SendAsync(req);
            return (res.StatusCode == HttpStatusCode.NoContent, Stopwatch.GetElapsedTime(scheduled).TotalMilliseconds);
        }
        catch (Exception)
        {
            return (false, Stopwatch.GetElapsedTime(scheduled).TotalMilliseconds);
        }
    }

    static async Task<Result> OpenLoopAsync(HttpClient http, List<Candidate> candidates, TimeSpan duration)
    {
        // Every candidate saves every 10 s, starting at a random point in the first 10 s.
        var rng = new Random(2026);
        var sends = new List<(double At, Candidate C, int N)>();
        foreach (var c in candidates)
        {
            var first = rng.NextDouble() * 10;
            for (var (at, k) = (first, 0); at < duration.TotalSeconds; at += 10, k++)
                sends.Add((at, c, k));
        }
        sends.Sort((a, b) => a.At.CompareTo(b.At));
        var start = Stopwatch.GetTimestamp();
        var tasks = new List<Task<(bool Ok, double Ms)>>(sends.Count);
        foreach (var (at, c, n) in sends)
        {
            var due = start + (long)(at * Stopwatch.Frequency);
            var wait = due - Stopwatch.GetTimestamp();
            if (wait > Stopwatch.Frequency / 1000)
                await Task.Delay(TimeSpan.FromSeconds((double)wait / Stopwatch.Frequency));
            tasks.Add(SaveAsync(http, c, n, due));
        }
        var results = await Task.WhenAll(tasks);
        var elapsed = Stopwatch.GetElapsedTime(start).TotalSeconds;
        return Summarise(results, elapsed);
    }

    static async Task<Result> SaturateAsync(HttpClient http, List<Candidate> candidates, int workers, TimeSpan duration)
    {
        var results = new System.Collections.Concurrent.ConcurrentBag<(bool, double)>();
        var start = Stopwatch.GetTimestamp();
        var next = -1;
        await Task.WhenAll(
            Enumerable
                .Range(0, workers)
                .Select(async _ =>
                {
                    while (Stopwatch.GetElapsedTime(start) < duration)
                    {
                        var n = Interlocked.Increment(ref next);
                        results.Add(
                            await SaveAsync(http, candidates[n % candidates.Count], n, Stopwatch.GetTimestamp())
                        );
                    }
                })
        );
        return Summarise(results.ToArray(), Stopwatch.GetElapsedTime(start).TotalSeconds);
    }

    /// <summary>pgbench's durable single-row upserts (32 clients), with PostgreSQL's CPU per upsert; null without
    /// pgbench.</summary>
    static async Task<(double Tps, double PostgresMicros)?> CeilingAsync(
        string? pgbench,
        string? script,
        string admin,
        int seconds
    )
    {
        if (pgbench is null || script is null)
            return null;
        var c = new NpgsqlConnectionStringBuilder(admin);
        var cpu = CpuSplit.Start();
        var psi = new ProcessStartInfo(
            pgbench,
            [
                "-h",
                c.Host!,
                "-p",
                c.Port.ToString(),
                "-U",
                c.Username ?? "postgres",
                "-n",
                "-c",
                "32",
                "-j",
                "2",
                "-T",
                seconds.ToString(),
                "-f",
                script,
                c.Database ?? "postgres",
            ]
        )
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var p = Process.Start(psi)!;
        var output = await p.StandardOutput.ReadToEndAsync();
        await p.WaitForExitAsync();
        var tps = double.Parse(Regex.Match(output, @"^tps = ([\d.]+)", RegexOptions.Multiline).Groups[1].Value);
        return (tps, cpu.PostgresMicrosPer(tps * seconds));
    }

    static string Ratio(double rate, (double Tps, double PostgresMicros)? a, (double Tps, double PostgresMicros)? b) =>
        a is null || b is null
            ? ""
            : $"  pgbench ceiling before {a.Value.Tps:0} tps (PostgreSQL {a.Value.PostgresMicros:0} µs CPU per upsert), after {b.Value.Tps:0} tps ({b.Value.PostgresMicros:0} µs); "
                + $"saturation ÷ mean ceiling = {100 * rate / ((a.Value.Tps + b.Value.Tps) / 2):0.0}%";

    /// <summary>The same saturation from wrk, a lean C load generator in its own process (as pgbench is for the
    /// ceiling), so the service's process carries only the service. Each request is a candidate's real
    /// autosave.</summary>
    static async Task<(string Summary, double Requests)> WrkAsync(
        string wrk,
        string baseUrl,
        List<Candidate> candidates,
        int connections,
        int seconds
    )
    {
        var dir = Directory.CreateTempSubdirectory("naas-wrk");
        var data = Path.Combine(dir.FullName, "saves.tsv");
        await File.WriteAllLinesAsync(
            data,
            candidates.Select(
                (c, n) =>
                    $"/me/test/{c.Attempt}/{1 + n % 5}/autosave\t{c.Cookie}\to={n % 4}&flag=false&__RequestVerificationToken={Uri.EscapeDataString(c.Token!)}"
            )
        );
        var script = Path.Combine(dir.FullName, "saves.lua");
        await File.WriteAllTextAsync(
            script,
            $$"""
            local requests = {}
            local n = 0
            function init(args)
              for line in io.lines("{{data}}") do
                local path, cookie, body = line:match("([^	]+)	([^	]+)	([^	]+)")
                requests[#requests + 1] = wrk.format("POST", path, { ["Cookie"] = cookie, ["Content-Type"] = "application/x-www-form-urlencoded" }, body)
              end
              n = math.random(#requests)
            end
            function request()
              n = n % #requests + 1
              return requests[n]
            end
            -- A save counts only when the service answers 204 (wrk itself counts any 2xx or 3xx as success).
            failed = 0
            local threads = {}
            function setup(thread) table.insert(threads, thread) end
            function response(status, headers, body) if status ~= 204 then failed = failed + 1 end end
            function done(summary, latency, requests)
              local total = 0
              for _, t in ipairs(threads) do total = total + t:get("failed") end
              io.write("Not 204: " .. total .. "\n")
            end
            """
        );
        var psi = new ProcessStartInfo(
            wrk,
            ["-t2", $"-c{connections}", $"-d{seconds}s", "--latency", "-s", script, baseUrl]
        )
        {
            RedirectStandardOutput = true,
        };
        using var p = Process.Start(psi)!;
        var output = await p.StandardOutput.ReadToEndAsync();
        await p.WaitForExitAsync();
        dir.Delete(true);
        string Find(string pattern) =>
            Regex.Match(output, pattern, RegexOptions.Multiline) is { Success: true } m ? m.Groups[1].Value : "?";
        return (
            $"{Find(@"^Requests/sec:\s+([\d.]+)")} saves/s, p50 {Find(@"^\s+50%\s+(\S+)")}, p99 {Find(@"^\s+99%\s+(\S+)")}, "
                + $"not 204 {Find(@"^Not 204: (\d+)")}, socket errors {(Find(@"Socket errors: (.*)$") is "?" ? "none" : Find(@"Socket errors: (.*)$"))}",
            double.Parse(Find(@"^\s*(\d+) requests in"))
        );
    }

    static Result Summarise((bool Ok, double Ms)[] results, double seconds)
    {
        var ms = results.Where(r => r.Ok).Select(r => r.Ms).Order().ToArray();
        double P(double q) =>
            ms.Length == 0 ? double.NaN : ms[Math.Min(ms.Length - 1, (int)Math.Ceiling(q * ms.Length) - 1)];
        return new Result(
            ms.Length / seconds,
            P(0.5),
            P(0.99),
            ms.Length == 0 ? double.NaN : ms[^1],
            results.Count(r => !r.Ok)
        );
    }
}

sealed class Candidate(Guid attempt, string cookie)
{
    public Guid Attempt { get; } = attempt;
    public string Cookie { get; set; } = cookie;
    public string? Token { get; set; }
}

/// <summary>Where the machine's CPU went over a run: this process (the service, and the load when it comes from
/// here), PostgreSQL's processes, anything else, and idle; read from /proc.</summary>
sealed class CpuSplit
{
    private (double Self, double Postgres, double Busy, double All) start;

    public static CpuSplit Start() => new() { start = Read() };

    /// <summary>The split, and CPU time per save for this process and for PostgreSQL (steadier than a rate on a
    /// shared machine, since it does not depend on how much of the machine the run was given).</summary>
    public string Stop(double saves)
    {
        var end = Read();
        double d(Func<(double Self, double Postgres, double Busy, double All), double> f) => f(end) - f(start);
        var all = d(x => x.All);
        string pc(double v) => $"{100 * v / all:0}%";
        string us(double ticks) => $"{ticks * 10_000 / saves:0} µs"; // a clock tick is 10 ms
        return $"CPU: this process {pc(d(x => x.Self))}, PostgreSQL {pc(d(x => x.Postgres))}, other {pc(d(x => x.Busy) - d(x => x.Self) - d(x => x.Postgres))}, idle {pc(all - d(x => x.Busy))}; "
            + $"CPU per save: this process {us(d(x => x.Self))}, PostgreSQL {us(d(x => x.Postgres))}";
    }

    public double PostgresMicrosPer(double operations) => (Read().Postgres - start.Postgres) * 10_000 / operations;

    static (double Self, double Postgres, double Busy, double All) Read()
    {
        static double[] Fields(string line) =>
            line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(double.Parse).ToArray();
        var cpu = Fields(File.ReadLines("/proc/stat").First());
        var all = cpu.Sum();
        var busy = all - cpu[3] - cpu[4]; // idle and iowait
        double postgres = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc").Where(d => char.IsDigit(Path.GetFileName(d)[0])))
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var close = stat.LastIndexOf(')');
                if (!stat[(stat.IndexOf('(') + 1)..close].StartsWith("postgres"))
                    continue;
                var rest = stat[(close + 2)..].Split(' ');
                // utime and stime, plus cutime and cstime: the postmaster's reaped children, so that backends which
                // have ended (pgbench's, when it finishes) still count. All in clock ticks.
                postgres +=
                    double.Parse(rest[11]) + double.Parse(rest[12]) + double.Parse(rest[13]) + double.Parse(rest[14]);
            }
            catch (IOException) { } // the process ended while being read
        }
        var self = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds * 100; // clock ticks are 1/100 s
        return (self, postgres, busy, all);
    }
}

record Result(double Rate, double P50, double P99, double Max, int Failed);

sealed class BenchFactory(string connection) : WebApplicationFactory<global::Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", "Postgres");
        builder.UseSetting("ConnectionStrings:Naas", connection);
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Outbox:Enabled", "false");
        builder.UseSetting("Email:PickupFolder", Path.Combine(Path.GetTempPath(), "naas-bench-mail"));
    }
}
