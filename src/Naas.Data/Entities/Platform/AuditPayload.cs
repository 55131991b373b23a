using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Naas.Data.Entities;

/// <summary>Writes a change's payload as JSON and reads it back as its own type. Only the record's positional
/// properties are written: what <see cref="AuditedChange"/> declares is worked out from them on reading.</summary>
public static class AuditPayload
{
    public static readonly JsonSerializerOptions Options = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { LeaveOutDerivedMembers } },
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write(AuditedChange change) => JsonSerializer.Serialize(change, change.GetType(), Options);

    public static AuditedChange? Read(Type type, string payload) =>
        (AuditedChange?)JsonSerializer.Deserialize(payload, type, Options);

    /// <summary>Every kind of change in the given assemblies by the name stored in <see cref="AuditEvent.EventType"/>;
    /// two kinds with one name would make history ambiguous, so that throws.</summary>
    public static IReadOnlyDictionary<string, Type> Kinds(params Assembly[] assemblies)
    {
        var kinds = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (
            var t in assemblies
                .Distinct()
                .SelectMany(a => a.GetTypes())
                .Where(t => !t.IsAbstract && typeof(AuditedChange).IsAssignableFrom(t))
        )
            if (!kinds.TryAdd(t.Name, t))
                throw new InvalidOperationException(
                    $"Two kinds of audited change are called {t.Name}: {kinds[t.Name].FullName} and {t.FullName}"
                );
        return kinds;
    }

    private static void LeaveOutDerivedMembers(JsonTypeInfo info)
    {
        if (!typeof(AuditedChange).IsAssignableFrom(info.Type))
            return;
        for (var i = info.Properties.Count - 1; i >= 0; i--)
            if (
                info.Properties[i].AttributeProvider is PropertyInfo p
                && p.GetMethod?.GetBaseDefinition().DeclaringType == typeof(AuditedChange)
            )
                info.Properties.RemoveAt(i);
    }
}

/// <summary>An audit row written before changes were typed (before December 2026): its words are all there is,
/// so it is read back as those words, with the person it concerns found from its subject when it was
/// migrated.</summary>
public sealed record EarlierRecord(string Subject, Guid? Id, string Verb, string Words, string? Reason) : AuditedChange
{
    public override string SubjectType => Subject;
    public override Guid? SubjectId => Id;
    public override string Action => Verb;
    public override string? GivenReason => Reason;

    public override string Summary() => Words;

    // What the person could already see of these subjects on their own pages; marks, notes and everything
    // else stay off their timeline, as the typed changes do.
    private static readonly HashSet<string> Theirs =
    [
        "Endorsement",
        "ResultRelease",
        "Accreditation",
        "Reaccreditation",
        "ReviewRequest",
        "TestBooking",
        "DevelopmentPlan",
        "DevelopmentGoal",
        "CpdEntry",
        "ReportConsent",
        "ReasonableAdjustment",
    ];

    public override string? ForThePerson() => Theirs.Contains(Subject) ? Words : null;
}

/// <summary>Data put in place other than through the service's own journeys: by a test arranging its case, a
/// benchmark loading its candidates, or an operator's script. Said as such in the audit, never passed off as the
/// change it stands in for.</summary>
public sealed record ArrangedOutsideTheService(string Subject, Guid? Id, string Verb, string Why) : AuditedChange
{
    public override string SubjectType => Subject;
    public override Guid? SubjectId => Id;
    public override string Action => Verb;

    public override string Summary() => Why;
}
