namespace Naas.Domain.AssessmentDays;

/// <summary>Who a person is in a simulation: the actor who plays the scenario, or one of its two observers.</summary>
public enum SimulationRole
{
    Actor = 1,
    LeadObserver = 2,
    SecondObserver = 3,
}

/// <summary>A simulation session as the assignment rules see it: when and where, which scenario, and the candidate
/// booked into it with the organisations that employ them. Times carry the offset of the place (UK time), and the
/// rules read days and clock times at that offset.</summary>
public sealed record SessionSlot(
    Guid Id,
    DateTimeOffset Starts,
    DateTimeOffset Ends,
    string Place,
    bool Remote,
    Guid ScenarioId,
    Guid? CandidateId,
    string? CandidateName,
    IReadOnlySet<Guid> CandidateEmployers
);

/// <summary>A session a person is already given, in whichever role; a second observer who scores it from the
/// recording is not in the room, so it does not hold them at that time or place.</summary>
public sealed record Commitment(
    Guid SessionId,
    DateTimeOffset Starts,
    DateTimeOffset Ends,
    string Place,
    bool Remote,
    Guid? CandidateId,
    SimulationRole Role,
    bool FromRecording = false
);

/// <summary>An actor or observer as the assignment rules see them: the dates they are available, what they are
/// already given, the scenarios an actor is trained for, an observer's last calibration, and the organisations and
/// social workers an observer must not assess (their own employer among them).</summary>
public sealed record Assignee(
    Guid Id,
    string Name,
    IReadOnlySet<DateOnly> Available,
    IReadOnlyList<Commitment> Commitments,
    IReadOnlySet<Guid> TrainedScenarios,
    DateOnly? CalibratedOn,
    IReadOnlySet<Guid> ConflictOrganisations,
    IReadOnlySet<Guid> ConflictSocialWorkers
);

/// <summary>The clash rules for giving a simulation its actor and observers by hand (issue 15, item 3; ¶36: a fair
/// assessment): every refusal is returned, each in words that say what clashes with what, so the programme can choose
/// someone else. The same rules will check a schedule an optimiser builds.</summary>
public static class AssignmentRules
{
    /// <param name="fromRecording">A second observer who scores from the recording (issue 15, item 8), not in the
    /// room: neither the day's availability nor where they are at that time matters; every other rule does.</param>
    public static IReadOnlyList<string> Refusals(
        SessionSlot session,
        Assignee person,
        SimulationRole role,
        int calibrationMonths,
        bool fromRecording = false
    )
    {
        var refusals = new List<string>();
        if (fromRecording && role != SimulationRole.SecondObserver)
            refusals.Add(
                "Only the second observer may score from the recording: the actor and the lead observer are in the room."
            );
        var inRoom = !fromRecording;
        var day = DateOnly.FromDateTime(session.Starts.DateTime);
        if (inRoom && !person.Available.Contains(day))
            refusals.Add($"{person.Name} is not available on {day:d MMMM yyyy}.");
        foreach (var c in person.Commitments)
        {
            if (c.SessionId == session.Id)
            {
                refusals.Add($"{person.Name} is already {Words(c.Role)} in this session.");
                continue;
            }
            // Time and place hold only someone in the room in both sessions.
            if (inRoom && !c.FromRecording)
            {
                if (c.Starts < session.Ends && session.Starts < c.Ends)
                    refusals.Add(
                        $"{person.Name} is {Words(c.Role)} at {c.Place} from {c.Starts:HH:mm} to {c.Ends:HH:mm}, which overlaps this session."
                    );
                else if (
                    DateOnly.FromDateTime(c.Starts.DateTime) == day
                    && !c.Remote
                    && !session.Remote
                    && !string.Equals(c.Place, session.Place, StringComparison.OrdinalIgnoreCase)
                )
                    refusals.Add($"{person.Name} is at {c.Place} that day, so cannot also be at {session.Place}.");
            }
            if (session.CandidateId is { } candidate && c.CandidateId == candidate)
                refusals.Add(
                    $"{person.Name} is already {Words(c.Role)} in another of {session.CandidateName ?? "this candidate"}'s simulations: each simulation needs different people."
                );
        }
        if (role == SimulationRole.Actor)
        {
            if (!person.TrainedScenarios.Contains(session.ScenarioId))
                refusals.Add($"{person.Name} is not trained to play this scenario.");
            return refusals;
        }
        if (person.CalibratedOn is not { } calibrated)
            refusals.Add($"{person.Name} has not been calibrated as an observer.");
        else if (calibrated.AddMonths(calibrationMonths) < day)
            refusals.Add(
                $"{person.Name}'s calibration ({calibrated:d MMMM yyyy}) will be more than {calibrationMonths} months old on the day."
            );
        if (session.CandidateId is { } who)
        {
            if (person.ConflictSocialWorkers.Contains(who))
                refusals.Add(
                    $"{person.Name} has declared a conflict of interest with {session.CandidateName ?? "this candidate"}."
                );
            if (session.CandidateEmployers.Overlaps(person.ConflictOrganisations))
                refusals.Add(
                    $"{person.Name} works for, or has a conflict with, an organisation that employs {session.CandidateName ?? "this candidate"}."
                );
        }
        return refusals;
    }

    private static string Words(SimulationRole role) =>
        role switch
        {
            SimulationRole.Actor => "the actor",
            SimulationRole.LeadObserver => "the lead observer",
            _ => "the second observer",
        };
}
