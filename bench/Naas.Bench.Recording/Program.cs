using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Domain.Workforce;
using Naas.Web.Features;

namespace Naas.Bench.Recording;

// A simulation's recording (issue 15: "a 2 GB recording uploaded and played back with the service's memory flat
// (report its peak)"). The service in process on its embedded SQLite default, the centre's page protocol (8MB parts,
// PATCH with Upload-Offset), then the whole file played back through range requests of 8MB as a player fetches it.
// The parts are generated as they are sent, so the client holds one part at a time; the process's peak working set
// and managed heap are sampled every 50 ms and reported against what they were before the upload. Reference, in the
// same run: writing the same bytes to a file and reading them back with a FileStream, for the time ratio.
public static partial class RecordingBench
{
    private const int Part = 8 * 1024 * 1024;

    public static async Task Main(string[] args)
    {
        var gigabytes = double.Parse(args.FirstOrDefault() ?? "2", System.Globalization.CultureInfo.InvariantCulture);
        var length = (long)(gigabytes * 1024 * 1024 * 1024);
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Naas.slnx")))
            root = root.Parent;
        Environment.SetEnvironmentVariable(
            "ASPNETCORE_TEST_CONTENTROOT_NAAS_WEB",
            Path.Combine(root!.FullName, "src", "Naas.Web")
        );
        var work = Path.Combine(Path.GetTempPath(), $"naas-bench-recording-{Guid.NewGuid():N}");
        Directory.CreateDirectory(work);
        try
        {
            await using var app = new BenchFactory(work);
            var client = app.CreateClient(
                new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }
            );
            client.Timeout = TimeSpan.FromMinutes(30);
            var session = await PlayedSessionAsync(app);
            await SignInAsync(client, DemoData.InvigilatorEmail);
            var token = await TokenAsync(client, RecordingsLinks.CentreSession(session));

            GC.Collect();
            var process = Process.GetCurrentProcess();
            process.Refresh();
            var before = (process.WorkingSet64, GC.GetTotalMemory(true));
            long peakSet = 0,
                peakHeap = 0;
            using var sampling = new CancellationTokenSource();
            var sampler = Task.Run(async () =>
            {
                while (!sampling.IsCancellationRequested)
                {
                    process.Refresh();
                    peakSet = Math.Max(peakSet, process.WorkingSet64);
                    peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false));
                    await Task.Delay(50);
                }
            });

            var upload = Stopwatch.StartNew();
            var start = await client.PostAsync(
                RecordingsLinks.CentreStart(session),
                new FormUrlEncodedContent(
                    new Dictionary<string, string>
                    {
                        ["FileName"] = "simulation.mp4",
                        ["Bytes"] = length.ToString(),
                        ["__RequestVerificationToken"] = token,
                    }
                )
            );
            var address = JsonDocument
                .Parse(await start.Content.ReadAsStringAsync())
                .RootElement.GetProperty("upload")
                .GetString()!;
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[Part];
            string? received = null;
            for (long offset = 0; offset < length; offset += Part)
            {
                var n = (int)Math.Min(Part, length - offset);
                Fill(buffer.AsSpan(0, n), offset);
                sha.AppendData(buffer, 0, n);
                var request = new HttpRequestMessage(HttpMethod.Patch, address)
                {
                    Content = new ByteArrayContent(buffer, 0, n),
                };
                request.Headers.Add("Upload-Offset", offset.ToString());
                request.Headers.Add("RequestVerificationToken", token);
                var r = await client.SendAsync(request);
                if (!r.IsSuccessStatusCode)
                    throw new InvalidOperationException($"Part at {offset}: {r.StatusCode}");
                if (offset + n == length)
                    received = JsonDocument
                        .Parse(await r.Content.ReadAsStringAsync())
                        .RootElement.GetProperty("sha256")
                        .GetString();
            }
            upload.Stop();
            var expected = Convert.ToHexStringLower(sha.GetHashAndReset());
            if (received != expected)
                throw new InvalidOperationException($"The service's SHA-256 {received} is not {expected}");
            var uploadPeak = (peakSet, peakHeap);

            // Played back as a player fetches it: range after range.
            Guid recording;
            using (var scope = app.Services.CreateScope())
                recording = await scope
                    .ServiceProvider.GetRequiredService<NaasDbContext>()
                    .SimulationRecordings.IgnoreQueryFilters()
                    .Where(r => r.SessionId == session)
                    .Select(r => r.Id)
                    .SingleAsync();
            var admin = app.CreateClient(
                new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }
            );
            admin.Timeout = TimeSpan.FromMinutes(30);
            await SignInAsync(admin, DemoData.AdminEmail);
            var play = Stopwatch.StartNew();
            long played = 0;
            while (played < length)
            {
                var request = new HttpRequestMessage(HttpMethod.Get, RecordingsLinks.Watch(recording));
                request.Headers.Range = new RangeHeaderValue(played, Math.Min(length, played + Part) - 1);
                using var r = await admin.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
                if (r.StatusCode != HttpStatusCode.PartialContent)
                    throw new InvalidOperationException($"Range at {played}: {r.StatusCode}");
                await using var body = await r.Content.ReadAsStreamAsync();
                int read;
                while ((read = await body.ReadAsync(buffer)) > 0)
                    played += read;
            }
            play.Stop();
            await sampling.CancelAsync();
            await sampler;

            // Reference: the same bytes written to a file and read back.
            var reference = Stopwatch.StartNew();
            var file = Path.Combine(work, "reference.bin");
            await using (var f = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None, 81920, true))
                for (long offset = 0; offset < length; offset += Part)
                {
                    var n = (int)Math.Min(Part, length - offset);
                    Fill(buffer.AsSpan(0, n), offset);
                    await f.WriteAsync(buffer.AsMemory(0, n));
                    f.Flush(flushToDisk: true);
                }
            await using (var f = File.OpenRead(file))
                while (await f.ReadAsync(buffer) > 0) { }
            reference.Stop();

            static string Mb(long b) => $"{b / 1024.0 / 1024.0:0} MB";
            Console.WriteLine(
                "| recording | upload (8MB parts) | playback (8MB ranges) | reference (write, fsync per 8MB, read) | ratio (upload + playback ÷ reference) | working set before → peak during upload → peak overall | managed heap before → peak |"
            );
            Console.WriteLine("|---|---|---|---|---|---|---|");
            Console.WriteLine(
                $"| {gigabytes:0.##} GB | {upload.Elapsed.TotalSeconds:0.0} s | {play.Elapsed.TotalSeconds:0.0} s | {reference.Elapsed.TotalSeconds:0.0} s | {(upload.Elapsed + play.Elapsed) / reference.Elapsed:0.0}× | {Mb(before.WorkingSet64)} → {Mb(uploadPeak.peakSet)} → {Mb(peakSet)} | {Mb(before.Item2)} → {Mb(peakHeap)} |"
            );
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>Bytes that depend on their position, with an MP4's first bytes, so that every part differs.</summary>
    private static void Fill(Span<byte> part, long offset)
    {
        for (var i = 0; i < part.Length; i++)
            part[i] = (byte)((offset + i) * 31 % 251);
        if (offset == 0)
        {
            new byte[] { 0, 0, 0, 0x18 }.CopyTo(part);
            "ftypisom"u8.CopyTo(part[4..]);
        }
    }

    private static async Task<Guid> PlayedSessionAsync(BenchFactory app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NaasDbContext>();
        var person = await db.SocialWorkers.IgnoreQueryFilters().FirstAsync(p => p.Email == DemoData.SocialWorkerEmail);
        var version = await db.ScenarioVersions.Where(v => v.Scenario!.Reference == "S-00001").SingleAsync();
        var coordinator = await db
            .Users.Where(u => u.Email == DemoData.InvigilatorEmail)
            .Select(u => u.Id)
            .SingleAsync();
        var day = new AssessmentDay
        {
            Date = DateOnly.FromDateTime(DateTime.UtcNow),
            For = StatusLevel.Practitioner,
            CoordinatorUserIds = [coordinator],
        };
        var session = new SimulationSession
        {
            DayId = day.Id,
            StartsAt = DateTimeOffset.UtcNow.AddHours(-1),
            Minutes = 40,
            ScenarioVersionId = version.Id,
            SocialWorkerId = person.Id,
        };
        db.AssessmentDays.Add(day);
        db.SimulationSessions.Add(session);
        db.Record(new ArrangedOutsideTheService("SimulationSession", session.Id, "Arranged", "Recording benchmark"));
        await db.SaveChangesAsync();
        return session.Id;
    }

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

sealed class BenchFactory(string work) : WebApplicationFactory<global::Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Naas", $"Data Source={Path.Combine(work, "naas.db")}");
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Outbox:Enabled", "false");
        builder.UseSetting("Reminders:Enabled", "false");
        builder.UseSetting("Recordings:RetentionJob", "false");
        builder.UseSetting("Storage:Path", Path.Combine(work, "files"));
        builder.UseSetting("Email:PickupFolder", Path.Combine(work, "mail"));
    }
}
