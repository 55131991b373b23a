using Naas.Domain.AssessmentDays;

namespace Naas.Domain.Tests.AssessmentDays;

/// <summary>The clash rules for giving a simulation its actor and observers (issue 15, item 3): nobody in two places at
/// once, no observer from the candidate's employers or declared conflicts, nobody twice for one candidate's
/// simulations, actors trained for the scenario, observers calibrated; each refusal says why.</summary>
public class AssignmentRulesTests
{
    private static readonly Guid Scenario = Guid.NewGuid();
    private static readonly Guid Amara = Guid.NewGuid();
    private static readonly Guid Leeds = Guid.NewGuid();
    private static readonly DateOnly Day = new(2027, 3, 10);

    private static DateTimeOffset At(int hour, int minute = 0) =>
        new DateTimeOffset(2027, 3, 10, 0, 0, 0, TimeSpan.Zero).AddHours(hour).AddMinutes(minute);

    private static SessionSlot Session(
        int hour = 10,
        string place = "Leeds assessment centre",
        bool remote = false,
        Guid? candidate = null
    ) =>
        new(
            Guid.NewGuid(),
            At(hour),
            At(hour, 40),
            place,
            remote,
            Scenario,
            candidate ?? Amara,
            "Amara Okafor",
            new HashSet<Guid> { Leeds }
        );

    private static Assignee Person(
        IReadOnlyList<Commitment>? commitments = null,
        bool trained = true,
        DateOnly? calibrated = null,
        Guid? conflictOrganisation = null,
        Guid? conflictPerson = null,
        bool available = true
    ) =>
        new(
            Guid.NewGuid(),
            "Tom Reid",
            available ? new HashSet<DateOnly> { Day } : new HashSet<DateOnly>(),
            commitments ?? [],
            trained ? new HashSet<Guid> { Scenario } : new HashSet<Guid>(),
            calibrated ?? new DateOnly(2027, 1, 5),
            conflictOrganisation is { } o ? new HashSet<Guid> { o } : new HashSet<Guid>(),
            conflictPerson is { } p ? new HashSet<Guid> { p } : new HashSet<Guid>()
        );

    private static Commitment Given(
        int hour,
        int minute = 0,
        string place = "Leeds assessment centre",
        Guid? candidate = null,
        SimulationRole role = SimulationRole.LeadObserver,
        bool remote = false
    ) => new(Guid.NewGuid(), At(hour, minute), At(hour, minute + 40), place, remote, candidate ?? Guid.NewGuid(), role);

    [Fact]
    public void A_free_trained_calibrated_person_with_no_conflict_is_given_the_session()
    {
        Assert.Empty(AssignmentRules.Refusals(Session(), Person(), SimulationRole.Actor, 12));
        Assert.Empty(AssignmentRules.Refusals(Session(), Person(), SimulationRole.LeadObserver, 12));
        // Back-to-back sessions in the same place are fine.
        Assert.Empty(
            AssignmentRules.Refusals(Session(hour: 11), Person([Given(10)]), SimulationRole.SecondObserver, 12)
        );
    }

    [Fact]
    public void Nobody_is_in_two_places_at_once()
    {
        var refusals = AssignmentRules.Refusals(Session(hour: 10), Person([Given(10, 20)]), SimulationRole.Actor, 12);
        Assert.Contains(
            "Tom Reid is the lead observer at Leeds assessment centre from 10:20 to 11:00, which overlaps this session.",
            refusals
        );
        // Nor at two centres on one day, even at different times; a remote session is no journey.
        Assert.Contains(
            "Tom Reid is at Manchester assessment centre that day, so cannot also be at Leeds assessment centre.",
            AssignmentRules.Refusals(
                Session(hour: 14),
                Person([Given(9, place: "Manchester assessment centre")]),
                SimulationRole.Actor,
                12
            )
        );
        Assert.Empty(
            AssignmentRules.Refusals(
                Session(hour: 14, place: "Remote", remote: true),
                Person([Given(9, place: "Manchester assessment centre")]),
                SimulationRole.LeadObserver,
                12
            )
        );
    }

