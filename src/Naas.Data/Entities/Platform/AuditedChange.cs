namespace Naas.Data.Entities;

/// <summary>
/// One change kept in the history as data. Each kind of change is its own sealed record: its positional
/// properties are the payload (the old and new values, the ids of what and whom it concerns), stored as JSON
/// beside the event's columns. The members declared here say what the change is about and how it reads; they
/// are worked out from the payload and are not stored in it (see <see cref="AuditPayload"/>).
/// </summary>
public abstract record AuditedChange
{
    /// <summary>The kind of thing that changed, which the audit view filters by ("Endorsement").</summary>
    public abstract string SubjectType { get; }

    /// <summary>The id of the thing that changed, where it has one.</summary>
    public abstract Guid? SubjectId { get; }

    /// <summary>The verb the audit view shows beside the subject; by default the record's own name.</summary>
    public virtual string Action => GetType().Name;

    /// <summary>The social worker this change concerns, whose timeline shows it.</summary>
    public virtual Guid? Concerns => null;

    /// <summary>Why, in the words of whoever made the change, where the change asks for a reason.</summary>
    public virtual string? GivenReason => null;

    /// <summary>What happened, for administrators: names, numbers and the old and new values.</summary>
    public abstract string Summary();

    /// <summary>What happened, in plain words to the social worker it concerns, on their own timeline. Null keeps
    /// it off that page: a mark before results are released, an invigilator's note, a change made by someone else
    /// about something the person has no part in.</summary>
    public virtual string? ForThePerson() => null;
}
