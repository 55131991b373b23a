namespace Naas.Psychometrics.Tests;

/// <summary>Many-facet Rasch (issue 16: observer, actor and scenario severity), binomial-trials model, against R 4's
/// <c>glm</c> fitting the same model as a logistic regression on the same data. The data: 50 simulated candidates,
/// two simulations each (one of 4 scenarios, one of 4 actors, two of 6 observers), every observer rating each of the
/// scenario's criteria 0 to 3 (scenario 2 has three criteria, the others four); each line below is
/// "candidate scenario actor observer levels". Generated in R with <c>set.seed(20261205)</c> from known measures
/// (observers −0.6, −0.2, 0, 0.1, 0.3, 0.4). The model matrix: a column per candidate; scenario, observer and actor
/// each in sum-to-zero coding; criteria in sum-to-zero coding within their scenario; every facet column negated (a
/// measure is subtracted). Then
/// <code>
/// m &lt;- glm.fit(X, cbind(x, 3 - x), family = binomial(), control = glm.control(epsilon = 1e-14, maxit = 100))
/// V &lt;- chol2inv(m$qr$qr[1:ncol(X), 1:ncol(X)])      # full rank, no pivoting
/// est &lt;- c(b[idx], -sum(b[idx])); se &lt;- c(sqrt(diag(V)[idx]), sqrt(sum(V[idx, idx])))
/// p &lt;- m$fitted.values; outfit &lt;- tapply((x - 3p)^2 / (3p(1 - p)), g, mean)
/// infit &lt;- tapply((x - 3p)^2, g, sum) / tapply(3p(1 - p), g, sum)
/// </code>
/// (the fit statistics are the model's formulae, computed in R from glm's fitted values). Checked to 1e-8.</summary>
public class FacetsTests
{
    private static readonly string[] Data =
    [
        "0 0 3 4 2021",
        "0 0 3 0 3231",
        "0 3 0 0 3121",
        "0 3 0 2 2212",
        "1 0 1 2 3333",
        "1 0 1 3 3233",
        "1 2 3 0 332",
        "1 2 3 4 332",
        "2 2 0 3 322",
        "2 2 0 0 221",
        "2 0 2 2 2131",
        "2 0 2 0 2310",
        "3 1 0 4 2221",
        "3 1 0 0 3333",
        "3 2 2 4 322",
        "3 2 2 0 333",
        "4 1 2 1 2111",
        "4 1 2 4 1210",
        "4 2 0 2 122",
        "4 2 0 0 121",
        "5 3 0 2 3001",
        "5 3 0 1 0122",
        "5 0 3 4 1112",
        "5 0 3 0 0222",
        "6 3 1 1 3312",
        "6 3 1 3 2121",
        "6 2 3 1 011",
        "6 2 3 0 332",
        "7 3 3 3 2332",
        "7 3 3 0 3333",
        "7 2 3 4 333",
        "7 2 3 2 333",
        "8 2 2 2 020",
        "8 2 2 0 122",
        "8 0 1 4 2121",
        "8 0 1 2 3233",
        "9 2 0 3 333",
        "9 2 0 2 322",
        "9 3 2 4 3222",
        "9 3 2 1 2122",
        "10 0 2 0 3333",
        "10 0 2 4 3233",
        "10 1 1 2 2333",
        "10 1 1 0 2222",
        "11 1 1 1 3101",
        "11 1 1 2 1121",
        "11 2 2 0 231",
        "11 2 2 2 200",
        "12 2 2 3 121",
        "12 2 2 0 211",
        "12 3 3 0 2211",
        "12 3 3 3 2101",
        "13 3 2 3 3232",
        "13 3 2 2 3231",
        "13 0 3 3 3323",
        "13 0 3 2 2222",
        "14 3 0 2 3123",
        "14 3 0 0 3333",
        "14 0 2 5 2230",
        "14 0 2 1 3323",
        "15 1 0 1 3333",
        "15 1 0 2 2323",
        "15 3 3 3 2332",
        "15 3 3 5 3213",
        "16 1 3 1 1000",
        "16 1 3 2 2010",
        "16 2 2 4 000",
        "16 2 2 0 001",
        "17 3 0 5 2021",
        "17 3 0 3 3102",
        "17 0 3 0 3222",
        "17 0 3 4 3132",
        "18 3 0 1 2312",
        "18 3 0 4 2321",
        "18 2 1 1 122",
        "18 2 1 2 333",
        "19 1 1 0 1102",
        "19 1 1 3 0202",
        "19 0 3 4 1101",
        "19 0 3 5 0001",
        "20 2 2 1 320",
        "20 2 2 0 123",
        "20 1 2 3 0220",
        "20 1 2 2 1211",
        "21 0 3 4 2211",
        "21 0 3 3 2233",
        "21 2 2 5 321",
        "21 2 2 1 231",
        "22 3 1 2 3232",
        "22 3 1 4 3222",
        "22 0 0 0 3333",
        "22 0 0 5 3322",
        "23 2 2 3 302",
        "23 2 2 4 133",
        "23 3 0 4 3323",
        "23 3 0 5 3033",
        "24 0 1 0 3222",
        "24 0 1 3 3232",
        "24 2 3 3 332",
        "24 2 3 2 232",
        "25 0 1 3 2100",
        "25 0 1 2 1210",
        "25 1 3 0 0100",
        "25 1 3 5 0000",
        "26 3 2 4 2211",
        "26 3 2 3 1112",
        "26 1 3 2 1310",
        "26 1 3 5 1220",
        "27 3 2 3 3222",
        "27 3 2 5 3113",
        "27 1 3 2 3111",
        "27 1 3 4 2122",
        "28 1 2 0 0311",
        "28 1 2 2 0101",
        "28 2 0 0 323",
        "28 2 0 1 211",
        "29 1 2 1 3332",
        "29 1 2 0 3233",
        "29 3 2 1 3323",
        "29 3 2 2 3232",
        "30 3 0 2 2010",
        "30 3 0 1 2132",
        "30 0 3 1 3211",
        "30 0 3 2 2212",
        "31 1 0 0 3221",
        "31 1 0 4 3311",
        "31 2 3 1 212",
        "31 2 3 5 311",
        "32 1 0 2 2321",
        "32 1 0 4 1211",
        "32 3 1 1 2213",
        "32 3 1 0 3121",
        "33 0 0 3 2322",
        "33 0 0 0 3323",
        "33 1 0 4 2332",
        "33 1 0 1 3223",
        "34 3 2 0 3332",
        "34 3 2 4 3111",
        "34 0 0 2 3221",
        "34 0 0 1 3313",
        "35 2 3 1 323",
        "35 2 3 3 322",
        "35 0 2 4 3222",
        "35 0 2 5 3211",
        "36 1 3 5 3223",
        "36 1 3 4 2321",
        "36 3 2 2 3332",
        "36 3 2 0 3323",
        "37 1 3 2 2331",
        "37 1 3 0 3233",
        "37 2 1 3 333",
        "37 2 1 0 332",
        "38 0 0 2 2210",
        "38 0 0 1 2322",
        "38 1 0 5 2101",
        "38 1 0 4 1210",
        "39 2 2 3 010",
        "39 2 2 0 321",
        "39 3 3 3 3222",
        "39 3 3 1 1311",
        "40 3 1 4 1101",
        "40 3 1 1 2211",
        "40 0 1 2 2132",
        "40 0 1 4 2202",
        "41 0 1 4 2210",
        "41 0 1 3 1201",
        "41 1 3 0 3212",
        "41 1 3 1 3002",
        "42 2 3 0 333",
        "42 2 3 1 232",
        "42 0 3 0 3331",
        "42 0 3 1 3323",
        "43 2 0 5 312",
        "43 2 0 2 333",
        "43 3 0 5 2212",
        "43 3 0 3 3222",
        "44 0 0 3 1032",
        "44 0 0 4 2301",
        "44 3 1 2 3133",
        "44 3 1 4 3311",
        "45 1 2 5 3333",
        "45 1 2 3 3333",
        "45 0 2 1 3213",
        "45 0 2 0 3323",
        "46 2 2 1 323",
        "46 2 2 4 211",
        "46 0 3 3 2330",
        "46 0 3 0 3212",
        "47 1 0 4 3323",
        "47 1 0 2 3213",
        "47 3 3 1 3323",
        "47 3 3 2 2132",
        "48 3 2 2 2221",
        "48 3 2 5 2111",
        "48 2 2 5 000",
        "48 2 2 4 210",
        "49 1 1 4 3333",
        "49 1 1 5 3332",
        "49 3 1 2 3222",
        "49 3 1 0 3333",
    ];

