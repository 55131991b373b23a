using System.Globalization;
using Naas.Domain.Workforce;

namespace Naas.Domain.Eligibility;

/// <summary>When someone may be put forward for assessment (¶58–69). Pure: takes the engagements and today's
/// date, returns the decision with its reason in plain words.</summary>
public static class EligibilityRule
{
    private const int HorizonYears = 30;

    public static EligibilityDecision Decide(EligibilityQuestion q, EligibilityPolicy policy)
    {
        var here = q.Engagements.Where(e => e.OrganisationId == q.OrganisationId).OrderBy(e => e.Start).ToList();
        var current = here.LastOrDefault(e => e.Start <= q.Today && (e.End is null || e.End >= q.Today));
        if (current is null)
        {
            var future = here.FirstOrDefault(e => e.Start > q.Today);
            return future is null
                ? new(
                    EligibilityOutcome.NotEligible,
                    null,
                    null,
                    $"{q.PersonName} is not in post with this organisation, so it cannot put them forward."
                )
                : new(
                    EligibilityOutcome.NotYetEligible,
                    null,
                    null,
                    $"{q.PersonName} starts with this organisation on {Date(future.Start)}; nobody is accredited before taking up post (¶67)."
                );
        }

        if (current.RoleLevel < q.Status)
            return new(
                EligibilityOutcome.NotEligible,
                null,
                null,
                $"{q.PersonName} works here as a {current.RoleLevel.Name()}; {q.Status.Name()} status is for people in that role."
            );

        var run = ContinuousRun(here, current);
        return current.EntryRoute switch
        {
            EntryRoute.Asye => TimeServed(
                q,
                run,
                current,
                policy.AsyeMonthsWithSameEmployer,
                inRoleOnly: false,
                putForwardBy: q.AsyeCompleted?.AddMonths(policy.AsyePutForwardWithinMonthsOfCompletion),
                rule: $"Newly qualified social workers need {Months(policy.AsyeMonthsWithSameEmployer)} of full-time continuous employment with the same employer, including their ASYE, before assessment (¶61)."
            ),
            EntryRoute.NewToRole => TimeServed(
                q,
                run,
                current,
                current.RoleLevel == StatusLevel.Leader
                    ? policy.NewLeaderMonthsInRole
                    : policy.NewSupervisorMonthsInRole,
                inRoleOnly: true,
                putForwardBy: null,
                rule: $"New {current.RoleLevel.Name()}s need {Months(current.RoleLevel == StatusLevel.Leader ? policy.NewLeaderMonthsInRole : policy.NewSupervisorMonthsInRole)} of full-time continuous employment in the role with the same employer before assessment (¶62)."
            ),
            EntryRoute.MovedFromOtherSocialWork => InPostWithDeadline(
                q,
                run[0].Start,
                policy.MovedFromOtherSocialWorkPutForwardMonths(current.RoleLevel),
                "Social workers moving into child and family statutory work from other social work can be put forward once their employer judges they are ready"
            ),
            EntryRoute.MovedFromOutsideEngland => InPostWithDeadline(
                q,
                run[0].Start,
                policy.MovedFromOutsideEnglandPutForwardMonths(current.RoleLevel),
                "Social workers moving from outside England can be put forward once they have taken up post"
            ),
            EntryRoute.AlreadyInPost => new(
                EligibilityOutcome.Eligible,
                run[0].Start,
                null,
                $"{q.PersonName} was already in post when assessment came to this employer, so they can be put forward now."
            ),
            _ => throw new ArgumentOutOfRangeException(nameof(q), current.EntryRoute, "Unknown entry route"),
        };
    }

    /// <summary>The engagements with this employer that run without a break up to the current one. A break in
    /// employment restarts the clock; so does a change of employer, because only this employer's engagements
    /// are considered.</summary>
    private static List<EngagementPeriod> ContinuousRun(List<EngagementPeriod> here, EngagementPeriod current)
    {
        var run = new List<EngagementPeriod> { current };
        var start = current.Start;
        foreach (var e in here.Where(e => e != current && e.Start < current.Start).OrderByDescending(e => e.Start))
        {
            if (e.End is { } end && end.AddDays(1) < start)
                break;
            run.Insert(0, e);
            if (e.Start < start)
                start = e.Start;
        }
        return run;
    }

    private static EligibilityDecision TimeServed(
        EligibilityQuestion q,
        List<EngagementPeriod> run,
        EngagementPeriod current,
        int months,
        bool inRoleOnly,
        DateOnly? putForwardBy,
        string rule
    )
    {
        var counted = inRoleOnly ? TrailingInRole(run, current.RoleLevel) : run;
        var from = counted[0].Start;
        // "12 months full time" measured in full-time days from when the clock started; part-time counts pro rata.
        decimal required = from.AddMonths(months).DayNumber - from.DayNumber;
        decimal accrued = 0;
        var partTime = counted.Any(e => e.FullTimeEquivalent < 1m);
        for (var day = from; day.Year < from.Year + HorizonYears; day = day.AddDays(1))
        {
            var on = counted.LastOrDefault(e => e.Start <= day && (e.End is null || e.End >= day));
            if (on is null)
            {
                if (day > q.Today)
                    break; // the current engagement ends before the time is served
                continue;
            }
            accrued += on.FullTimeEquivalent;
            if (accrued >= required)
            {
                var eligibleFrom = day.AddDays(1);
                var deadline = putForwardBy is { } by && by < eligibleFrom ? eligibleFrom : putForwardBy;
                var served =
                    $"{q.PersonName} has worked here continuously since {Date(from)}"
                    + (partTime ? ", part of that time part-time, which counts pro rata" : "");
                return eligibleFrom <= q.Today
                    ? new(
                        EligibilityOutcome.Eligible,
                        eligibleFrom,
                        deadline,
                        $"{rule} {served}, so they have been eligible since {Date(eligibleFrom)}."
                    )
                    : new(
                        EligibilityOutcome.NotYetEligible,
                        eligibleFrom,
                        deadline,
                        $"{rule} {served}, so they will be eligible on {Date(eligibleFrom)} if they stay in post"
                            + (
                                partTime
                                    ? $" at {current.FullTimeEquivalent.ToString("0.##", CultureInfo.InvariantCulture)} full-time equivalent."
                                    : "."
                            )
                    );
            }
        }
        return new(
            EligibilityOutcome.NotYetEligible,
            null,
            putForwardBy,
            $"{rule} {q.PersonName}'s engagement here ends on {Date(current.End!.Value)}, before they would have served that time."
        );
    }

    /// <summary>For new supervisors and leaders only the time in the role counts: the trailing engagements in the
    /// run at the current role level.</summary>
    private static List<EngagementPeriod> TrailingInRole(List<EngagementPeriod> run, StatusLevel level)
    {
        var inRole = new List<EngagementPeriod>();
        for (var i = run.Count - 1; i >= 0 && run[i].RoleLevel == level; i--)
            inRole.Insert(0, run[i]);
        return inRole;
    }

    private static EligibilityDecision InPostWithDeadline(
        EligibilityQuestion q,
        DateOnly startedHere,
        int months,
        string rule
    )
    {
        var by = startedHere.AddMonths(months);
        var late = q.Today > by ? $" That date has passed." : "";
        return new(
            EligibilityOutcome.Eligible,
            startedHere,
            by,
            $"{rule}, and within {Months(months)} of starting. {q.PersonName} started here on {Date(startedHere)}, so they should be put forward by {Date(by)}.{late}"
        );
    }

    public static string Date(DateOnly d) => d.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    private static string Months(int m) => m == 1 ? "1 month" : $"{m} months";
}
