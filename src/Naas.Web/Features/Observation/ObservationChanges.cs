using Naas.Data.Entities;
using Naas.Domain.AssessmentDays;

namespace Naas.Web.Features.Observation;

/// <summary>An observer submitted their sheet for a simulation. The score stays off the candidate's timeline until
/// results are released (¶74).</summary>
public sealed record SheetSubmitted(
    Guid Sheet,
    Guid Session,
    Guid Person,
    string Observer,
    SimulationRole Role,
    int Score,
    int Max,
    string Global
) : AuditedChange
{
    public override string SubjectType => "ObservationSheet";
    public override Guid? SubjectId => Sheet;
    public override Guid? Concerns => Person;

    public override string Summary() =>
        $"{Observer} submitted the {(Role == SimulationRole.LeadObserver ? "lead" : "second")} observer's sheet: {Score} of {Max}, global judgement {Global}";
}
