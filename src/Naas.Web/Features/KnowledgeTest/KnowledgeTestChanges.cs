using Naas.Data.Entities;
using Naas.Domain.Workforce;
using Words = Naas.Web.Infrastructure.Words;

namespace Naas.Web.Features.KnowledgeTest;

/// <summary>A knowledge test form was assembled and the clock started; the adjustments in force are part of
/// it.</summary>
public sealed record SittingStarted(
    Guid Attempt,
    Guid Person,
    Guid Blueprint,
    string BlueprintName,
    string Location,
    int Questions,
    int Minutes,
    bool WithAdjustments,
    int ExtraTimePercent,
    bool RestBreaks,
    int MaxBreakMinutes
) : KnowledgeAttemptChange(Attempt, Person)
{
    public override string Action => "Started";

    public override string Summary() =>
        $"{BlueprintName} started at {Location} ({Words.Count(Questions, "question")}, {Minutes} minutes"
        + (
            !WithAdjustments
                ? ")"
                : $" with adjustments: {ExtraTimePercent}% extra time{(RestBreaks ? $", rest breaks of up to {MaxBreakMinutes} minutes" : "")})"
        );

    public override string? ForThePerson() =>
        $"You started {BlueprintName} ({Words.Count(Questions, "question")}, {Minutes} minutes).";
}

/// <summary>A rest break stopped the clock.</summary>
public sealed record BreakStarted(Guid Attempt, Guid Person, TimeSpan Left) : KnowledgeAttemptChange(Attempt, Person)
{
    public override string Summary() => $"Rest break started with {Left:mm\\:ss} left";

    public override string? ForThePerson() => $"You started a rest break with {Left:mm\\:ss} left.";
}

/// <summary>A rest break reached its limit and the clock started again, whether or not the candidate was
/// back.</summary>
public sealed record BreakEnded(Guid Attempt, Guid Person, int LimitMinutes) : KnowledgeAttemptChange(Attempt, Person)
{
    public override string Summary() =>
        $"Rest break reached its limit of {LimitMinutes} minutes; the clock started again";

    public override string? ForThePerson() =>
        $"Your rest break reached its limit of {LimitMinutes} minutes and the clock started again.";
}

/// <summary>The candidate came back from a rest break.</summary>
public sealed record SittingResumed(Guid Attempt, Guid Person, int PausedSeconds)
    : KnowledgeAttemptChange(Attempt, Person)
{
    public override string Action => "Resumed";

    public override string Summary() =>
        $"Resumed after a rest break of {PausedSeconds / 60} minutes {PausedSeconds % 60} seconds";

    public override string? ForThePerson() =>
        $"You came back from a rest break of {PausedSeconds / 60} minutes {PausedSeconds % 60} seconds.";
}

/// <summary>The sitting ended, submitted or at time-out, and was scored against the versions the candidate saw.
/// The score stays off the person's timeline: it is theirs when results are released.</summary>
public sealed record SittingEnded(
    Guid Attempt,
    Guid Person,
    bool TimedOut,
    decimal Score,
    decimal Max,
    decimal PassMark
) : KnowledgeAttemptChange(Attempt, Person)
{
    public override string Action => TimedOut ? "TimedOut" : "Submitted";

    public override string Summary() =>
        $"Knowledge test {(TimedOut ? "ended at time-out" : "submitted")}: {Score:0.##} of {Max:0.##}, pass mark {PassMark:0.##}";

    public override string? ForThePerson() =>
        TimedOut ? "Your knowledge test ended when the time ran out." : "You submitted your knowledge test.";
}

/// <summary>An invigilator added a note to the invigilation record; the note itself is in that record.</summary>
public sealed record IrregularityNoted(Guid Attempt, Guid Person, Guid Note, string By)
    : KnowledgeAttemptChange(Attempt, Person)
{
    public override string Summary() => $"Invigilation note added by {By}";
}

/// <summary>A candidate booked a knowledge test. What adjustments they asked for is health information, kept out of the
/// audit.</summary>
public sealed record TestBooked(
    Guid Booking,
    Guid Person,
    Guid Window,
    string Location,
    string Label,
    bool AdjustmentsRequested
) : TestBookingChange(Booking, Person)
{
    public override string Action => "Booked";

    public override string Summary() =>
        $"Knowledge test booked: {Label}" + (AdjustmentsRequested ? "; adjustments requested" : "");

    public override string? ForThePerson() =>
        $"You booked your knowledge test: {Label}" + (AdjustmentsRequested ? ", and asked for adjustments." : ".");
}

