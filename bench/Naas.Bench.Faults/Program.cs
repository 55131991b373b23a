using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Npgsql;

namespace Naas.Bench.Faults;

/// <summary>A test day broken on purpose (issue 17, items 1, 2, 3 and 5): two instances of the service, each its own
/// process, behind HAProxy (round robin, no stickiness), one durable PostgreSQL. Every candidate saves an answer every
/// 10 seconds through HAProxy while the faults given by --faults happen at their seconds: an instance killed with
/// SIGKILL and started again, PostgreSQL restarted in fast and immediate mode, a backup taken. Afterwards every save
/// the load generator was told had landed (204) is compared with what the database holds; every candidate must have
/// saved again once the faults were over; a sample of clocks read through HAProxy must match the stored start; the
/// backup, restored into a fresh cluster, must match its snapshot table by table. Any of these failing exits 1.
///
/// HAProxy checks /health/live, not /health/ready: when the one database is out of reach every instance is equally
/// unready, and taking them all out of the pool would only swap the service's own plain "we could not save your
/// answer just now" (503, which the page's script retries) for the balancer's bare error page. A killed instance
/// fails either check at once (connection refused); a starting one does not listen until it has migrated.</summary>
public static class FaultsBench
{
    public static async Task<int> Main(string[] args)
    {
        var opts = args.Select((a, i) => (a, i))
            .Where(x => x.a.StartsWith("--"))
            .ToDictionary(x => x.a[2..], x => args[x.i + 1]);
        var admin = opts["postgres"];
        var count = int.Parse(opts.GetValueOrDefault("candidates") ?? "5000");
        var seconds = int.Parse(opts.GetValueOrDefault("seconds") ?? "60");
        var killAt = double.Parse(opts.GetValueOrDefault("kill-at") ?? "30");
        var haproxy = opts.GetValueOrDefault("haproxy") ?? "/usr/sbin/haproxy";
        var web = opts["web"]; // the built Naas.Web.dll
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Naas.slnx")))
            root = root.Parent;
        var contentRoot = Path.Combine(root!.FullName, "src", "Naas.Web");
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_NAAS_WEB", contentRoot);

        var database = $"naas_faults_{Guid.NewGuid():N}";
        await using (var conn = new NpgsqlConnection(admin))
        {
            await conn.OpenAsync();
            await new NpgsqlCommand($"CREATE DATABASE {database}", conn).ExecuteNonQueryAsync();
        }
        var connection = new NpgsqlConnectionStringBuilder(admin)
        {
            Database = database,
            MaxPoolSize = int.Parse(opts.GetValueOrDefault("pool") ?? "50"), // each instance's connections at most
        }.ConnectionString;
        // The streaming replica reports read from, when the script made one (it replays the database created above).
        string? replica = opts.GetValueOrDefault("replica") is { } r
            ? new NpgsqlConnectionStringBuilder(r) { Database = database }.ConnectionString
            : null;
        var replicaData = opts.GetValueOrDefault("replica-data");
        var work = Directory.CreateTempSubdirectory("naas-faults-");
        var processes = new List<Process>();
        try
        {
            // The service migrates and seeds the database, and mints each candidate's sign-in cookie with the
            // data-protection keys it keeps there, which every instance then shares.
            List<Candidate> candidates = [];
            Dictionary<Guid, string[]> options = [];
            List<StormBench.Booked> booked = [];
            var storm = opts.ContainsKey("storm");
            var analyst = "";
            await using (var setup = new SetupFactory(connection))
                if (storm)
                    booked = await StormBench.SetUpAsync(setup, count);
                else
                {
                    (candidates, options) = await SetUpAsync(setup, count);
                    analyst = await AnalystCookieAsync(setup);
                }
            Console.WriteLine(
                storm
                    ? $"{count:N0} candidates booked into an open window"
                    : $"{count:N0} candidates with a sitting each"
            );

            int[] ports = [FreePort(), FreePort()];
            var front = FreePort();
            foreach (var port in ports)
                processes.Add(StartInstance(web, contentRoot, connection, replica, port, work.FullName));
            var launched = Stopwatch.StartNew();
            for (var i = 0; i < ports.Length; i++)
                await ReadyAsync($"http://127.0.0.1:{ports[i]}/health/ready", processes[i]);
            Console.WriteLine(
                $"Both instances ready (started, migrated and warmed up) {launched.Elapsed.TotalSeconds:0.0} s after launch"
            );
            var config = Path.Combine(work.FullName, "haproxy.cfg");
            await File.WriteAllTextAsync(
                config,
                $$"""
                global
                    maxconn 4000
                defaults
                    mode http
                    timeout connect 2s
                    timeout client 30s
                    timeout server 30s
                    retries 2
                    option redispatch
                    option forwardfor
                frontend naas
                    bind 127.0.0.1:{{front}}
                    default_backend instances
                backend instances
                    balance roundrobin
                    option httpchk
                    http-check send meth GET uri /health/live ver HTTP/1.1 hdr Host localhost
                    http-check expect status 200
                    default-server inter 500ms fall 2 rise 2
                    timeout check 2s
                    server one 127.0.0.1:{{ports[0]}} check
                    server two 127.0.0.1:{{ports[1]}} check

                """
            );
            var proxy = Process.Start(new ProcessStartInfo(haproxy, ["-f", config, "-db"]))!;
            processes.Add(proxy);
            await ReadyAsync($"http://127.0.0.1:{front}/health/ready", proxy);

            using var http = new HttpClient(
                new SocketsHttpHandler
                {
                    UseCookies = false,
                    AllowAutoRedirect = false,
                    MaxConnectionsPerServer = 512,
                    PooledConnectionLifetime = TimeSpan.FromSeconds(5),
                }
            )
            {
                BaseAddress = new Uri($"http://127.0.0.1:{front}"),
                Timeout = TimeSpan.FromSeconds(30),
            };
            if (storm)
                return await StormBench.RunAsync(
                    http,
                    booked,
                    TimeSpan.FromSeconds(seconds),
                    int.Parse(opts.GetValueOrDefault("warm") ?? "0")
                );
            await TokensAsync(http, candidates);
            Console.WriteLine("Antiforgery tokens fetched through HAProxy (from either instance)");

            // The faults, each at its second: kill (instance one, SIGKILL), revive (instance one started again),
            // postgres-fast and postgres-immediate (the cluster restarted with that shutdown mode), backup (pg_dump
            // of one exported snapshot, checked after the load against the same snapshot).
            var events = (opts.GetValueOrDefault("faults") ?? "kill@30")
                .Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(e => e.Split('@'))
                .Select(e => (Kind: e[0], At: double.Parse(e[1], System.Globalization.CultureInfo.InvariantCulture)))
                .OrderBy(e => e.At)
                .ToList();
            var pgbin = opts.GetValueOrDefault("pgbin");
            var pgdata = opts.GetValueOrDefault("pgdata");
            var happened = new List<(string Kind, double At, double Took)>();
            Backup? backup = null;
            long? onReplicaBeforeStop = null;
            Task reviving = Task.CompletedTask;
            // pg_ctl on one of the script's clusters, as the postgres user that owns it.
            Task PgCtlAsync(string data, params string[] args) =>
                RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(pgbin!, "pg_ctl"), "-D", data, .. args]);
            var start = Stopwatch.GetTimestamp();
            var faults = Task.Run(async () =>
            {
                foreach (var (kind, at) in events)
                {
                    var wait = TimeSpan.FromSeconds(at) - Stopwatch.GetElapsedTime(start);
                    if (wait > TimeSpan.Zero)
                        await Task.Delay(wait);
                    var began = Stopwatch.GetElapsedTime(start).TotalSeconds;
                    switch (kind)
                    {
                        case "kill":
                            processes[0].Kill(); // SIGKILL: no shutdown, no draining
                            break;
                        case "revive":
                            // Started again and left to come up while the faults go on; how long it took is said.
                            processes[0] = StartInstance(
                                web,
                                contentRoot,
                                connection,
                                replica,
                                ports[0],
                                work.FullName
                            );
                            var revived = processes[0];
                            reviving = Task.Run(async () =>
                            {
                                await ReadyAsync($"http://127.0.0.1:{ports[0]}/health/ready", revived);
                                Console.WriteLine(
                                    $"Instance one ready again {Stopwatch.GetElapsedTime(start).TotalSeconds - began:0.0} s after it was started"
                                );
                            });
                            break;
                        case "postgres-fast" or "postgres-immediate":
                            await PgCtlAsync(pgdata!, "-m", kind[9..], "-w", "restart");
                            break;
                        case "backup":
                            backup = await Backup.TakeAsync(connection, pgbin!, work.FullName);
                            break;
                        case "replica-stop":
                            onReplicaBeforeStop = await ReplicaReadsAsync(replica!);
                            await PgCtlAsync(replicaData!, "-m", "immediate", "stop");
                            break;
                        case "replica-start":
                            var log = Path.Combine(Path.GetDirectoryName(replicaData!)!, "replica.log");
                            await PgCtlAsync(replicaData!, "-l", log, "-w", "start");
                            break;
                        default:
                            throw new ArgumentException($"No such fault: {kind}");
                    }
                    var took = Stopwatch.GetElapsedTime(start).TotalSeconds - began;
                    happened.Add((kind, began, took));
                    Console.WriteLine($"{began:0.0} s: {kind} ({took:0.0} s)");
                }
            });
            var reading = replica is null
                ? Task.FromResult(new List<Read>())
                : ReportsAsync(http, analyst, TimeSpan.FromSeconds(seconds), start);
            var saves = await LoadAsync(http, candidates, options, TimeSpan.FromSeconds(seconds), start);
            var reads = await reading;
            await faults;
            await reviving;
            NpgsqlConnection.ClearAllPools(); // the bench's own connections did not live through the restarts

