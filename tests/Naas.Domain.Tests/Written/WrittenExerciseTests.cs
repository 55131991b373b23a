using Naas.Domain.Marking;
using Naas.Domain.Written;

namespace Naas.Domain.Tests.Written;

/// <summary>The written assessment (¶37; issue 15, item 5): timed with the candidate's agreed extra time (¶38), marked
/// blind against criteria with whole marks and feedback the candidate can learn from (¶41, ¶74), under a pass mark
/// scaled like the simulations'.</summary>
public class WrittenExerciseTests
{
    private static readonly CriterionMarks.Criterion[] Criteria =
    [
        new(1, "Records", 5),
        new(2, "Analysis", 5),
        new(3, "Decisions", 4),
    ];

    private const string Feedback = "Clear notes; the analysis should weigh the park with the hunger.";

    [Fact]
    public void Extra_time_agreed_as_an_adjustment_lengthens_the_exercise_para38()
    {
        Assert.Equal(3600, WrittenExercise.AllowedSeconds(60, 0));
        Assert.Equal(4500, WrittenExercise.AllowedSeconds(60, 25));
        Assert.Equal(5400, WrittenExercise.AllowedSeconds(60, 50));
        Assert.Equal(3600, WrittenExercise.AllowedSeconds(60, -10)); // never less than the exercise's own time
    }

    [Fact]
    public void Whole_marks_within_each_criterion_total_to_the_score()
    {
        var (score, max, problems) = CriterionMarks.Check(
            Criteria,
            new Dictionary<int, string?>
            {
                [1] = "4",
                [2] = " 3 ",
                [3] = "0",
            },
            Feedback
        );
        Assert.Empty(problems);
        Assert.Equal((7, 14), (score, max));
    }

    [Fact]
    public void Each_missing_or_out_of_range_mark_is_named_with_its_field()
    {
        var (_, _, problems) = CriterionMarks.Check(
            Criteria,
            new Dictionary<int, string?> { [1] = "6", [2] = "2.5" },
            Feedback
        );
        Assert.Equal(
            [
                ("c1", "The mark for criterion 1 must be a whole number from 0 to 5"),
                ("c2", "The mark for criterion 2 must be a whole number from 0 to 5"),
                ("c3", "Enter a mark for criterion 3, from 0 to 4"),
            ],
            problems
        );
        Assert.Contains(
            CriterionMarks.Check(Criteria, new Dictionary<int, string?> { [1] = "-1" }, Feedback).Problems,
            p => p.Field == "c1"
        );
    }

    [Fact]
    public void A_mark_without_reasons_is_refused_para74()
    {
        var marks = new Dictionary<int, string?>
        {
            [1] = "4",
            [2] = "3",
            [3] = "2",
        };
        Assert.Equal("Feedback", Assert.Single(CriterionMarks.Check(Criteria, marks, "Good.").Problems).Field);
        Assert.Equal(
            "Feedback",
            Assert.Single(CriterionMarks.Check(Criteria, marks, new string('x', 4001)).Problems).Field
        );
        Assert.Empty(CriterionMarks.Check(Criteria, marks, new string('x', 40)).Problems);
    }

    [Fact]
    public void The_adopted_pass_mark_is_scaled_to_the_exercise_sat_para40()
    {
        Assert.Equal((12m, true), CriterionMarks.PassMark(6, 10, 20));
        Assert.Equal((6m, false), CriterionMarks.PassMark(6, 10, 10));
        Assert.Equal((8.4m, true), CriterionMarks.PassMark(6, 10, 14));
    }

    [Fact]
    public void A_blind_code_carries_nothing_but_chance()
    {
        var codes = Enumerable.Range(0, 2000).Select(_ => WrittenExercise.NewCode()).ToList();
        Assert.All(codes, c => Assert.Matches("^W-[0-9A-HJKMNP-TV-Z]{6}$", c));
        Assert.True(codes.Distinct().Count() > 1990); // 32^6 codes: a collision in 2,000 is very rare
    }

    [Fact]
    public void Words_are_counted_as_a_reader_counts_them_and_only_length_limits_an_answer()
    {
        Assert.Equal(0, WrittenExercise.Words("  \n "));
        Assert.Equal(6, WrittenExercise.Words("Visited Kerry\nand Jay  at\thome."));
        Assert.Null(WrittenExercise.AnswerProblem(1, ""));
        Assert.Null(WrittenExercise.AnswerProblem(1, new string('x', 20_000)));
        Assert.Contains("task 2", WrittenExercise.AnswerProblem(2, new string('x', 20_001)));
    }

    private static WrittenExerciseDraft Draft(int? minutes = 60, int? words = 300, int? max = 5) =>
        new(
            "The Clarke family",
            "Write as for the record.",
            "Jay Clarke (6) lives with his mother.",
            minutes,
            [new("Write your case notes.", words), new(null, null)],
            [
                new("Records", max, "Facts told apart from opinion."),
                new("Analysis", 5, "Risks weighed."),
                new(null, null, null),
            ]
        );

    [Fact]
    public void A_whole_draft_publishes_and_blank_rows_are_left_out()
    {
        Assert.Empty(Draft().Validate());
        Assert.Empty(Draft(minutes: 15, words: 50, max: 20).Validate());
        Assert.Empty(Draft(minutes: 240, words: 5000, max: 1).Validate());
    }

    [Fact]
    public void Each_limit_of_a_draft_is_named_at_its_field()
    {
        Assert.Equal("Minutes", Assert.Single(Draft(minutes: 14).Validate()).Field);
        Assert.Equal("Minutes", Assert.Single(Draft(minutes: 241).Validate()).Field);
        Assert.Equal("Tasks[0].WordGuide", Assert.Single(Draft(words: 49).Validate()).Field);
        Assert.Equal("Criteria[0].MaxMarks", Assert.Single(Draft(max: 21).Validate()).Field);
        Assert.Equal("Criteria[0].MaxMarks", Assert.Single(Draft(max: 0).Validate()).Field);
        var one = Draft() with { Criteria = [new("Records", 5, "Facts.")] };
        Assert.Equal("Write at least 2 criteria to mark against", Assert.Single(one.Validate()).Message);
        var none = Draft() with { Tasks = [new(null, null)] };
        Assert.Equal("Write at least one task", Assert.Single(none.Validate()).Message);
        var unguided = Draft() with { Criteria = [new("Records", 5, " "), new("Analysis", 5, "Risks.")] };
        Assert.Equal("Criteria[0].Guidance", Assert.Single(unguided.Validate()).Field);
    }
}