/// <summary>A candidate cancelled a booking before the test started.</summary>
public sealed record BookingCancelled(Guid Booking, Guid Person) : TestBookingChange(Booking, Person)
{
    public override string Action => "Cancelled";

    public override string Summary() => "Knowledge test booking cancelled by the candidate";

    public override string? ForThePerson() => "You cancelled your knowledge test booking.";
}

/// <summary>An invigilator at a centre checked the candidate's identity, which lets the test start there.</summary>
public sealed record CandidateCheckedIn(Guid Booking, Guid Person, string Location, string By)
    : TestBookingChange(Booking, Person)
{
    public override string Action => "CheckedIn";

    public override string Summary() => $"Identity checked at {Location} by {By}; the test may start";

    public override string? ForThePerson() => $"An invigilator at {Location} checked who you are.";
}

/// <summary>A booking was used: its test started.</summary>
public sealed record BookingUsed(Guid Booking, Guid Person, Guid Attempt, string Location)
    : TestBookingChange(Booking, Person)
{
    public override string Action => "Used";

    public override string Summary() => $"Booking used: the test started ({Location})";
}

/// <summary>The programme agreed reasonable adjustments for a social worker. The audit says that they changed,
/// not what they are: the details may reveal health information.</summary>
public sealed record AdjustmentsAgreed(Guid Adjustment, Guid Person, string RegistrationNumber) : AuditedChange
{
    public override string SubjectType => "ReasonableAdjustment";
    public override Guid? SubjectId => Adjustment;
    public override Guid? Concerns => Person;
    public override string Action => "Agreed";

    public override string Summary() => $"Reasonable adjustments agreed for {RegistrationNumber}";

    public override string? ForThePerson() => "Reasonable adjustments were agreed for your tests.";
}

/// <summary>A test blueprint was created.</summary>
public sealed record BlueprintCreated(Guid Blueprint, string Name, bool Practice, StatusLevel Status, int Minutes)
    : KnowledgeBlueprintChange(Blueprint)
{
    public override string Action => "Created";

    public override string Summary() =>
        $"{Name} created ({(Practice ? "practice" : "real")} test for {Status.Name()}s, {Minutes} minutes)";
}

/// <summary>A blueprint's name, time, cells or limits changed; the old values are kept beside the new.</summary>
public sealed record BlueprintChanged(
    Guid Blueprint,
    string WasName,
    int WasMinutes,
    IReadOnlyList<string> WasCells,
    string Name,
    int Minutes,
    IReadOnlyList<string> Cells,
    int MaxTimesShown,
    decimal PassMarkTolerance
) : KnowledgeBlueprintChange(Blueprint)
{
    public override string Action => "Changed";

    public override string Summary() =>
        $"{Name}: was {WasName}, {WasMinutes} minutes, cells {string.Join("; ", WasCells)}; "
        + $"now {Minutes} minutes, cells {string.Join("; ", Cells)}, at most {MaxTimesShown} showings, tolerance {PassMarkTolerance}";
}

/// <summary>A blueprint was retired (no new bookings or practice sittings) or brought back into use.</summary>
public sealed record BlueprintRetired(Guid Blueprint, string Name, bool Retired) : KnowledgeBlueprintChange(Blueprint)
{
    public override string Action => Retired ? "Retired" : "Restored";

    public override string Summary() =>
        $"{Name} {(Retired ? "retired: no new bookings or practice sittings" : "brought back into use")}";
}

/// <summary>A window opened in which a real test can be booked, at these places.</summary>
public sealed record WindowOpened(
    Guid Window,
    Guid Blueprint,
    string BlueprintName,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<string> Locations
) : AuditedChange
{
    public override string SubjectType => "TestWindow";
    public override Guid? SubjectId => Window;
    public override string Action => "Opened";

    public override string Summary() =>
        $"{BlueprintName}: window {From:yyyy-MM-dd} to {To:yyyy-MM-dd} at {string.Join(", ", Locations)}";
}
