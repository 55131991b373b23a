using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Naas.Data;
using Naas.Web.Features;
using Npgsql;

namespace Naas.Web.Tests;

/// <summary>The whole application in process against a fresh PostgreSQL database (from the throwaway cluster
/// that scripts/test.sh starts), with demo data and a fixed clock.</summary>
public class NaasFactory : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    public FakeTimeProvider Clock { get; } = new(Now);
    public string ConnectionString { get; }
    private readonly string _database;
    protected virtual string Provider => "Postgres";

    /// <summary>The start warm-up (StartWarmup) is off in tests but for its own: it would run a rolled-back start in
    /// every test host.</summary>
    protected virtual bool WarmUp => false;

    public NaasFactory()
    {
        var admin =
            Environment.GetEnvironmentVariable("NAAS_TEST_POSTGRES")
            ?? throw new InvalidOperationException(
                "NAAS_TEST_POSTGRES is not set: run the tests with scripts/test.sh, which starts PostgreSQL."
            );
        _database = $"naas_test_{Guid.NewGuid():N}";
        if (Provider == "Postgres")
        {
            using var conn = new NpgsqlConnection(admin);
            conn.Open();
            using var cmd = new NpgsqlCommand($"CREATE DATABASE {_database}", conn);
            cmd.ExecuteNonQuery();
            ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = _database }.ConnectionString;
        }
        else
            ConnectionString = $"Data Source={Path.Combine(Path.GetTempPath(), _database + ".db")}";
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("ConnectionStrings:Naas", ConnectionString);
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Outbox:Enabled", "false");
        builder.UseSetting("Reminders:Enabled", "false");
        builder.UseSetting("Recordings:RetentionJob", "false");
        builder.UseSetting("Analysis:Enabled", "false");
        builder.UseSetting("Warmup:Enabled", WarmUp ? "true" : "false");
        builder.UseSetting("Email:PickupFolder", Path.Combine(Path.GetTempPath(), _database + "-mail"));
        builder.UseSetting("Storage:Path", Path.Combine(Path.GetTempPath(), _database + "-files"));
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>A database context that sees everything, for arranging and asserting.</summary>
    public NaasDbContext Db()
    {
        var scope = Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<NaasDbContext>();
    }

    /// <summary>A client authenticated with a new API key for the named organisation.</summary>
    public async Task<HttpClient> ApiClientAsync(string organisation)
    {
        await using var db = Db();
        var org = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Organisations,
            o => o.Name == organisation
        );
        var (key, prefix, hash) = Naas.Web.Infrastructure.ApiKeys.Create();
        db.ApiCredentials.Add(
            new Naas.Data.Entities.ApiCredential
            {
                OrganisationId = org.Id,
                Name = "hr",
                Prefix = prefix,
                SecretHash = hash,
                CreatedAt = Now,
            }
        );
        await db.SaveChangesAsync();
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Bearer",
            key
        );
        return client;
    }

    public HttpClient Browser() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>What the background analyses would do on their next turn (they are off in tests, so that a test
    /// decides when): queue what is due and run every waiting run. Returns how many ran.</summary>
    public async Task<int> RunAnalysesAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope
            .ServiceProvider.GetRequiredService<Naas.Web.Features.Fairness.Analyses>()
            .RunDueAsync(CancellationToken.None);
    }

    /// <summary>This test's database refusing every connection, as while PostgreSQL restarts or fails over, until the
    /// result is disposed: new connections are refused and open ones ended, and the pools emptied.</summary>
    public async Task<IAsyncDisposable> RefuseConnectionsAsync()
    {
        var admin = new NpgsqlConnection(Environment.GetEnvironmentVariable("NAAS_TEST_POSTGRES"));
        await admin.OpenAsync();
        await new NpgsqlCommand($"ALTER DATABASE {_database} ALLOW_CONNECTIONS false", admin).ExecuteNonQueryAsync();
        await new NpgsqlCommand(
            $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{_database}'",
            admin
        ).ExecuteNonQueryAsync();
        NpgsqlConnection.ClearAllPools();
        return new Reopen(admin, _database);
    }

    private sealed class Reopen(NpgsqlConnection admin, string database) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await new NpgsqlCommand($"ALTER DATABASE {database} ALLOW_CONNECTIONS true", admin).ExecuteNonQueryAsync();
            await admin.DisposeAsync();
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing || Provider != "Postgres")
            return;
        NpgsqlConnection.ClearAllPools();
        using var conn = new NpgsqlConnection(Environment.GetEnvironmentVariable("NAAS_TEST_POSTGRES"));
        conn.Open();
        using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", conn);
        cmd.ExecuteNonQuery();
    }
}

public sealed class SqliteNaasFactory : NaasFactory
{
    protected override string Provider => "Sqlite";
}

public static partial class Http
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    public static async Task<string> TokenAsync(this HttpClient client, string url)
    {
        var html = await client.GetStringAsync(url);
        var m = Token().Match(html);
        Assert.True(m.Success, $"No antiforgery token on {url}");
        return m.Groups[1].Value;
    }

    /// <summary>Posts a form the way a browser without JavaScript would: the page's own token, urlencoded
    /// fields.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client,
        string url,
        IEnumerable<KeyValuePair<string, string>> fields,
        string? tokenFrom = null
    )
    {
        var token = await client.TokenAsync(tokenFrom ?? url);
        var all = fields.Append(new("__RequestVerificationToken", token)).ToList();
        return await client.PostAsync(url, new FormUrlEncodedContent(all));
    }

    public static async Task SignInAsync(
        this HttpClient client,
        string email,
        string password = Naas.Data.Seed.DemoData.Password
    )
    {
        var response = await client.PostFormAsync(
            AccountLinks.SignIn(),
            [new("Input.Email", email), new("Input.Password", password)]
        );
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>The request was refused as a refusal should be: not found, forbidden, unauthorised, a bad request (a
    /// token that is not the caller's), or sent to sign in or access denied. Never a page, and never a server error
    /// (which a bare "not OK" would have let through).</summary>
    public static void AssertRefused(HttpResponseMessage r)
    {
        var ok =
            r.StatusCode
                is HttpStatusCode.NotFound
                    or HttpStatusCode.Forbidden
                    or HttpStatusCode.Unauthorized
                    or HttpStatusCode.BadRequest
            || (
                r.StatusCode == HttpStatusCode.Redirect
                && r.Headers.Location?.OriginalString is { } to
                && (
                    to.Contains(AccountLinks.AccessDenied(), StringComparison.OrdinalIgnoreCase)
                    || to.Contains(AccountLinks.SignIn(), StringComparison.OrdinalIgnoreCase)
                )
            );
        Assert.True(ok, $"Expected a refusal, got {(int)r.StatusCode} {r.Headers.Location}");
    }

    public static IEnumerable<KeyValuePair<string, string>> F(params (string, string)[] fields) =>
        fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2));
}
