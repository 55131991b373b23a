namespace Naas.Data.Migrations;

/// <summary>What the typed-events migration does to the audit rows written before it, the same on both providers:
/// each is kept, word for word, as an <c>EarlierRecord</c> (the columns' defaults) and linked to the social worker
/// its subject belongs to, so their timeline shows their history from the start rather than from the migration.</summary>
internal static class AuditBackfill
{
    /// <summary>Subject type, and the table whose row (by the audit row's subject id) names the social worker.</summary>
    private static readonly (string Subject, string Table)[] Direct =
    [
        ("Endorsement", "Endorsements"),
        ("Accreditation", "Accreditations"),
        ("ResultRelease", "ResultReleases"),
        ("ElementMark", "ElementMarks"),
        ("MarkingAssignment", "MarkingAssignments"),
        ("MarkEvidence", "MarkEvidence"),
        ("KnowledgeAttempt", "KnowledgeAttempts"),
        ("TestBooking", "TestBookings"),
        ("ReviewRequest", "ReviewRequests"),
        ("ReasonableAdjustment", "ReasonableAdjustments"),
        ("CpdEntry", "CpdEntries"),
        ("Reaccreditation", "Reaccreditations"),
        ("DevelopmentPlan", "DevelopmentPlans"),
        ("ReportConsent", "ReportConsents"),
        ("Engagement", "Engagements"),
        ("Account", "AspNetUsers"),
        ("Invitation", "Invitations"),
    ];

    public static IEnumerable<string> Statements()
    {
        yield return """UPDATE "AuditEvents" SET "SocialWorkerId" = "SubjectId" WHERE "SubjectType" = 'SocialWorker'""";
        foreach (var (subject, table) in Direct)
            yield return $"""
                UPDATE "AuditEvents" SET "SocialWorkerId" = (SELECT t."SocialWorkerId" FROM "{table}" t WHERE t."Id" = "AuditEvents"."SubjectId")
                WHERE "SubjectType" = '{subject}'
                """;
        yield return """
            UPDATE "AuditEvents" SET "SocialWorkerId" = (SELECT p."SocialWorkerId" FROM "DevelopmentGoals" g
                JOIN "DevelopmentPlans" p ON p."Id" = g."PlanId" WHERE g."Id" = "AuditEvents"."SubjectId")
            WHERE "SubjectType" = 'DevelopmentGoal'
            """;
    }
}