    private static readonly int[] CriteriaPerScenario = [4, 4, 3, 4];

    /// <summary>Facets in the order observer, actor, scenario, criterion; a criterion is numbered scenario × 10 +
    /// its number, and grouped by its scenario.</summary>
    internal static (List<Facets.Rating> Ratings, Facets.Facet[] Facets) Read(IEnumerable<string> lines)
    {
        var ratings = new List<Facets.Rating>();
        foreach (var line in lines)
        {
            var parts = line.Split(' ');
            var (candidate, scenario, actor, observer) = (
                int.Parse(parts[0]),
                int.Parse(parts[1]),
                int.Parse(parts[2]),
                int.Parse(parts[3])
            );
            for (var c = 0; c < parts[4].Length; c++)
                ratings.Add(
                    new Facets.Rating(candidate, [observer, actor, scenario, scenario * 10 + c], parts[4][c] - '0')
                );
        }
        return (
            ratings,
            [
                new Facets.Facet("Observer"),
                new Facets.Facet("Actor"),
                new Facets.Facet("Scenario"),
                new Facets.Facet("Criterion", c => c / 10),
            ]
        );
    }

    private static void Check(IReadOnlyDictionary<int, Facets.Measure> measures, double[] values, double[] errors)
    {
        Assert.Equal(values.Length, measures.Count);
        var ordered = measures.OrderBy(m => m.Key).Select(m => m.Value).ToList();
        for (var i = 0; i < values.Length; i++)
        {
            Assert.Equal(values[i], ordered[i].Value, 1e-8);
            Assert.Equal(errors[i], ordered[i].StandardError, 1e-8);
        }
    }

