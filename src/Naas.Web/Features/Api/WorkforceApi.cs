using Microsoft.AspNetCore.Http.HttpResults;
using Naas.Data;
using Naas.Web.Features.Workforce;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Api;

/// <summary>/api/v1/social-workers: the organisation's workforce, read and upserted as the pages do.</summary>
internal static class WorkforceApi
{
    public static RouteGroupBuilder MapWorkforceApi(this RouteGroupBuilder api)
    {
        api.MapGet(
                "/social-workers",
                async (WorkforceViews workforce, NaasDbContext db, CancellationToken ct) =>
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
                    NaasDbContext db,
                    CancellationToken ct
                ) =>
                    await workforce.PersonAsync(id, db.Scope.OrganisationId, ct) is { } view
                        ? TypedResults.Ok(workforce.ToDto(view))
                        : ApiProblems.NotFound("social worker")
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
                        ApiProblems.Add(errors, ApiProblems.Camel(f), m);
                    if (body.Engagement is null)
                        ApiProblems.Add(errors, "engagement", "Enter the engagement at your organisation");
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
                            ApiProblems.Add(errors, "engagement." + ApiProblems.Camel(f), m);
                        var result =
                            errors.Count == 0
                                ? await upserts.UpsertAsync(db.Scope.OrganisationId!.Value, person, job, ct)
                                : null;
                        foreach (var (f, m) in result?.Problems ?? [])
                            ApiProblems.Add(errors, ApiProblems.Camel(f), m);
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
        return api;
    }
}