    [Fact]
    public void Nobody_acts_or_observes_twice_for_one_candidate_or_twice_in_one_session()
    {
        Assert.Contains(
            "Tom Reid is already the actor in another of Amara Okafor's simulations: each simulation needs different people.",
            AssignmentRules.Refusals(
                Session(hour: 14),
                Person([Given(10, candidate: Amara, role: SimulationRole.Actor)]),
                SimulationRole.SecondObserver,
                12
            )
        );
        var session = Session();
        var inIt = Person([
            new(session.Id, session.Starts, session.Ends, session.Place, false, Amara, SimulationRole.Actor),
        ]);
        Assert.Contains(
            "Tom Reid is already the actor in this session.",
            AssignmentRules.Refusals(session, inIt, SimulationRole.LeadObserver, 12)
        );
    }

    [Fact]
    public void No_observer_assesses_a_candidate_from_an_organisation_they_work_for_or_have_a_conflict_with()
    {
        Assert.Contains(
            "Tom Reid works for, or has a conflict with, an organisation that employs Amara Okafor.",
            AssignmentRules.Refusals(Session(), Person(conflictOrganisation: Leeds), SimulationRole.LeadObserver, 12)
        );
        Assert.Contains(
            "Tom Reid has declared a conflict of interest with Amara Okafor.",
            AssignmentRules.Refusals(Session(), Person(conflictPerson: Amara), SimulationRole.SecondObserver, 12)
        );
        // An actor plays a part and judges nothing: the employer rule is the observers'.
        Assert.Empty(
            AssignmentRules.Refusals(Session(), Person(conflictOrganisation: Leeds), SimulationRole.Actor, 12)
        );
    }

    [Fact]
    public void An_actor_plays_only_scenarios_they_are_trained_for_and_an_observer_is_calibrated_in_date()
    {
        Assert.Contains(
            "Tom Reid is not trained to play this scenario.",
            AssignmentRules.Refusals(Session(), Person(trained: false), SimulationRole.Actor, 12)
        );
        Assert.Contains(
            "Tom Reid's calibration (9 March 2026) will be more than 12 months old on the day.",
            AssignmentRules.Refusals(
                Session(),
                Person(calibrated: new DateOnly(2026, 3, 9)),
                SimulationRole.LeadObserver,
                12
            )
        );
        // Calibrated exactly 12 months before the day is still in date.
        Assert.Empty(
            AssignmentRules.Refusals(
                Session(),
                Person(calibrated: new DateOnly(2026, 3, 10)),
                SimulationRole.LeadObserver,
                12
            )
        );
        Assert.Contains(
            "Tom Reid is not available on 10 March 2027.",
            AssignmentRules.Refusals(Session(), Person(available: false), SimulationRole.Actor, 12)
        );
    }

    [Fact]
    public void A_second_observer_scoring_from_the_recording_is_not_held_at_the_sessions_time_or_place_item8()
    {
        // In the room at another centre at the same time, and not available that day: refused in the room,
        // accepted to score from the recording.
        var busy = Person([Given(10, 10, place: "Manchester assessment centre")], available: false);
        Assert.Equal(2, AssignmentRules.Refusals(Session(), busy, SimulationRole.SecondObserver, 12).Count);
        Assert.Empty(AssignmentRules.Refusals(Session(), busy, SimulationRole.SecondObserver, 12, fromRecording: true));
        // A session they score from its recording does not hold them either.
        var watching = new Commitment(
            Guid.NewGuid(),
            At(10, 10),
            At(10, 50),
            "Manchester assessment centre",
            false,
            Guid.NewGuid(),
            SimulationRole.SecondObserver,
            FromRecording: true
        );
        Assert.Empty(AssignmentRules.Refusals(Session(), Person([watching]), SimulationRole.LeadObserver, 12));
    }

    [Fact]
    public void Scoring_from_the_recording_keeps_every_rule_about_the_candidate_item8()
    {
        Assert.Contains(
            "Tom Reid works for, or has a conflict with, an organisation that employs Amara Okafor.",
            AssignmentRules.Refusals(
                Session(),
                Person(conflictOrganisation: Leeds),
                SimulationRole.SecondObserver,
                12,
                true
            )
        );
        Assert.Contains(
            "Tom Reid is already the lead observer in another of Amara Okafor's simulations: each simulation needs different people.",
            AssignmentRules.Refusals(
                Session(hour: 14),
                Person([Given(10, candidate: Amara)]),
                SimulationRole.SecondObserver,
                12,
                fromRecording: true
            )
        );
        Assert.Contains(
            "Only the second observer may score from the recording: the actor and the lead observer are in the room.",
            AssignmentRules.Refusals(Session(), Person(), SimulationRole.LeadObserver, 12, fromRecording: true)
        );
    }
}
