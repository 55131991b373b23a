using Naas.Domain.Eligibility;
using Naas.Domain.Workforce;

namespace Naas.Domain.Tests;

public class EligibilityRuleTests
{
    private static readonly Guid Council = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid OtherCouncil = Guid.Parse("00000000-0000-0000-0000-00000000000b");
    private static readonly EligibilityPolicy Policy = EligibilityPolicy.Default;

    private static DateOnly D(string s) => DateOnly.Parse(s);

    private static EngagementPeriod Job(
        string start,
        string? end = null,
        decimal fte = 1m,
        StatusLevel role = StatusLevel.Practitioner,
        EntryRoute route = EntryRoute.Asye,
        Guid? org = null,
        EmploymentType type = EmploymentType.Permanent
    ) => new(org ?? Council, D(start), end is null ? null : D(end), fte, role, route, type);

    private static EligibilityDecision Decide(
        string today,
        StatusLevel status,
        DateOnly? asyeCompleted,
        EligibilityPolicy? policy = null,
        params EngagementPeriod[] jobs
    ) =>
        EligibilityRule.Decide(
            new EligibilityQuestion("Sam", status, Council, jobs, asyeCompleted, D(today)),
            policy ?? Policy
        );

    [Fact]
    public void Asye_needs_twelve_months_full_time_with_the_same_employer_para61()
    {
        var before = Decide("2026-02-28", StatusLevel.Practitioner, null, null, Job("2025-03-01"));
        Assert.Equal(EligibilityOutcome.NotYetEligible, before.Outcome);
        Assert.Equal(D("2026-03-01"), before.EligibleFrom);
        Assert.Contains("will be eligible on 1 March 2026", before.Reason);

        var on = Decide("2026-03-01", StatusLevel.Practitioner, null, null, Job("2025-03-01"));
        Assert.Equal(EligibilityOutcome.Eligible, on.Outcome);
        Assert.Contains("12 months", on.Reason);
    }

    [Fact]
    public void Asye_should_be_put_forward_within_a_year_of_completing_the_asye_para61()
    {
        var d = Decide("2026-09-01", StatusLevel.Practitioner, D("2026-03-01"), null, Job("2025-03-01"));
        Assert.Equal(D("2027-03-01"), d.PutForwardBy);
        Assert.False(d.IsPastPutForwardDeadline(D("2027-03-01")));
        Assert.True(d.IsPastPutForwardDeadline(D("2027-03-02")));
    }

    [Fact]
    public void Part_time_counts_pro_rata_towards_twelve_months_full_time()
    {
        // Half time from 1 March 2025: 12 months full time takes about 24 months.
        var d = Decide("2026-03-01", StatusLevel.Practitioner, null, null, Job("2025-03-01", fte: 0.5m));
        Assert.Equal(EligibilityOutcome.NotYetEligible, d.Outcome);
        Assert.Equal(D("2027-03-01"), d.EligibleFrom);
        Assert.Contains("pro rata", d.Reason);
    }

    [Fact]
    public void Part_time_then_full_time_adds_up_pro_rata()
    {
        // Six months at 0.5 (about 91.5 full-time days), then full time from 1 Sep 2025.
        var d = Decide(
            "2026-01-01",
            StatusLevel.Practitioner,
            null,
            null,
            Job("2025-03-01", "2025-08-31", fte: 0.5m),
            Job("2025-09-01")
        );
        Assert.Equal(EligibilityOutcome.NotYetEligible, d.Outcome);
        Assert.InRange(d.EligibleFrom!.Value, D("2026-05-28"), D("2026-06-02"));
    }

    [Fact]
    public void A_break_in_employment_restarts_the_clock()
    {
        var d = Decide(
            "2026-03-15",
            StatusLevel.Practitioner,
            null,
            null,
            Job("2025-01-01", "2025-09-30"),
            Job("2025-10-15")
        );
        Assert.Equal(EligibilityOutcome.NotYetEligible, d.Outcome);
        Assert.Equal(D("2026-10-15"), d.EligibleFrom);
        Assert.Contains("since 15 October 2025", d.Reason);
    }

