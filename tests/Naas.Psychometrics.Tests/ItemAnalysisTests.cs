namespace Naas.Psychometrics.Tests;

/// <summary>Classical item analysis (issue 16), against R 4 with psych 2.x on the same 20 candidates × 6 items:
/// <code>
/// a &lt;- psych::alpha(x, warnings = FALSE)
/// a$total$raw_alpha; a$alpha.drop$raw_alpha; a$item.stats$r.drop; colMeans(x)
/// sd(rowSums(x)) * sqrt(1 - a$total$raw_alpha)
/// </code>
/// R printed the values to 12 significant digits; they are checked to 10 decimal places.</summary>
public class ItemAnalysisTests
{
    private static readonly int[][] X =
    [
        [1, 1, 1, 0, 1, 1],
        [1, 0, 1, 0, 0, 1],
        [0, 0, 1, 0, 0, 0],
        [1, 1, 1, 1, 1, 1],
        [1, 1, 0, 1, 1, 0],
        [0, 1, 1, 0, 0, 1],
        [1, 1, 1, 1, 0, 1],
        [0, 0, 0, 0, 1, 0],
        [1, 1, 1, 0, 1, 1],
        [1, 0, 1, 1, 1, 1],
        [0, 1, 0, 0, 0, 0],
        [1, 1, 1, 1, 1, 1],
        [1, 0, 0, 0, 1, 1],
        [0, 0, 1, 0, 0, 0],
        [1, 1, 1, 1, 1, 0],
        [1, 1, 0, 1, 0, 1],
        [0, 0, 1, 0, 0, 1],
        [1, 1, 1, 0, 1, 1],
        [1, 0, 1, 1, 1, 1],
        [0, 1, 0, 0, 0, 0],
    ];

    private static IReadOnlyList<Response> Responses() =>
        X.SelectMany((row, p) => row.Select((x, i) => new Response(p, i, x == 1))).ToList();

    [Fact]
    public void Facility_and_the_corrected_item_total_correlation_match_psych_alpha()
    {
        var items = ItemAnalysis.Items(Responses());
        Assert.Equal([0.65, 0.60, 0.70, 0.40, 0.55, 0.65], items.Select(i => Math.Round(i.Facility, 10)));
        double[] rDrop =
        [
            0.785390468663,
            0.163087151391,
            0.208665518322,
            0.465012299255,
            0.397621386244,
            0.436417454769,
        ];
        for (var i = 0; i < 6; i++)
            Assert.Equal(rDrop[i], items[i].ItemRest, 10);
        Assert.All(items, i => Assert.Equal(20, i.Seen));
    }

    [Fact]
    public void Alpha_alpha_if_deleted_and_the_standard_error_of_measurement_match_psych_alpha()
    {
        var r = ItemAnalysis.Form(X.Select(row => (IReadOnlyList<double>)row.Select(x => (double)x).ToList()).ToList());
        Assert.Equal(0.669102462272, r.Alpha, 10);
        double[] drop =
        [
            0.479497354497,
            0.705854579792,
            0.687440532826,
            0.603254769921,
            0.627717391304,
            0.614082969432,
        ];
        for (var i = 0; i < 6; i++)
            Assert.Equal(drop[i], r.AlphaIfDeleted[i], 10);
        Assert.Equal(1.0470509966, r.Sem, 9);
        Assert.Equal((20, 6, 3.55), (r.Persons, r.Items, Math.Round(r.Mean, 10)));
    }

    [Fact]
    public void With_per_candidate_forms_an_item_is_judged_only_by_those_who_saw_it()
    {
        // Four candidates; item 9 is on the forms of the first two only, answered right by one of them.
        Response[] responses =
        [
            new(1, 1, true),
            new(1, 2, true),
            new(1, 9, true),
            new(2, 1, false),
            new(2, 2, false),
            new(2, 9, false),
            new(3, 1, true),
            new(3, 2, false),
            new(3, 3, true),
            new(4, 1, false),
            new(4, 2, true),
            new(4, 3, false),
        ];
        var item9 = ItemAnalysis.Items(responses).Single(i => i.Item == 9);
        Assert.Equal((2, 0.5), (item9.Seen, item9.Facility));
        // Right by the candidate who got the rest right, wrong by the one who got the rest wrong: a perfect 1.
        Assert.Equal(1.0, item9.ItemRest, 12);
    }

    [Fact]
    public void Distractors_are_read_by_score_group_so_that_one_drawing_strong_candidates_shows()
    {
        // Six candidates on four items; on item 1 (key 0) the strongest two chose option 2. Proportions correct:
        // 0, 0 (lower third), 2/4, 2/4 (middle), 3/4, 3/4 (upper).
        var responses = new List<Response>();
        int[] rights = [0, 0, 1, 1, 3, 3]; // right answers on items 2 to 4
        int[] choices = [1, 1, 0, 0, 2, 2];
        for (var p = 0; p < 6; p++)
        {
            responses.Add(new(p, 1, choices[p] == 0, choices[p]));
            responses.Add(new(p, 2, rights[p] >= 1));
            responses.Add(new(p, 3, rights[p] >= 2));
            responses.Add(new(p, 4, rights[p] >= 3));
        }
        var options = ItemAnalysis.Items(responses).Single(i => i.Item == 1).Options;
        Assert.Equal([0, 1, 2], options.Select(o => o.Option));
        var distractor = options.Single(o => o.Option == 2);
        Assert.Equal((0.0, 0.0, 1.0), (distractor.Lower, distractor.Middle, distractor.Upper));
        Assert.Equal(1.0, options.Single(o => o.Option == 1).Lower);
    }
}
