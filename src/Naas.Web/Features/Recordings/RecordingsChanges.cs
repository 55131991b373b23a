using Naas.Data.Entities;

namespace Naas.Web.Features.Recordings;

/// <summary>A change to a simulation's recording, on the filmed candidate's timeline.</summary>
public abstract record RecordingChange(Guid Recording, Guid Person) : AuditedChange
{
    public override string SubjectType => "SimulationRecording";
    public override Guid? SubjectId => Recording;
    public override Guid? Concerns => Person;
}

/// <summary>A centre began (or began again) uploading a simulation's recording.</summary>
public sealed record RecordingUploadStarted(Guid Recording, Guid Person, Guid Session, string FileName, long Bytes)
    : RecordingChange(Recording, Person)
{
    public override string Summary() => $"Upload of the simulation's recording {FileName} ({Bytes:N0} bytes) begun";
}

/// <summary>The whole recording arrived and its checksum was worked out (and matched the centre's, if given).</summary>
public sealed record RecordingUploaded(
    Guid Recording,
    Guid Person,
    Guid Session,
    string FileName,
    long Bytes,
    string Sha256
) : RecordingChange(Recording, Person)
{
    public override string Summary() => $"Recording {FileName} received in full ({Bytes:N0} bytes, SHA-256 {Sha256})";
}

/// <summary>Someone watched the recording; who they were to it says why they could.</summary>
public sealed record RecordingViewed(Guid Recording, Guid Person, Guid Session, string As)
    : RecordingChange(Recording, Person)
{
    public override string Summary() => $"Recording watched by {As}";
}

/// <summary>The recording was deleted at the end of its retention period, by the scheduled job.</summary>
public sealed record RecordingDeleted(Guid Recording, Guid Person, Guid Session, int RetentionMonths)
    : RecordingChange(Recording, Person)
{
    public override string Summary() =>
        $"Recording deleted: the retention period of {RetentionMonths} months after the simulation had passed";
}