    [Fact]
    public void Back_to_back_engagements_with_the_same_employer_are_continuous()
    {
        var d = Decide(
            "2026-01-01",
            StatusLevel.Practitioner,
            null,
            null,
            Job("2025-01-01", "2025-06-30"),
            Job("2025-07-01")
        );
        Assert.Equal(EligibilityOutcome.Eligible, d.Outcome);
        Assert.Equal(D("2026-01-01"), d.EligibleFrom);
    }

    [Fact]
    public void A_change_of_employer_restarts_the_clock()
    {
        var d = Decide(
            "2026-03-15",
            StatusLevel.Practitioner,
            null,
            null,
            Job("2024-01-01", "2025-12-31", org: OtherCouncil),
            Job("2026-01-01")
        );
        Assert.Equal(EligibilityOutcome.NotYetEligible, d.Outcome);
        Assert.Equal(D("2027-01-01"), d.EligibleFrom);
    }

    [Fact]
    public void New_practice_supervisor_needs_twelve_months_in_the_role_para62()
    {
        // Five years as a practitioner, then promoted: only the supervisor time counts.
        var d = Decide(
            "2026-06-01",
            StatusLevel.Supervisor,
            null,
            null,
            Job("2020-01-01", "2025-12-31", route: EntryRoute.AlreadyInPost),
            Job("2026-01-01", role: StatusLevel.Supervisor, route: EntryRoute.NewToRole)
        );
        Assert.Equal(EligibilityOutcome.NotYetEligible, d.Outcome);
        Assert.Equal(D("2027-01-01"), d.EligibleFrom);
        Assert.Contains("practice supervisors", d.Reason);
    }

    [Fact]
    public void New_practice_leader_needs_the_leader_setting_para62()
    {
        var policy = Policy.With(EligibilityPolicy.Keys.NewLeaderMonths, 6);
        var d = Decide(
            "2026-07-01",
            StatusLevel.Leader,
            null,
            policy,
            Job("2026-01-01", role: StatusLevel.Leader, route: EntryRoute.NewToRole)
        );
        Assert.Equal(EligibilityOutcome.Eligible, d.Outcome);
        Assert.Equal(D("2026-07-01"), d.EligibleFrom);
    }

    [Fact]
    public void Moving_from_other_social_work_is_eligible_in_post_with_a_put_forward_deadline_para66()
    {
        var d = Decide(
            "2026-02-01",
            StatusLevel.Practitioner,
            null,
            null,
            Job("2026-01-10", route: EntryRoute.MovedFromOtherSocialWork)
        );
        Assert.Equal(EligibilityOutcome.Eligible, d.Outcome);
        Assert.Equal(D("2027-01-10"), d.PutForwardBy);

        var six = Decide(
            "2026-08-01",
            StatusLevel.Practitioner,
            null,
            Policy.With(EligibilityPolicy.Keys.OtherSocialWork(StatusLevel.Practitioner), 6),
            Job("2026-01-10", route: EntryRoute.MovedFromOtherSocialWork)
        );
        Assert.Equal(D("2026-07-10"), six.PutForwardBy);
        Assert.True(six.IsPastPutForwardDeadline(D("2026-08-01")));
        Assert.Contains("has passed", six.Reason);
    }

    [Fact]
    public void Put_forward_windows_are_set_per_status_as_question_5_asks()
    {
        var policy = Policy.With(EligibilityPolicy.Keys.OtherSocialWork(StatusLevel.Supervisor), 6);
        var supervisor = Decide(
            "2026-02-01",
            StatusLevel.Supervisor,
            null,
            policy,
            Job("2026-01-10", role: StatusLevel.Supervisor, route: EntryRoute.MovedFromOtherSocialWork)
        );
        Assert.Equal(D("2026-07-10"), supervisor.PutForwardBy);
        var practitioner = Decide(
            "2026-02-01",
            StatusLevel.Practitioner,
            null,
            policy,
            Job("2026-01-10", route: EntryRoute.MovedFromOtherSocialWork)
        );
        Assert.Equal(D("2027-01-10"), practitioner.PutForwardBy);
    }

