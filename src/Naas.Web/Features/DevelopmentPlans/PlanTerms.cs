using Microsoft.EntityFrameworkCore;
using Naas.Data.Entities;
using Naas.Domain.Results;
using Naas.Web.Features.Reports;

namespace Naas.Web.Features.DevelopmentPlans;

/// <summary>A plan as either party sees it: the goals, the report's areas for development it started from, and who
/// has agreed. Suggested are the areas the report names for development (knowledge areas below the line, elements
/// not passed); Areas every area and element a goal may be about.</summary>
public sealed record PlanView(
    DevelopmentPlan? Plan,
    Guid EndorsementId,
    string Name,
    string Employer,
    IReadOnlyList<string> Suggested,
    IReadOnlyList<string> Areas
)
{
    public bool Agreed => Plan is { CandidateAgreedAt: not null, EmployerAgreedAt: not null };
}

/// <summary>A page with the progress form (the social worker's and the employer's), for the shared partial.</summary>
public interface IPlanProgressForm
{
    PlanView? View { get; }
    string? Goal { get; set; }
    string? Progress { get; set; }
    string? Note { get; set; }
}

/// <summary>A plan's words and its view: the progress a goal may have, in words; what each element is called on a
/// plan; and a plan with the report it started from, as either party sees it.</summary>
public static class PlanTerms
{
    public static readonly string[] Progresses = ["NotStarted", "InProgress", "Achieved"];

    public static string Words(string progress) =>
        progress switch
        {
            "NotStarted" => "Not started",
            "InProgress" => "In progress",
            "Achieved" => "Achieved",
            _ => progress,
        };

    public static PlanView View(DevelopmentPlan? plan, AssessmentReport report)
    {
        var suggested = report
            .KnowledgeAreas.Where(a => a.ForDevelopment)
            .Select(a => a.Area)
            .Concat(report.Elements.Where(e => e.Result != ElementResult.Pass).Select(e => Label(e.Element)))
            .ToList();
        var areas = suggested
            .Concat(report.KnowledgeAreas.Select(a => a.Area))
            .Concat(report.Elements.Select(e => Label(e.Element)))
            .Distinct()
            .ToList();
        if (plan is not null)
            plan.Goals = plan.Goals.OrderBy(g => g.TargetDate).ThenBy(g => g.Area).ToList();
        return new PlanView(plan, report.EndorsementId, report.Name, report.Employer, suggested, areas);
    }

    /// <summary>An element's kind as words: SimulatedObservation becomes "Simulated observation".</summary>
    public static string Label(string element) =>
        System.Text.RegularExpressions.Regex.Replace(
            element,
            "(?<=[a-z])([A-Z])",
            m => " " + m.Value.ToLowerInvariant()
        );
}