    private static void CheckFit(IReadOnlyDictionary<int, Facets.Measure> measures, double[] outfit, double[] infit)
    {
        var ordered = measures.OrderBy(m => m.Key).Select(m => m.Value).ToList();
        for (var i = 0; i < outfit.Length; i++)
        {
            Assert.Equal(outfit[i], ordered[i].Outfit, 1e-8);
            Assert.Equal(infit[i], ordered[i].Infit, 1e-8);
        }
    }

    [Fact]
    public void Measures_standard_errors_and_fit_match_R_glm_on_the_same_model()
    {
        var (ratings, facets) = Read(Data);
        Assert.Equal(750, ratings.Count);
        var result = Facets.Estimate(ratings, facets, 3);
        Assert.True(result.Separable);
        Assert.True(result.Converged);
        Assert.Empty(result.Extreme);

        Check(
            result.Measures[0],
            [-0.6025086496, -0.2069359825, -0.0098129216, 0.0034243749, 0.2471798235, 0.5686533552],
            [0.1242936902, 0.1296543746, 0.1148725904, 0.1351983918, 0.1171116572, 0.1591430532]
        );
        CheckFit(
            result.Measures[0],
            [0.8791182646, 1.0857694148, 0.9767944991, 1.1599680409, 0.6598287877, 0.8317766263],
            [0.9033630532, 1.0449458111, 0.9871218609, 1.0450504191, 0.6819644180, 0.9045857908]
        );
        Check(
            result.Measures[1],
            [-0.0929886485, -0.2959854341, 0.2910464530, 0.0979276296],
            [0.1224255345, 0.1524836830, 0.1240578582, 0.1151141061]
        );
        CheckFit(
            result.Measures[1],
            [0.8426436826, 0.9449618044, 0.9283883983, 0.9963476623],
            [0.8912859530, 0.9326657820, 0.8953267305, 0.9684130629]
        );
        Check(
            result.Measures[2],
            [-0.1571563039, 0.1801172523, -0.0617539667, 0.0387930184],
            [0.1120850121, 0.1196832872, 0.1147474709, 0.1079019915]
        );
        CheckFit(
            result.Measures[2],
            [1.0109530526, 0.9284385239, 0.9084684267, 0.8671201951],
            [0.9985977162, 0.9088262475, 0.9485936709, 0.8398991735]
        );
        // Criteria are centred within their scenario: scenario 2's three, then scenario 3's four.
        var criteria = result.Measures[3];
        Check(
            criteria.Where(c => c.Key / 10 == 2).ToDictionary(),
            [-0.3520926375, -0.0498866130, 0.4019792505],
            [0.1594154192, 0.1557684560, 0.1532452501]
        );
        Check(
            criteria.Where(c => c.Key / 10 == 3).ToDictionary(),
            [-0.9293068638, 0.3202730076, 0.3513476345, 0.2576862218],
            [0.1817471518, 0.1563495372, 0.1561607054, 0.1567885036]
        );
        Assert.Equal(0.0750342352, result.Ability[0], 1e-8);
        Assert.Equal(2.3492776517, result.Ability[1], 1e-8);
        Assert.Equal(0.1166084948, result.Ability[2], 1e-8);
    }

    [Fact]
    public void A_candidate_with_every_rating_full_marks_is_left_out_and_changes_nothing()
    {
        var (ratings, facets) = Read(Data.Append("99 1 2 3 3333").Append("99 1 2 5 3333"));
        var result = Facets.Estimate(ratings, facets, 3);
        Assert.Equal([99], result.Extreme);
        Assert.False(result.Ability.ContainsKey(99));
        Assert.Equal(-0.6025086496, result.Measures[0][0].Value, 1e-8);
        Assert.Null(result.Expected(ratings[^1]));
    }

    [Fact]
    public void Observers_who_only_ever_rate_with_the_same_actor_cannot_be_separated_from_the_actor()
    {
        // Each actor always has the same observer: any split of severity between the two fits as well.
        var ratings = Read(Data)
            .Ratings.Select(r => r with { Elements = [r.Elements[1], r.Elements[1], 0, 0] })
            .ToList();
        var result = Facets.Estimate(ratings, [new("Observer"), new("Actor"), new("Scenario"), new("Criterion")], 3);
        Assert.False(result.Separable);
        Assert.Empty(result.Measures);
    }

    [Fact]
    public void The_expected_score_with_a_severe_observer_made_neutral_is_higher()
    {
        var (ratings, facets) = Read(Data);
        var result = Facets.Estimate(ratings, facets, 3);
        // Observer 5 is the most severe (0.57 logits): the score expected from an average observer is higher.
        var rating = ratings.First(r => r.Elements[0] == 5);
        Assert.True(result.Expected(rating, neutral: 0) > result.Expected(rating));
        var lenient = ratings.First(r => r.Elements[0] == 0);
        Assert.True(result.Expected(lenient, neutral: 0) < result.Expected(lenient));
    }
}