    [Fact]
    public void Moving_from_outside_england_no_accreditation_before_taking_up_post_para67()
    {
        var before = Decide(
            "2026-01-01",
            StatusLevel.Practitioner,
            null,
            null,
            Job("2026-02-01", route: EntryRoute.MovedFromOutsideEngland)
        );
        Assert.Equal(EligibilityOutcome.NotYetEligible, before.Outcome);
        Assert.Contains("before taking up post", before.Reason);

        var after = Decide(
            "2026-02-02",
            StatusLevel.Practitioner,
            null,
            Policy.With(EligibilityPolicy.Keys.OutsideEngland(StatusLevel.Practitioner), 6),
            Job("2026-02-01", route: EntryRoute.MovedFromOutsideEngland)
        );
        Assert.Equal(EligibilityOutcome.Eligible, after.Outcome);
        Assert.Equal(D("2026-08-01"), after.PutForwardBy);
    }

    [Fact]
    public void Already_in_post_is_eligible_now_without_a_deadline()
    {
        var d = Decide(
            "2026-02-02",
            StatusLevel.Practitioner,
            null,
            null,
            Job("2010-02-01", route: EntryRoute.AlreadyInPost)
        );
        Assert.Equal(EligibilityOutcome.Eligible, d.Outcome);
        Assert.Null(d.PutForwardBy);
    }

    [Fact]
    public void Someone_not_in_post_here_cannot_be_put_forward_by_this_employer()
    {
        var d = Decide("2026-02-02", StatusLevel.Practitioner, null, null, Job("2020-01-01", "2025-12-31"));
        Assert.Equal(EligibilityOutcome.NotEligible, d.Outcome);
        var elsewhere = Decide(
            "2026-02-02",
            StatusLevel.Practitioner,
            null,
            null,
            Job("2020-01-01", org: OtherCouncil)
        );
        Assert.Equal(EligibilityOutcome.NotEligible, elsewhere.Outcome);
    }

    [Fact]
    public void A_status_above_the_persons_role_is_not_eligible()
    {
        var d = Decide(
            "2026-02-02",
            StatusLevel.Supervisor,
            null,
            null,
            Job("2010-02-01", route: EntryRoute.AlreadyInPost)
        );
        Assert.Equal(EligibilityOutcome.NotEligible, d.Outcome);
        Assert.Contains("practice supervisor status is for people in that role", d.Reason);
    }

    [Fact]
    public void Agency_worker_time_counts_with_the_organisation_holding_the_statutory_functions_para72()
    {
        var d = Decide(
            "2026-03-01",
            StatusLevel.Practitioner,
            null,
            null,
            Job("2025-03-01", type: EmploymentType.Agency)
        );
        Assert.Equal(EligibilityOutcome.Eligible, d.Outcome);
    }

    [Fact]
    public void An_engagement_that_ends_before_the_time_is_served_says_so()
    {
        var d = Decide("2026-01-01", StatusLevel.Practitioner, null, null, Job("2025-09-01", "2026-06-30"));
        Assert.Equal(EligibilityOutcome.NotYetEligible, d.Outcome);
        Assert.Null(d.EligibleFrom);
        Assert.Contains("ends on 30 June 2026", d.Reason);
    }

    [Fact]
    public void Policy_round_trips_through_stored_values_and_keeps_defaults_for_missing_keys()
    {
        var p = EligibilityPolicy.From(
            new Dictionary<string, int>
            {
                ["MovedFromOutsideEnglandPutForwardMonths.Leader"] = 6,
                ["Retired.Setting"] = 1,
            }
        );
        Assert.Equal(6, p.MovedFromOutsideEnglandPutForwardMonths(StatusLevel.Leader));
        Assert.Equal(12, p.MovedFromOutsideEnglandPutForwardMonths(StatusLevel.Practitioner));
        Assert.Equal(12, p.AsyeMonthsWithSameEmployer);
        Assert.Equal(p.ToValues(), EligibilityPolicy.From(p.ToValues()).ToValues());
        Assert.DoesNotContain("Retired.Setting", p.ToValues().Keys);
    }
}
