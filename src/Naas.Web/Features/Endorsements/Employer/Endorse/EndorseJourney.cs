using Microsoft.AspNetCore.Mvc;
using Naas.Data;
using Naas.Domain.Workforce;
using Naas.Web.Features.Workforce;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Endorsements.Employer.Endorse;

/// <summary>The endorsement journey's answers so far.</summary>
public sealed class EndorseState
{
    public StatusLevel? Level { get; set; }
    public string? Judgement { get; set; }
    public string? Evidence { get; set; }
    public string? ExceptionReason { get; set; }
}

/// <summary>Shared by the journey's pages: the person (scoped), their view, and the saved answers.</summary>
public abstract class EndorseStep(WorkforceViews workforce, NaasDbContext db, TimeProvider clock) : NaasPage
{
    [FromRoute]
    public Guid Id { get; set; }
    public PersonView? Person { get; private set; }
    public EndorseState State { get; private set; } = new();
    protected NaasDbContext Db => db;
    protected TimeProvider Clock => clock;
    protected WorkforceViews Workforce => workforce;
    private string Kind => $"endorse:{Id}";

    protected async Task<bool> LoadAsync(CancellationToken ct)
    {
        Person = await workforce.PersonAsync(Id, OrganisationId, ct);
        if (Person is null)
            return false;
        State = await db.LoadJourneyAsync<EndorseState>(Kind, UserId, ct) ?? new EndorseState();
        return true;
    }

    protected Task SaveAsync(CancellationToken ct) => db.SaveJourneyAsync(Kind, UserId, State, clock, ct);

    protected Task ClearAsync(CancellationToken ct) => db.ClearJourneyAsync(Kind, UserId, ct);
}
