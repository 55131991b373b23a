using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Naas.Data;
using Naas.Web.Features.Endorsements;
using Naas.Web.Features.Workforce;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Api;

public sealed record EngagementDto(
    DateOnly Start,
    DateOnly? End,
    string EmploymentType,
    string? AgencyName,
    decimal FullTimeEquivalent,
    string RoleLevel,
    string EntryRoute,
    IReadOnlyList<string> StatutoryFunctions
);

public sealed record EligibilityDto(
    string Outcome,
    DateOnly? EligibleFrom,
    DateOnly? PutForwardBy,
    bool PastPutForwardDeadline,
    string Reason
);

public sealed record SocialWorkerDto(
    Guid Id,
    string GivenName,
    string FamilyName,
    string RegistrationNumber,
    [property: Description(
        "Only for the employer that first recorded them (ADR 0014); null for an employer that linked its own engagement"
    )]
        string? Email,
    DateOnly? QualifiedOn,
    DateOnly? AsyeStartedOn,
    DateOnly? AsyeCompletedOn,
    IReadOnlyList<EngagementDto> Engagements,
    string? StatusRequired,
    string RequirementState,
    EligibilityDto? Eligibility,
    [property: Description("What was sent but deliberately not changed, in words: details another holder keeps")]
        IReadOnlyList<string>? Notices = null
);

public sealed record EndorsementDto(
    Guid Id,
    Guid SocialWorkerId,
    string Status,
    string State,
    string Judgement,
    string Evidence,
    string? ExceptionReason,
    DateTimeOffset EndorsedAt,
    string EndorsedBy,
    DateTimeOffset? RespondedAt,
    DateTimeOffset? WithdrawnAt,
    string? WithdrawalReason
);

public sealed record SocialWorkerRequest(
    [property: Description("First name")] string? GivenName,
    string? FamilyName,
    [property: Description("Social Work England registration number, like SW123456")] string? RegistrationNumber,
    string? Email,
    DateOnly? QualifiedOn,
    DateOnly? AsyeStartedOn,
    DateOnly? AsyeCompletedOn,
    [property: Description(
        "The engagement at the caller's organisation; matched by start date, so sending it again changes nothing"
    )]
        EngagementRequest? Engagement
);

public sealed record EngagementRequest(
    DateOnly? Start,
    DateOnly? End,
    [property: Description("permanent, agency or self-employed")] string? EmploymentType,
    string? AgencyName,
    decimal? FullTimeEquivalent,
    [property: Description("practitioner, supervisor or leader")] string? RoleLevel,
    [property: Description(
        "asye, new-to-role, moved-from-other-social-work, moved-from-outside-england or already-in-post"
    )]
        string? EntryRoute,
    IReadOnlyList<string>? StatutoryFunctions
);

public sealed record EndorseRequest(
    Guid SocialWorkerId,
    [property: Description("practitioner, supervisor or leader")] string? Status,
    string? Judgement,
    string? Evidence,
    [property: Description("Required when the person is not yet eligible")] string? ExceptionReason
);

public sealed record WithdrawRequest(string? Reason);

/// <summary>/api/v1: the workforce and endorsement operations for employers' HR systems, scoped by the
/// organisation that owns the API key exactly as the pages are scoped by the signed-in employer lead.</summary>
public static class ApiEndpoints
{
    public static void MapNaasApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization("Api").WithTags("Workforce and endorsement");

        api.MapGet(
                "/social-workers",
                async (WorkforceViews workforce, WorkforceUpserts upserts, NaasDbContext db, CancellationToken ct) =>
                    (await workforce.OrganisationAsync(db.Scope.OrganisationId!.Value, ct))
                        .Select(workforce.ToDto)
                        .ToList()
            )
            .WithSummary("Everyone with an engagement at your organisation, with eligibility");

        api.MapGet(
                "/social-workers/{id:guid}",
                async Task<Results<Ok<SocialWorkerDto>, ProblemHttpResult>> (
                    Guid id,
                    WorkforceViews workforce,
                    WorkforceUpserts upserts,
                    NaasDbContext db,
                    CancellationToken ct
                ) =>
                    await workforce.PersonAsync(id, db.Scope.OrganisationId, ct) is { } view
                        ? TypedResults.Ok(workforce.ToDto(view))
                        : NotFound("social worker")
            )
            .WithSummary("One social worker in your organisation");