            // What the database holds, against what the load generator was told.
            var stored = new Dictionary<(Guid, int), string>();
            await using (var conn = new NpgsqlConnection(connection))
            {
                await conn.OpenAsync();
                await using var reader = await new NpgsqlCommand(
                    "SELECT \"AttemptId\", \"Position\", \"Response\" FROM \"KnowledgeAnswers\"",
                    conn
                ).ExecuteReaderAsync();
                while (await reader.ReadAsync())
                    stored[(reader.GetGuid(0), reader.GetInt32(1))] = reader.GetString(2);
            }
            var acknowledged = saves.Where(s => s.Ok).ToList();
            // The last acknowledged save of each (sitting, question) must be there, or a later one sent after it.
            var lost = acknowledged
                .GroupBy(s => (s.Attempt, s.Position))
                .Count(g =>
                {
                    var last = g.MaxBy(s => s.At)!;
                    var later = saves
                        .Where(s => s.Attempt == last.Attempt && s.Position == last.Position && s.At > last.At)
                        .Select(s => s.Response);
                    return !stored.TryGetValue(g.Key, out var value)
                        || (value != last.Response && !later.Contains(value));
                });
            var failed = saves.Count(s => !s.Ok);
            Console.WriteLine();
            Console.WriteLine(
                $"| candidates | saves sent | acknowledged | failed | acknowledged saves lost | p99 of acknowledged saves |"
            );
            Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
            Console.WriteLine(
                $"| {count:N0} | {saves.Count:N0} | {acknowledged.Count:N0} | {failed:N0} ({100.0 * failed / saves.Count:0.00}%) | **{lost}** | {Percentile(acknowledged.Select(s => s.Ms).ToList(), 0.99):0} ms |"
            );
            Console.WriteLine();
            Console.WriteLine(
                "| fault | at | took | saves sent in the 10 s after | failed of them | answers seen | recovered (last failed save sent) |"
            );
            Console.WriteLine("|---|---:|---:|---:|---:|---|---:|");
            foreach (var (kind, at, took) in happened)
            {
                var next = happened.Where(h => h.At > at).Select(h => h.At).DefaultIfEmpty(double.MaxValue).Min();
                var window = saves.Where(s => s.At >= at && s.At < Math.Min(at + 10, next)).ToList();
                var failedThen = saves.Where(s => s.At >= at && s.At < next && !s.Ok).ToList();
                var seen = string.Join(
                    ", ",
                    window
                        .Where(s => !s.Ok)
                        .GroupBy(s => s.Status)
                        .OrderByDescending(g => g.Count())
                        .Select(g => $"{g.Key} × {g.Count()}")
                );
                var recovered = failedThen.Count == 0 ? "no failures" : $"{failedThen.Max(s => s.At) - at:0.0} s after";
                Console.WriteLine(
                    $"| {kind} | {at:0.0} s | {took:0.0} s | {window.Count:N0} | {window.Count(s => !s.Ok):N0} ({(window.Count == 0 ? 0 : 100.0 * window.Count(s => !s.Ok) / window.Count):0.00}%) | {(seen.Length == 0 ? "-" : seen)} | {recovered} |"
                );
            }
            var failures = 0;
            if (lost > 0)
            {
                Console.Error.WriteLine($"FAIL: {lost} acknowledged saves are not in the database");
                failures++;
            }
            // Every candidate saved again once the faults were over (whichever instance they reached).
            var lastFault = happened.Select(h => h.At + h.Took).DefaultIfEmpty(0).Max();
            var sentLate = saves.Where(s => s.At >= lastFault + 5).Select(s => s.Attempt).ToHashSet();
            var savedLate = saves.Where(s => s.At >= lastFault + 5 && s.Ok).Select(s => s.Attempt).ToHashSet();
            Console.WriteLine(
                $"Candidates who saved after the last fault: {savedLate.Count:N0} of {sentLate.Count:N0}"
            );
            if (savedLate.Count < sentLate.Count)
            {
                Console.Error.WriteLine(
                    $"FAIL: {sentLate.Count - savedLate.Count} candidates could not save after the faults"
                );
                failures++;
            }
            failures += await ClocksAsync(http, candidates.Take(50).ToList(), connection);
            if (replica is not null)
                failures += await ReportsSummaryAsync(reads, happened, onReplicaBeforeStop, replica);
            if (backup is not null)
                failures += await backup.RestoreAndCompareAsync(pgbin!);
            return failures > 0 ? 1 : 0;
        }
        finally
        {
            foreach (var p in processes)
                try
                {
                    if (!p.HasExited)
                        p.Kill(entireProcessTree: true);
                }
                catch (InvalidOperationException) { }
            NpgsqlConnection.ClearAllPools();
            await using var conn = new NpgsqlConnection(admin);
            await conn.OpenAsync();
            await new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", conn).ExecuteNonQueryAsync();
            work.Delete(recursive: true);
        }
    }

    static int FreePort()
    {
        var l = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    sealed record Read(double At, bool Ok, double Ms, string Status);

    /// <summary>An analyst reads the pass-rates report through HAProxy every second for the whole run.</summary>
    static async Task<List<Read>> ReportsAsync(HttpClient http, string cookie, TimeSpan duration, long start)
    {
        var reads = new List<Read>();
        while (Stopwatch.GetElapsedTime(start) < duration)
        {
            var at = Stopwatch.GetElapsedTime(start).TotalSeconds;
            var began = Stopwatch.GetTimestamp();
            using var req = new HttpRequestMessage(HttpMethod.Get, "/analysis/pass-rates?grouping=Age");
            req.Headers.Add("Cookie", cookie);
            try
            {
                using var res = await http.SendAsync(req);
                var body = await res.Content.ReadAsStringAsync();
                var ok = res.StatusCode == HttpStatusCode.OK && body.Contains("Pass rates by age band");
                reads.Add(
                    new(at, ok, Stopwatch.GetElapsedTime(began).TotalMilliseconds, ((int)res.StatusCode).ToString())
                );
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                reads.Add(new(at, false, Stopwatch.GetElapsedTime(began).TotalMilliseconds, e.GetType().Name));
            }
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
        return reads;
    }

    /// <summary>Transactions the replica has run in the bench's database (its own statistics, so reads that reached
    /// it), or null when it cannot be asked.</summary>
    static async Task<long?> ReplicaReadsAsync(string replica)
    {
        try
        {
            await using var conn = new NpgsqlConnection(
                new NpgsqlConnectionStringBuilder(replica) { Pooling = false }.ConnectionString
            );
            await conn.OpenAsync();
            await using var count = new NpgsqlCommand(
                "SELECT xact_commit FROM pg_stat_database WHERE datname = $1",
                conn
            )
            {
                Parameters = { new() { Value = new NpgsqlConnectionStringBuilder(replica).Database } },
            };
            return (long)(await count.ExecuteScalarAsync())!;
        }
        catch (NpgsqlException)
        {
            return null;
        }
    }

    /// <summary>Says how the reports fared; fails if a report read failed while the replica was stopped (the primary
    /// must answer it), or if no read reached the replica before it was stopped.</summary>
    static async Task<int> ReportsSummaryAsync(
        List<Read> reads,
        List<(string Kind, double At, double Took)> happened,
        long? onReplicaBeforeStop,
        string replica
    )
    {
        var failures = 0;
        var failed = reads.Count(r => !r.Ok);
        Console.WriteLine(
            $"Reports read through HAProxy: {reads.Count}, failed {failed}, p99 {Percentile(reads.Where(r => r.Ok).Select(r => r.Ms).ToList(), 0.99):0} ms"
        );
        var stop = happened.FirstOrDefault(h => h.Kind == "replica-stop");
        if (stop.Kind is null)
            return 0;
        var others = happened.Where(h => h.Kind != "replica-stop" && h.At > stop.At).Select(h => h.At);
        var until = others.DefaultIfEmpty(double.MaxValue).Min();
        var gone = reads.Where(r => r.At >= stop.At && r.At < until).ToList();
        Console.WriteLine(
            $"With the replica stopped: {gone.Count} report reads, {gone.Count(r => !r.Ok)} failed (answered from the primary)"
        );
        if (gone.Any(r => !r.Ok))
        {
            Console.Error.WriteLine(
                $"FAIL: report reads failed while the replica was gone: {string.Join(", ", gone.Where(r => !r.Ok).Select(r => $"{r.At:0.0} s {r.Status}"))}"
            );
            failures++;
        }
        Console.WriteLine(
            $"Transactions the replica ran in the bench's database before it was stopped: {onReplicaBeforeStop?.ToString() ?? "unknown"}"
        );
        if (onReplicaBeforeStop is not > 0)
        {
            Console.Error.WriteLine("FAIL: no report was read from the replica while it was up");
            failures++;
        }
        if (happened.Any(h => h.Kind == "replica-start"))
            Console.WriteLine(
                $"Transactions the replica ran after it was started again: {(await ReplicaReadsAsync(replica))?.ToString() ?? "unknown (not reachable)"}"
            );
        return failures;
    }

    static async Task<string> AnalystCookieAsync(SetupFactory app)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var principals = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>();
        var cookie = scope
            .ServiceProvider.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
            .Get(IdentityConstants.ApplicationScheme);
        var user =
            await users.FindByEmailAsync(Naas.Data.Seed.DemoData.AnalystEmail)
            ?? throw new InvalidOperationException("The demo analyst is missing");
        return SignInCookie(cookie, await principals.CreateAsync(user));
    }

    /// <summary>A sign-in cookie for the principal, minted as the service's cookie handler would with the keys every
    /// instance shares, valid for a day.</summary>
    static string SignInCookie(CookieAuthenticationOptions cookie, System.Security.Claims.ClaimsPrincipal principal)
    {
        var ticket = new AuthenticationTicket(
            principal,
            new AuthenticationProperties
            {
                IssuedUtc = DateTimeOffset.UtcNow,
                ExpiresUtc = DateTimeOffset.UtcNow.AddDays(1),
            },
            IdentityConstants.ApplicationScheme
        );
        return $"{cookie.Cookie.Name}={cookie.TicketDataFormat.Protect(ticket)}";
    }

    static Process StartInstance(
        string web,
        string contentRoot,
        string connection,
        string? replica,
        int port,
        string work
    )
    {
        var psi = new ProcessStartInfo("dotnet", [web, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = contentRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        psi.Environment["Database__Provider"] = "Postgres";
        psi.Environment["ConnectionStrings__Naas"] = connection;
        if (replica is not null)
        {
            psi.Environment["ConnectionStrings__NaasReports"] = replica;
            // Tried again 5 s after it failed (30 in service), so that its return is seen within a short run.
            psi.Environment["Reports__ReplicaRetrySeconds"] = "5";
        }
        psi.Environment["Demo__Seed"] = "false";
        psi.Environment["Email__PickupFolder"] = Path.Combine(work, "mail");
        psi.Environment["Storage__Path"] = Path.Combine(work, "files");
        psi.Environment["Logging__LogLevel__Default"] = "Warning";
        // Every candidate of the load generator comes from one address; a test centre's would share one too.
        psi.Environment["SignIn__PerMinutePerAddress"] = "1000000";
        var p = Process.Start(psi)!;
        // Each instance's log (JSON, warnings and errors) is kept where it can be read after the run.
        var log = new StreamWriter(Path.Combine(Path.GetTempPath(), $"naas-faults-instance-{port}.log"))
        {
            AutoFlush = true,
        };
        p.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
                lock (log)
                    log.WriteLine(e.Data);
        };
        p.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
                lock (log)
                    log.WriteLine(e.Data);
        };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        return p;
    }

    static async Task ReadyAsync(string url, Process process)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var i = 0; i < 240; i++)
        {
            if (process.HasExited)
                throw new InvalidOperationException(
                    $"{process.StartInfo.FileName} exited ({process.ExitCode}) before {url} was ready"
                );
            try
            {
                if ((await http.GetAsync(url)).IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }
        throw new InvalidOperationException($"{url} never became ready");
    }

    sealed record Save(Guid Attempt, int Position, string Response, double At, bool Ok, double Ms, string Status);

    static async Task<List<Save>> LoadAsync(
        HttpClient http,
        List<Candidate> candidates,
        Dictionary<Guid, string[]> options,
        TimeSpan duration,
        long start
    )
    {
        // Every candidate saves every 10 s from a random point in the first 10; save k goes to question 1 + k mod 5
        // with option (k / 5) mod 4, so that two saves to one question differ.
        var rng = new Random(17);
        var sends = new List<(double At, Candidate C, int K)>();
        foreach (var c in candidates)
            for (var (at, k) = (rng.NextDouble() * 10, 0); at < duration.TotalSeconds; at += 10, k++)
                sends.Add((at, c, k));
        sends.Sort((a, b) => a.At.CompareTo(b.At));
        var tasks = new List<Task<Save>>(sends.Count);
        foreach (var (at, c, k) in sends)
        {
            var due = start + (long)(at * Stopwatch.Frequency);
            var wait = due - Stopwatch.GetTimestamp();
            if (wait > Stopwatch.Frequency / 1000)
                await Task.Delay(TimeSpan.FromSeconds((double)wait / Stopwatch.Frequency));
            var position = 1 + k % 5;
            var option = k / 5 % 4;
            var text = options[c.Attempt][position - 1].Split('\n')[option];
            tasks.Add(SaveAsync(http, c, position, option, text, at, due));
        }
        return [.. await Task.WhenAll(tasks)];
    }

    static async Task<Save> SaveAsync(
        HttpClient http,
        Candidate c,
        int position,
        int option,
        string text,
        double at,
        long due
    )
    {
        using var req = new HttpRequestMessage(HttpMethod.Post, $"/me/test/{c.Attempt}/{position}/autosave")
        {
            Content = new FormUrlEncodedContent([
                new("o", option.ToString()),
                new("flag", "false"),
                new("__RequestVerificationToken", c.Token!),
            ]),
        };
        req.Headers.Add("Cookie", c.Cookie);
        try
        {
            using var res = await http.SendAsync(req);
            return new(
                c.Attempt,
                position,
                text,
                at,
                res.StatusCode == HttpStatusCode.NoContent,
                Stopwatch.GetElapsedTime(due).TotalMilliseconds,
                ((int)res.StatusCode).ToString()
            );
        }
        catch (Exception e)
        {
            return new(
                c.Attempt,
                position,
                text,
                at,
                false,
                Stopwatch.GetElapsedTime(due).TotalMilliseconds,
                e.GetType().Name
            );
        }
    }

    internal static async Task RunAsync(string file, string[] args)
    {
        var psi = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        if (p.ExitCode != 0)
            throw new InvalidOperationException(
                $"{file} {string.Join(' ', args)} failed ({p.ExitCode}): {await error}{await output}"
            );
    }

    /// <summary>Candidates on any instance see a clock that runs from the stored start: the time a question page
    /// shows is the allowed time less what has passed since the sitting began, within 3 seconds.</summary>
    static async Task<int> ClocksAsync(HttpClient http, List<Candidate> sample, string connection)
    {
        var started = new Dictionary<Guid, (DateTimeOffset At, int Allowed)>();
        await using (var conn = new NpgsqlConnection(connection))
        {
            await conn.OpenAsync();
            await using var reader = await new NpgsqlCommand(
                "SELECT \"Id\", \"StartedAt\", \"AllowedSeconds\" FROM \"KnowledgeAttempts\"",
                conn
            ).ExecuteReaderAsync();
            while (await reader.ReadAsync())
                started[reader.GetGuid(0)] = (reader.GetFieldValue<DateTimeOffset>(1), reader.GetInt32(2));
        }
        var seconds = new Regex("data-seconds=\"(\\d+)\"");
        var wrong = 0;
        foreach (var c in sample)
        {
            // As a candidate would, a page answered 503 (the database out of reach a moment ago) is loaded again.
            Match m = Match.Empty;
            for (var tries = 0; tries < 5 && !m.Success; tries++)
            {
                using var req = new HttpRequestMessage(HttpMethod.Get, $"/me/test/{c.Attempt}/1");
                req.Headers.Add("Cookie", c.Cookie);
                using var res = await http.SendAsync(req);
                m = seconds.Match(await res.Content.ReadAsStringAsync());
                if (!m.Success)
                {
                    Console.WriteLine($"Question page answered {(int)res.StatusCode}; loading it again");
                    await Task.Delay(1000);
                }
            }
            var (at, allowed) = started[c.Attempt];
            var expected = allowed - (DateTimeOffset.UtcNow - at).TotalSeconds;
            if (!m.Success || Math.Abs(int.Parse(m.Groups[1].Value) - expected) > 3)
                wrong++;
        }
        Console.WriteLine(
            $"Clocks checked through HAProxy afterwards: {sample.Count - wrong} of {sample.Count} honest"
        );
        if (wrong > 0)
            Console.Error.WriteLine($"FAIL: {wrong} candidates' clocks are not what their stored start says");
        return wrong > 0 ? 1 : 0;
    }

    internal static double Percentile(List<double> values, double p)
    {
        if (values.Count == 0)
            return double.NaN;
        values.Sort();
        return values[Math.Min(values.Count - 1, (int)(p * values.Count))];
    }

    static async Task<(List<Candidate>, Dictionary<Guid, string[]>)> SetUpAsync(SetupFactory app, int count)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NaasDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var principals = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>();
        var cookie = scope
            .ServiceProvider.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
            .Get(IdentityConstants.ApplicationScheme);
        var practice = await db.KnowledgeBlueprints.SingleAsync(b => b.IsPractice);
        // Single-best-answer questions with four options or more, so that every option number means an answer.
        var form = (
            await db
                .KnowledgeItemVersions.Where(v =>
                    v.Status == Naas.Domain.ItemBank.ItemStatus.Live
                    && v.Type == Naas.Domain.ItemBank.ItemType.SingleBestAnswer
                )
                .OrderBy(v => v.Id)
                .Select(v => new { v.Id, v.Options })
                .ToListAsync()
        )
            .Where(v => KnowledgeItemVersion.Lines(v.Options).Count >= 4)
            .Take(5)
            .ToList();
        if (form.Count < 5)
            throw new InvalidOperationException(
                "The demo bank has fewer than five single-best-answer questions with four options"
            );
        var texts = form.Select(v => string.Join('\n', KnowledgeItemVersion.Lines(v.Options))).ToArray();
        var result = new List<Candidate>(count);
        var options = new Dictionary<Guid, string[]>();
        for (var batch = 0; batch < count; batch += 500)
        {
            var people = Enumerable
                .Range(batch, Math.Min(500, count - batch))
                .Select(i => new SocialWorker
                {
                    GivenName = "Fault",
                    FamilyName = $"Candidate {i}",
                    RegistrationNumber = $"SW{8000000 + i}",
                    Email = $"fault{i}@bench.example",
                })
                .ToList();
            db.SocialWorkers.AddRange(people);
            var attempts = people
                .Select(p => new KnowledgeAttempt
                {
                    SocialWorkerId = p.Id,
                    BlueprintId = practice.Id,
                    ItemVersionIds = [.. form.Select(v => v.Id)],
                    StartedAt = DateTimeOffset.UtcNow,
                    AllowedSeconds = 6 * 3600,
                    PassMark = 3,
                })
                .ToList();
            db.KnowledgeAttempts.AddRange(attempts);
            db.Record(new ArrangedOutsideTheService("Bench", null, "Seeded", $"Fault bench candidates {batch}+"));
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
                var created = await users.CreateAsync(user);
                if (!created.Succeeded)
                    throw new InvalidOperationException(created.Errors.First().Description);
                await users.AddToRoleAsync(user, Roles.SocialWorker);
                result.Add(new Candidate(attempts[i].Id, SignInCookie(cookie, await principals.CreateAsync(user))));
                options[attempts[i].Id] = texts;
            }
        }
        return (result, options);
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
}

