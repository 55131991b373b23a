using Microsoft.AspNetCore.Http.HttpResults;
using Naas.Data;
using Naas.Web.Features.Endorsements;
using Naas.Web.Features.Workforce;

namespace Naas.Web.Features.Api;

/// <summary>/api/v1/endorsements: endorsing and withdrawing, through the same service as the pages.</summary>
internal static class EndorsementApi
{
    public static RouteGroupBuilder MapEndorsementApi(this RouteGroupBuilder api)
    {
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
                        : ApiProblems.NotFound("endorsement")
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
                        return ApiProblems.NotFound("social worker");
                    if (!outcome.Succeeded)
                        return ApiProblems.Problems(outcome);
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
                        return ApiProblems.NotFound("endorsement");
                    if (!outcome.Succeeded)
                        return ApiProblems.Problems(outcome);
                    return TypedResults.Ok(ToDto(outcome.Endorsement!));
                }
            )
            .WithSummary("Withdraw an endorsement before assessment, with the reason");
        return api;
    }

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