        api.MapPut(
                "/social-workers",
                async Task<Results<Ok<SocialWorkerDto>, ValidationProblem, ProblemHttpResult>> (
                    SocialWorkerRequest body,
                    WorkforceViews workforce,
                    WorkforceUpserts upserts,
                    NaasDbContext db,
                    TimeProvider clock,
                    CancellationToken ct
                ) =>
                {
                    var person = new PersonInput
                    {
                        GivenName = body.GivenName,
                        FamilyName = body.FamilyName,
                        RegistrationNumber = body.RegistrationNumber,
                        Email = body.Email,
                        QualifiedOn = body.QualifiedOn,
                        AsyeStartedOn = body.AsyeStartedOn,
                        AsyeCompletedOn = body.AsyeCompletedOn,
                    };
                    var errors = new Dictionary<string, List<string>>();
                    foreach (var (f, m) in person.Validate(clock.Today()))
                        Add(errors, Camel(f), m);
                    if (body.Engagement is null)
                        Add(errors, "engagement", "Enter the engagement at your organisation");
                    else
                    {
                        var e = body.Engagement;
                        var job = new EngagementInput
                        {
                            Start = e.Start,
                            End = e.End,
                            AgencyName = e.AgencyName,
                            FullTimeEquivalent = e.FullTimeEquivalent,
                            EmploymentType = Parse.Employment(e.EmploymentType),
                            RoleLevel = Parse.Level(e.RoleLevel),
                            EntryRoute = Parse.Route(e.EntryRoute),
                            FunctionCodes = e.StatutoryFunctions?.ToList() ?? [],
                        };
                        foreach (
                            var (f, m) in job.Validate(
                                await upserts.FunctionCodesAsync(ct),
                                (await upserts.AgenciesAsync(ct)).Keys.ToHashSet(StringComparer.OrdinalIgnoreCase),
                                clock.Today()
                            )
                        )
                            Add(errors, "engagement." + Camel(f), m);
                        var result =
                            errors.Count == 0
                                ? await upserts.UpsertAsync(db.Scope.OrganisationId!.Value, person, job, ct)
                                : null;
                        foreach (var (f, m) in result?.Problems ?? [])
                            Add(errors, Camel(f), m);
                        if (errors.Count == 0)
                        {
                            await db.SaveChangesAsync(ct);
                            var saved = db.SocialWorkers.Local.Single(p =>
                                p.RegistrationNumber == person.RegistrationNumber
                            );
                            db.ChangeTracker.Clear();
                            return TypedResults.Ok(
                                workforce.ToDto(
                                    (await workforce.PersonAsync(saved.Id, db.Scope.OrganisationId, ct))!
                                ) with
                                {
                                    Notices = result!.Kept,
                                }
                            );
                        }
                    }
                    return TypedResults.ValidationProblem(errors.ToDictionary(k => k.Key, v => v.Value.ToArray()));
                }
            )
            .WithSummary("Add or update a social worker and their engagement at your organisation (idempotent)");

        api.MapGet(
                "/endorsements",
                async (NaasDbContext db, CancellationToken ct) =>
                    (
                        await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
                            db.Endorsements.Where(e => e.OrganisationId == db.Scope.OrganisationId)
                                .OrderByDescending(e => e.EndorsedAt),
                            ct
                        )
                    )
                        .Select(ToDto)
                        .ToList()
            )
            .WithSummary("Your organisation's endorsements");

        api.MapGet(
                "/endorsements/{id:guid}",
                async Task<Results<Ok<EndorsementDto>, ProblemHttpResult>> (
                    Guid id,
                    NaasDbContext db,
                    CancellationToken ct
                ) =>
                    await db.Endorsements.FindAsync([id], ct) is { } e && e.OrganisationId == db.Scope.OrganisationId
                        ? TypedResults.Ok(ToDto(e))
                        : NotFound("endorsement")
            )
            .WithSummary("One endorsement");

        api.MapPost(
                "/endorsements",
                async Task<Results<Created<EndorsementDto>, ValidationProblem, ProblemHttpResult>> (
                    EndorseRequest body,
                    EndorsementService endorsements,
                    CancellationToken ct
                ) =>
                {
                    if (Parse.Level(body.Status) is not { } level)
                        return TypedResults.ValidationProblem(
                            new Dictionary<string, string[]>
                            {
                                ["status"] = ["Status must be practitioner, supervisor or leader"],
                            }
                        );
                    var outcome = await endorsements.EndorseAsync(
                        body.SocialWorkerId,
                        level,
                        body.Judgement,
                        body.Evidence,
                        body.ExceptionReason,
                        ct
                    );
                    if (outcome.NotFound)
                        return NotFound("social worker");
                    if (!outcome.Succeeded)
                        return Problems(outcome);
                    return TypedResults.Created(
                        ApiLinks.Endorsement(outcome.Endorsement!.Id),
                        ToDto(outcome.Endorsement)
                    );
                }
            )
            .WithSummary("Endorse a social worker; they are emailed and must agree before the endorsement stands");

        api.MapPost(
                "/endorsements/{id:guid}/withdraw",
                async Task<Results<Ok<EndorsementDto>, ValidationProblem, ProblemHttpResult>> (
                    Guid id,
                    WithdrawRequest body,
                    EndorsementService endorsements,
                    CancellationToken ct
                ) =>
                {
                    var outcome = await endorsements.WithdrawAsync(id, body.Reason, ct);
                    if (outcome.NotFound)
                        return NotFound("endorsement");
                    if (!outcome.Succeeded)
                        return Problems(outcome);
                    return TypedResults.Ok(ToDto(outcome.Endorsement!));
                }
            )
            .WithSummary("Withdraw an endorsement before assessment, with the reason");
    }

    private static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem(
            title: $"No such {what}",
            detail: $"There is no {what} with that id in your organisation.",
            statusCode: 404
        );

    private static ValidationProblem Problems(EndorsementOutcome o) =>
        TypedResults.ValidationProblem(
            o.Problems.GroupBy(p => p.Field.Length == 0 ? "endorsement" : Camel(p.Field))
                .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray())
        );

    private static void Add(Dictionary<string, List<string>> errors, string key, string message)
    {
        if (!errors.TryGetValue(key, out var list))
            errors[key] = list = [];
        list.Add(message);
    }

    private static string Camel(string s) => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..];

    private static EndorsementDto ToDto(Data.Entities.Endorsement e) =>
        new(
            e.Id,
            e.SocialWorkerId,
            e.Level.Code(),
            e.State.ToString(),
            e.Judgement,
            e.Evidence,
            e.ExceptionReason,
            e.EndorsedAt,
            e.EndorsedBy,
            e.RespondedAt,
            e.WithdrawnAt,
            e.WithdrawalReason
        );
}
