using System.Text;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;

namespace Naas.Web.Infrastructure;

public static class Outbox
{
    /// <summary>Queues an email in the same transaction as the change that causes it, so it is never lost and
    /// never sent for a change that was rolled back.</summary>
    public static void Email(this NaasDbContext db, TimeProvider clock, string to, string subject, string body) =>
        db.OutboxMessages.Add(
            new OutboxMessage
            {
                Kind = "email",
                Recipient = to,
                Subject = subject,
                Body = body,
                CreatedAt = clock.GetUtcNow(),
            }
        );

    /// <summary>The email addresses of the organisations' accounts (their employer leads), to tell an employer
    /// something.</summary>
    public static Task<List<string>> OrganisationEmailsAsync(
        this NaasDbContext db,
        IReadOnlyCollection<Guid> organisationIds,
        CancellationToken ct
    ) =>
        db
            .Users.Where(u =>
                u.OrganisationId != null && organisationIds.Contains(u.OrganisationId.Value) && u.Email != null
            )
            .Select(u => u.Email!)
            .ToListAsync(ct);

    /// <summary>The accounts holding a role (reviewers, markers, the programme's administrators), as a query to narrow
    /// further.</summary>
    public static IQueryable<ApplicationUser> UsersInRole(this NaasDbContext db, string role) =>
        db.Users.Where(u =>
            db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role))
        );
}

public interface IEmailDelivery
{
    Task SendAsync(OutboxMessage message, CancellationToken ct);
}

/// <summary>Writes each email as an .eml file to a pickup folder; a deployment points a mail relay (or GOV.UK
/// Notify through another IEmailDelivery) at it.</summary>
public sealed class PickupFolderEmailDelivery(IConfiguration config, IWebHostEnvironment env) : IEmailDelivery
{
    public async Task SendAsync(OutboxMessage m, CancellationToken ct)
    {
        var folder = config["Email:PickupFolder"] is { Length: > 0 } f
            ? f
            : Path.Combine(env.ContentRootPath, "App_Data", "mail");
        Directory.CreateDirectory(folder);
        var eml = new StringBuilder()
            .Append("From: ")
            .Append(config["Email:From"] ?? "no-reply@naas.example")
            .Append("\r\n")
            .Append("To: ")
            .Append(m.Recipient)
            .Append("\r\n")
            .Append("Subject: ")
            .Append(m.Subject)
            .Append("\r\n")
            .Append("Date: ")
            .Append(m.CreatedAt.ToString("r"))
            .Append("\r\n")
            .Append("Content-Type: text/plain; charset=utf-8\r\n\r\n")
            .Append(m.Body)
            .ToString();
        await File.WriteAllTextAsync(Path.Combine(folder, $"{m.Id}.eml"), eml, ct);
    }
}

/// <summary>Delivers queued messages. On PostgreSQL each batch is claimed with FOR UPDATE SKIP LOCKED, so any
/// number of instances can run side by side without sending twice.</summary>
public sealed class OutboxProcessor(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IConfiguration config,
    ILogger<OutboxProcessor> log
) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(config.GetValue("Outbox:IntervalSeconds", 5));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await ProcessBatchAsync(stoppingToken) > 0) { }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                NaasMetrics.JobFailures.Add(1, new KeyValuePair<string, object?>("job", "outbox"));
                log.LogError(e, "Outbox batch failed");
            }
            try
            {
                await Task.Delay(interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public async Task<int> ProcessBatchAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NaasDbContext>();
        var delivery = scope.ServiceProvider.GetRequiredService<IEmailDelivery>();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var batch = db.Database.IsNpgsql()
            ? await db
                .OutboxMessages.FromSqlRaw(
                    "SELECT * FROM \"OutboxMessages\" WHERE \"ProcessedAt\" IS NULL AND \"Attempts\" < 5 ORDER BY \"Id\" LIMIT 20 FOR UPDATE SKIP LOCKED"
                )
                .ToListAsync(ct)
            : await db
                .OutboxMessages.Where(m => m.ProcessedAt == null && m.Attempts < 5)
                .OrderBy(m => m.Id)
                .Take(20)
                .ToListAsync(ct);
        foreach (var m in batch)
        {
            m.Attempts++;
            try
            {
                await delivery.SendAsync(m, ct);
                m.ProcessedAt = clock.GetUtcNow();
                m.LastError = null;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                m.LastError = e.Message;
                NaasMetrics.JobFailures.Add(1, new KeyValuePair<string, object?>("job", "email"));
            }
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        NaasMetrics.JobRuns.Add(batch.Count, new KeyValuePair<string, object?>("job", "email"));
        if (batch.Count < 20)
            NaasMetrics.OutboxDepth(
                await db.OutboxMessages.CountAsync(m => m.ProcessedAt == null && m.Attempts < 5, ct)
            );
        return batch.Count;
    }
}
