using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Domain.Workforce;
using Naas.Web.Features.Results;

namespace Naas.Web.Features.StandardSetting;

/// <summary>Standard setting (¶40) begins here: the programme opens an exercise for one element with two
/// independent panels of trained panellists, and, for a marked element, the criteria they rate.</summary>
public sealed class ExerciseSetup(
    NaasDbContext db,
    UserManager<ApplicationUser> users,
    AssessmentViews assessments,
    TimeProvider clock
)
{
    public async Task<(StandardSettingExercise? Exercise, List<(string Field, string Message)> Problems)> CreateAsync(
        string? element,
        StatusLevel? level,
        string? criteria,
        string? panel1,
        string? panel2,
        string actor,
        CancellationToken ct
    )
    {
        var problems = new List<(string, string)>();
        if (level is null)
            problems.Add(("Level", "Select the status"));
        var elements = level is { } l ? await assessments.ElementsAsync(l, ct) : [];
        if (element is null || (level is not null && elements.All(e => e.Kind != element)))
            problems.Add(("Element", "Select an element of that status's assessment"));
        string? criteriaText = null;
        if (element is not null && element != RatingUnits.KnowledgeElement)
        {
            var parsed = ParseCriteria(criteria, out var problem);
            if (problem is not null)
                problems.Add(("Criteria", problem));
            else
                criteriaText = string.Join(
                    "\n",
                    parsed.Select(c => $"{c.Name}|{c.Max.ToString(CultureInfo.InvariantCulture)}")
                );
        }
        var members = new List<(int Panel, ApplicationUser User)>();
        foreach (var (panel, text, field) in new[] { (1, panel1, "Panel1"), (2, panel2, "Panel2") })
        {
            var emails = (text ?? "")
                .Split(['\n', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
            if (emails.Count < 2)
            {
                problems.Add((field, $"Enter at least 2 panellists' email addresses for panel {panel}, one per line"));
                continue;
            }
            foreach (var email in emails)
            {
                var user = await users.FindByEmailAsync(email);
                if (user is null || !await users.IsInRoleAsync(user, Roles.StandardSettingPanellist))
                    problems.Add(
                        (
                            field,
                            $"{email} is not a standard-setting panellist's account. Invite them with the panellist role first"
                        )
                    );
                else
                    members.Add((panel, user));
            }
        }
        var both = members
            .GroupBy(m => m.User.Id)
            .Where(g => g.Select(m => m.Panel).Distinct().Count() > 1)
            .Select(g => g.First().User.Email)
            .ToList();
        if (both.Count > 0)
            problems.Add(("Panel2", $"The panels must be independent: {string.Join(", ", both)} cannot sit on both"));
        if (problems.Count > 0)
            return (null, problems);

        var exercise = new StandardSettingExercise
        {
            Element = element!,
            Level = level!.Value,
            Criteria = criteriaText,
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = actor,
        };
        exercise.Panellists.AddRange(
            members.Select(m => new Panellist
            {
                ExerciseId = exercise.Id,
                Panel = m.Panel,
                UserId = m.User.Id,
                Name = m.User.DisplayName ?? m.User.Email!,
            })
        );
        db.StandardSettingExercises.Add(exercise);
        db.Record(
            new ExerciseCreated(
                exercise.Id,
                element!,
                level.Value,
                members.Count(m => m.Panel == 1),
                members.Count(m => m.Panel == 2)
            )
        );
        await db.SaveChangesAsync(ct);
        return (exercise, []);
    }

    public static List<(string Name, decimal Max)> ParseCriteria(string? text, out string? problem)
    {
        var list = new List<(string, decimal)>();
        problem = null;
        var lines = (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 0)
        {
            problem =
                "Enter the marking criteria, one per line, as the criterion, a | and its maximum marks, like Analysis of risk|10";
            return list;
        }
        for (var i = 0; i < lines.Length; i++)
        {
            var parts = lines[i].Split('|', StringSplitOptions.TrimEntries);
            if (
                parts.Length != 2
                || parts[0].Length == 0
                || !decimal.TryParse(parts[1], NumberStyles.Number, CultureInfo.InvariantCulture, out var max)
                || max <= 0
                || max > 1000
            )
            {
                problem =
                    $"Line {i + 1} must be a criterion, a | and its maximum marks (more than 0), like Analysis of risk|10";
                return list;
            }
            list.Add((parts[0], max));
        }
        return list;
    }
}
