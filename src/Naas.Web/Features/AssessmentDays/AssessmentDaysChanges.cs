using Naas.Data.Entities;
using Naas.Domain.AssessmentDays;
using Naas.Domain.Workforce;

namespace Naas.Web.Features.AssessmentDays;

/// <summary>A centre was added.</summary>
public sealed record CentreAdded(Guid Centre, string Name, string Region, decimal CostPerDay) : AuditedChange
{
    public override string SubjectType => "AssessmentCentre";
    public override Guid? SubjectId => Centre;

    public override string Summary() => $"{Name} ({Region}) added, £{CostPerDay:0.00} a day";
}

/// <summary>A room was added to a centre.</summary>
public sealed record RoomAdded(Guid Room, Guid Centre, string CentreName, string Name, int Capacity, bool StepFree)
    : AuditedChange
{
    public override string SubjectType => "CentreRoom";
    public override Guid? SubjectId => Room;

    public override string Summary() =>
        $"Room {Name} added at {CentreName}: seats {Capacity}, {(StepFree ? "step-free" : "not step-free")}";
}

/// <summary>An actor was added, with the scenarios they are trained for and their dates.</summary>
public sealed record ActorAdded(Guid Actor, string Name, decimal DayRate, int Scenarios, int Dates) : AuditedChange
{
    public override string SubjectType => "Actor";
    public override Guid? SubjectId => Actor;

    public override string Summary() =>
        $"Actor {Name} added: £{DayRate:0.00} a day, trained for {Scenarios} scenario(s), available on {Dates} date(s)";
}

/// <summary>An observer was added, with their training, calibration, dates and conflicts.</summary>
public sealed record ObserverAdded(
    Guid Observer,
    string Name,
    DateOnly? TrainedOn,
    DateOnly? CalibratedOn,
    int Dates,
    int ConflictOrganisations
) : AuditedChange
{
    public override string SubjectType => "Observer";
    public override Guid? SubjectId => Observer;

    public override string Summary() =>
        $"Observer {Name} added: calibrated {(CalibratedOn is { } c ? c.ToString("d MMMM yyyy") : "not yet")}, available on {Dates} date(s), {ConflictOrganisations} organisation(s) they must not assess";
}

/// <summary>An assessment day was planned.</summary>
public sealed record DayPlanned(Guid Day, DateOnly Date, string Place, StatusLevel For) : AuditedChange
{
    public override string SubjectType => "AssessmentDay";
    public override Guid? SubjectId => Day;

    public override string Summary() => $"Assessment day for {For.Name()}s on {Date:d MMMM yyyy} at {Place}";
}

/// <summary>The programme gave a day a centre coordinator, or took one off it.</summary>
public sealed record DayCoordinatorChanged(Guid Day, DateOnly Date, string Coordinator, bool Given) : AuditedChange
{
    public override string SubjectType => "AssessmentDay";
    public override Guid? SubjectId => Day;

    public override string Summary() =>
        Given
            ? $"{Coordinator} runs the assessment day on {Date:d MMMM yyyy}"
            : $"{Coordinator} no longer runs the assessment day on {Date:d MMMM yyyy}";
}

/// <summary>A simulation session was added to a day.</summary>
public sealed record SessionAdded(
    Guid Session,
    Guid Day,
    DateTimeOffset Starts,
    int Minutes,
    string Scenario,
    string? Room
) : AuditedChange
{
    public override string SubjectType => "SimulationSession";
    public override Guid? SubjectId => Session;

    public override string Summary() =>
        $"Simulation {Scenario} at {Starts:HH:mm} for {Minutes} minutes{(Room is null ? "" : $" in {Room}")}";
}

/// <summary>A candidate was placed in a simulation session under an endorsement.</summary>
public sealed record CandidatePlaced(Guid Session, Guid Person, Guid Endorsement, string When) : AuditedChange
{
    public override string SubjectType => "SimulationSession";
    public override Guid? SubjectId => Session;
    public override Guid? Concerns => Person;

    public override string Summary() => $"Candidate placed in the simulation on {When}";

    public override string? ForThePerson() => $"You were given a simulation on {When}.";
}

/// <summary>An actor or observer was given a session, after the clash rules found nothing against it.</summary>
public sealed record SessionStaffed(
    Guid Session,
    SimulationRole Role,
    Guid Assignee,
    string Name,
    Guid? Person,
    bool FromRecording = false
) : AuditedChange
{
    public override string SubjectType => "SimulationSession";
    public override Guid? SubjectId => Session;
    public override Guid? Concerns => Person;

    public override string Summary() =>
        $"{Name} given the session as {Role switch { SimulationRole.Actor => "actor", SimulationRole.LeadObserver => "lead observer", _ => "second observer" }}"
        + (FromRecording ? ", scoring from the recording" : "");
}

/// <summary>A candidate booked a simulation themselves. Whether they asked for adjustments is recorded, never what
/// they asked (it may be about their health).</summary>
public sealed record SimulationBooked(Guid Session, Guid Person, Guid Endorsement, string When, bool AdjustmentsAsked)
    : AuditedChange
{
    public override string SubjectType => "SimulationSession";
    public override Guid? SubjectId => Session;
    public override Guid? Concerns => Person;

    public override string Summary() =>
        $"Candidate booked the simulation on {When}{(AdjustmentsAsked ? ", asking for adjustments" : "")}";

    public override string? ForThePerson() => $"You booked a simulation on {When}.";
}

/// <summary>A candidate cancelled a simulation they had booked, in time for someone else to take it.</summary>
public sealed record SimulationBookingCancelled(Guid Session, Guid Person, string When) : AuditedChange
{
    public override string SubjectType => "SimulationSession";
    public override Guid? SubjectId => Session;
    public override Guid? Concerns => Person;

    public override string Summary() => $"Candidate cancelled their simulation on {When}";

    public override string? ForThePerson() => $"You cancelled your simulation on {When}.";
}

/// <summary>A change on the day to a simulation, in the invigilation record and on the candidate's record.</summary>
public abstract record SimulationDayChange(Guid Session, Guid Person) : AuditedChange
{
    public override string SubjectType => "SimulationSession";
    public override Guid? SubjectId => Session;
    public override Guid? Concerns => Person;
}

/// <summary>The coordinator checked the candidate's photo identity and registration number.</summary>
public sealed record SimulationCandidateCheckedIn(Guid Session, Guid Person, int MinutesLate)
    : SimulationDayChange(Session, Person)
{
    public override string Summary() =>
        MinutesLate > 0
            ? $"Candidate checked in {MinutesLate} minutes late, photo identity and registration number checked"
            : "Candidate checked in, photo identity and registration number checked";
}

/// <summary>The candidate did not come.</summary>
public sealed record SimulationCandidateAbsent(Guid Session, Guid Person) : SimulationDayChange(Session, Person)
{
    public override string Summary() => "Candidate recorded absent";
}

/// <summary>The preparation time or the simulation began, by the service's clock.</summary>
public sealed record SimulationStageStarted(Guid Session, Guid Person, string Stage)
    : SimulationDayChange(Session, Person)
{
    public override string Summary() => $"The {Stage} started";
}

/// <summary>The coordinator noted something that happened, in their words.</summary>
public sealed record SessionIncidentNoted(Guid Incident, Guid Session, Guid Person, string Note)
    : SimulationDayChange(Session, Person)
{
    public override Guid? SubjectId => Session;
    public override string? GivenReason => Note;

    public override string Summary() => "Incident noted during the simulation";
}
