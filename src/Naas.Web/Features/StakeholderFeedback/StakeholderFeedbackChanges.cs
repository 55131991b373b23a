using Naas.Data.Entities;
using Naas.Domain.StakeholderFeedback;

namespace Naas.Web.Features.StakeholderFeedback;

/// <summary>A practice leader asked someone for structured feedback (the respondent's name and email are on the
/// request, not in the audit).</summary>
public sealed record FeedbackRequested(Guid Request, Guid Person, RespondentCategory Category) : AuditedChange
{
    public override string SubjectType => "FeedbackRequest";
    public override Guid? SubjectId => Request;
    public override Guid? Concerns => Person;

    public override string Summary() =>
        $"Structured feedback asked of one of the {Category.Words().ToLowerInvariant()}";
}

/// <summary>A respondent answered. What they answered is never recorded here: it is read only in aggregate.</summary>
public sealed record FeedbackGiven(Guid Request, Guid Person, RespondentCategory Category) : AuditedChange
{
    public override string SubjectType => "FeedbackRequest";
    public override Guid? SubjectId => Request;
    public override Guid? Concerns => Person;

    public override string Summary() =>
        $"Structured feedback given by one of the {Category.Words().ToLowerInvariant()}";
}