/// <summary>A backup taken under load: pg_dump of a snapshot exported from a transaction that stays open until every
/// table's row count and checksum have been read in that same snapshot; afterwards the dump is restored into a fresh
/// cluster and each table compared.</summary>
sealed class Backup
{
    public required string File { get; init; }
    public required Dictionary<string, (long Rows, string Sum)> Tables { get; init; }
    public double Seconds { get; init; }

    public static async Task<Backup> TakeAsync(string connection, string pgbin, string work)
    {
        var sw = Stopwatch.StartNew();
        await using var conn = new NpgsqlConnection(connection);
        await conn.OpenAsync();
        await using var tx = await conn.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead);
        var snapshot = (string)(await new NpgsqlCommand("SELECT pg_export_snapshot()", conn, tx).ExecuteScalarAsync())!;
        var b = new NpgsqlConnectionStringBuilder(connection);
        var file = Path.Combine(work, "backup.dump");
        await FaultsBench.RunAsync(
            Path.Combine(pgbin, "pg_dump"),
            [
                "-h",
                b.Host!,
                "-p",
                b.Port.ToString(),
                "-U",
                b.Username!,
                "-d",
                b.Database!,
                "-Fc",
                "--snapshot",
                snapshot,
                "-f",
                file,
            ]
        );
        var tables = await SumsAsync(conn, tx);
        await tx.CommitAsync();
        return new Backup
        {
            File = file,
            Tables = tables,
            Seconds = sw.Elapsed.TotalSeconds,
        };
    }

    static async Task<Dictionary<string, (long, string)>> SumsAsync(NpgsqlConnection conn, NpgsqlTransaction? tx)
    {
        var names = new List<string>();
        await using (
            var reader = await new NpgsqlCommand(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
                conn,
                tx
            ).ExecuteReaderAsync()
        )
            while (await reader.ReadAsync())
                names.Add(reader.GetString(0));
        var sums = new Dictionary<string, (long, string)>();
        foreach (var name in names)
        {
            await using var reader = await new NpgsqlCommand(
                $"SELECT count(*), coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM \"{name}\" t",
                conn,
                tx
            ).ExecuteReaderAsync();
            await reader.ReadAsync();
            sums[name] = (reader.GetInt64(0), reader.GetString(1));
        }
        return sums;
    }

    public async Task<int> RestoreAndCompareAsync(string pgbin)
    {
        var dir = Directory.CreateTempSubdirectory("naas-restore-");
        await FaultsBench.RunAsync("chown", ["postgres", dir.FullName]);
        var data = Path.Combine(dir.FullName, "data");
        var port = 55445;
        string[] ctl = ["-u", "postgres", "--", Path.Combine(pgbin, "pg_ctl"), "-D", data];
        try
        {
            await FaultsBench.RunAsync(
                "runuser",
                [
                    "-u",
                    "postgres",
                    "--",
                    Path.Combine(pgbin, "initdb"),
                    "-D",
                    data,
                    "-U",
                    "postgres",
                    "--auth=trust",
                    "-E",
                    "UTF8",
                    "--locale=C.UTF-8",
                ]
            );
            await FaultsBench.RunAsync(
                "runuser",
                [
                    .. ctl,
                    "-l",
                    Path.Combine(dir.FullName, "log"),
                    "-w",
                    "-o",
                    $"-p {port} -k {dir.FullName} -c listen_addresses=''",
                    "start",
                ]
            );
            var sw = Stopwatch.StartNew();
            await FaultsBench.RunAsync(
                Path.Combine(pgbin, "createdb"),
                ["-h", dir.FullName, "-p", port.ToString(), "-U", "postgres", "restored"]
            );
            await FaultsBench.RunAsync(
                Path.Combine(pgbin, "pg_restore"),
                ["-h", dir.FullName, "-p", port.ToString(), "-U", "postgres", "-d", "restored", "--exit-on-error", File]
            );
            var restoreSeconds = sw.Elapsed.TotalSeconds;
            Dictionary<string, (long Rows, string Sum)> restored;
            await using (
                var conn = new NpgsqlConnection(
                    $"Host={dir.FullName};Port={port};Username=postgres;Database=restored;Pooling=false"
                )
            )
            {
                await conn.OpenAsync();
                restored = await SumsAsync(conn, null);
            }
            var differ = Tables
                .Keys.Union(restored.Keys)
                .Where(t => !Tables.TryGetValue(t, out var a) || !restored.TryGetValue(t, out var r) || a != r)
                .ToList();
            string[] named =
            [
                "KnowledgeAttempts",
                "KnowledgeAnswers",
                "AuditEvents",
                "Accreditations",
                "ElementMarks",
                "ResultReleases",
            ];
            Console.WriteLine(
                $"Backup under load: {new FileInfo(File).Length / 1024.0 / 1024:0.0} MB in {Seconds:0.0} s, restored into a fresh cluster in {restoreSeconds:0.0} s; "
                    + $"{Tables.Count - differ.Count} of {Tables.Count} tables identical by count and checksum ("
                    + string.Join(", ", named.Where(Tables.ContainsKey).Select(n => $"{n} {Tables[n].Rows:N0}"))
                    + ")"
            );
            foreach (var t in differ)
                Console.Error.WriteLine($"FAIL: table {t} differs after restore");
            return differ.Count > 0 ? 1 : 0;
        }
        finally
        {
            await FaultsBench.RunAsync("runuser", [.. ctl, "-m", "immediate", "stop"]).ContinueWith(_ => { });
            dir.Delete(recursive: true);
        }
    }
}

sealed class Candidate(Guid attempt, string cookie)
{
    public Guid Attempt { get; } = attempt;
    public string Cookie { get; set; } = cookie;
    public string? Token { get; set; }
}

/// <summary>The service in process only to migrate, seed and mint sign-in cookies; it serves no traffic.</summary>
sealed class SetupFactory(string connection) : WebApplicationFactory<global::Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", "Postgres");
        builder.UseSetting("ConnectionStrings:Naas", connection);
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Outbox:Enabled", "false");
        builder.UseSetting("Analysis:Enabled", "false");
        builder.UseSetting("Warmup:Enabled", "false");
        builder.UseSetting("Reminders:Enabled", "false");
        builder.UseSetting("Recordings:RetentionJob", "false");
        builder.UseSetting("Email:PickupFolder", Path.Combine(Path.GetTempPath(), "naas-faults-mail"));
    }
}
