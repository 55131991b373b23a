using System.Text.Encodings.Web;
using Naas.Domain.Eligibility;
using Naas.Domain.Workforce;

namespace Naas.Web.Infrastructure.GovUk;

/// <summary>GOV.UK tags for states that recur across pages, with the words that go in them.</summary>
public static class Tags
{
    private static string Tag(string colour, string text) =>
        $"<strong class=\"govuk-tag govuk-tag--{colour}\">{HtmlEncoder.Default.Encode(text)}</strong>";

    public static string Requirement(StatusRequirement r) =>
        r.State switch
        {
            RequirementState.NotRequired => Tag("grey", "None"),
            RequirementState.Held => Tag("green", $"{Cap(r.Required!.Value.Name())}: held"),
            RequirementState.InProgress => Tag("blue", $"{Cap(r.Required!.Value.Name())}: in progress"),
            _ => Tag("red", $"{Cap(r.Required!.Value.Name())}: missing"),
        };

    public static string Eligibility(EligibilityDecision? d, DateOnly today) =>
        d switch
        {
            null => Tag("grey", "Not in post"),
            { Outcome: EligibilityOutcome.Eligible } when d.IsPastPutForwardDeadline(today) => Tag(
                "red",
                $"Overdue since {EligibilityRule.Date(d.PutForwardBy!.Value)}"
            ),
            { Outcome: EligibilityOutcome.Eligible } => Tag("green", "Eligible now"),
            { Outcome: EligibilityOutcome.NotYetEligible, EligibleFrom: { } from } => Tag(
                "yellow",
                $"From {EligibilityRule.Date(from)}"
            ),
            _ => Tag("grey", "Not eligible"),
        };

    public static string Cap(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
