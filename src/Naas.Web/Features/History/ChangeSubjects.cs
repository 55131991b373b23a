using Naas.Data.Entities;

namespace Naas.Web.Features;

// The subjects that more than one kind of change is about. A kind of change derives from its subject's record and
// passes it the ids under the same names, so stored payloads keep their shape; what these records declare is worked
// out from those ids and never stored (AuditPayload leaves out what AuditedChange declares).

/// <summary>A change to a sign-in account, on its social worker's timeline where it is theirs.</summary>
public abstract record AccountChange(Guid User, Guid? Person) : AuditedChange
{
    public override string SubjectType => "Account";
    public override Guid? SubjectId => User;
    public override Guid? Concerns => Person;
}

/// <summary>A change to an accreditation, on its holder's timeline.</summary>
public abstract record AccreditationChange(Guid Accreditation, Guid Person) : AuditedChange
{
    public override string SubjectType => "Accreditation";
    public override Guid? SubjectId => Accreditation;
    public override Guid? Concerns => Person;
}

/// <summary>A change to an employer's API key.</summary>
public abstract record ApiCredentialChange(Guid Credential) : AuditedChange
{
    public override string SubjectType => "ApiCredential";
    public override Guid? SubjectId => Credential;
}

/// <summary>A change to a goal of a development plan, on its social worker's timeline.</summary>
public abstract record DevelopmentGoalChange(Guid Goal, Guid Person) : AuditedChange
{
    public override string SubjectType => "DevelopmentGoal";
    public override Guid? SubjectId => Goal;
    public override Guid? Concerns => Person;
}

/// <summary>A change to a development plan, on its social worker's timeline.</summary>
public abstract record DevelopmentPlanChange(Guid Plan, Guid Person) : AuditedChange
{
    public override string SubjectType => "DevelopmentPlan";
    public override Guid? SubjectId => Plan;
    public override Guid? Concerns => Person;
}

/// <summary>A change to the mark of one element of an assessment, on its candidate's timeline.</summary>
public abstract record ElementMarkChange(Guid Mark, Guid Person) : AuditedChange
{
    public override string SubjectType => "ElementMark";
    public override Guid? SubjectId => Mark;
    public override Guid? Concerns => Person;
}

/// <summary>A change to an endorsement, on its social worker's timeline.</summary>
public abstract record EndorsementChange(Guid Endorsement, Guid Person) : AuditedChange
{
    public override string SubjectType => "Endorsement";
    public override Guid? SubjectId => Endorsement;
    public override Guid? Concerns => Person;
}

/// <summary>A change to a sitting of the knowledge test, on its candidate's timeline.</summary>
public abstract record KnowledgeAttemptChange(Guid Attempt, Guid Person) : AuditedChange
{
    public override string SubjectType => "KnowledgeAttempt";
    public override Guid? SubjectId => Attempt;
    public override Guid? Concerns => Person;
}

/// <summary>A change to a knowledge-test blueprint.</summary>
public abstract record KnowledgeBlueprintChange(Guid Blueprint) : AuditedChange
{
    public override string SubjectType => "KnowledgeBlueprint";
    public override Guid? SubjectId => Blueprint;
}

/// <summary>A change to a case in the item bank.</summary>
public abstract record KnowledgeCaseChange(Guid Case) : AuditedChange
{
    public override string SubjectType => "KnowledgeCase";
    public override Guid? SubjectId => Case;
}

/// <summary>A change to one version of a knowledge-test item.</summary>
public abstract record KnowledgeItemChange(Guid Version) : AuditedChange
{
    public override string SubjectType => "KnowledgeItem";
    public override Guid? SubjectId => Version;
}

/// <summary>A change to a re-accreditation, on its social worker's timeline.</summary>
public abstract record ReaccreditationChange(Guid Reaccreditation, Guid Person) : AuditedChange
{
    public override string SubjectType => "Reaccreditation";
    public override Guid? SubjectId => Reaccreditation;
    public override Guid? Concerns => Person;
}

/// <summary>A change to a release of results, on its social worker's timeline.</summary>
public abstract record ResultReleaseChange(Guid Release, Guid Person) : AuditedChange
{
    public override string SubjectType => "ResultRelease";
    public override Guid? SubjectId => Release;
    public override Guid? Concerns => Person;
}

/// <summary>A change to an independent review, on its social worker's timeline.</summary>
public abstract record ReviewRequestChange(Guid Review, Guid Person) : AuditedChange
{
    public override string SubjectType => "ReviewRequest";
    public override Guid? SubjectId => Review;
    public override Guid? Concerns => Person;
}

/// <summary>A change to a social worker's own record.</summary>
public abstract record SocialWorkerChange(Guid Person) : AuditedChange
{
    public override string SubjectType => "SocialWorker";
    public override Guid? SubjectId => Person;
    public override Guid? Concerns => Person;
}

/// <summary>A change to a standard-setting exercise.</summary>
public abstract record StandardSettingExerciseChange(Guid Exercise) : AuditedChange
{
    public override string SubjectType => "StandardSettingExercise";
    public override Guid? SubjectId => Exercise;
}

/// <summary>A change to a booking of the knowledge test, on its candidate's timeline.</summary>
public abstract record TestBookingChange(Guid Booking, Guid Person) : AuditedChange
{
    public override string SubjectType => "TestBooking";
    public override Guid? SubjectId => Booking;
    public override Guid? Concerns => Person;
}

/// <summary>A change to one version of a simulation's scenario.</summary>
public abstract record ScenarioVersionChange(Guid Version) : AuditedChange
{
    public override string SubjectType => "ScenarioVersion";
    public override Guid? SubjectId => Version;
}
