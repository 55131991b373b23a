namespace Naas.Psychometrics.Tests;

/// <summary>Rasch calibration by conditional maximum likelihood (issue 16), against R 4's eRm 1.0-2 on the same data:
/// 160 candidates × 10 items, once complete and once with each candidate missing 3 items (a form of their own, "."
/// below, NA in R):
/// <code>
/// m &lt;- eRm::RM(X, sum0 = TRUE); -m$betapar; m$se.beta
/// </code>
/// eRm's optimiser (nlm) stops about 1e-5 from the maximum (items 1 and 9 of the complete data have the same score,
/// so the same estimate, yet eRm gives them 1.2e-5 apart): difficulties and standard errors are checked to within
/// 5e-5.</summary>
public class RaschTests
{
    private static readonly string[] Complete =
    [
        "1010000011",
        "1100101010",
        "0011001011",
        "1000010011",
        "1100001010",
        "1111011011",
        "0101000010",
        "0001000111",
        "0000000000",
        "0000000010",
        "0110010110",
        "0100100010",
        "1111100010",
        "1100000011",
        "0000000001",
        "1100000010",
        "1000100001",
        "1111110111",
        "1001000000",
        "1110100001",
        "1111100010",
        "1101111111",
        "1001000000",
        "1111010110",
        "1001000010",
        "1011100110",
        "1111101010",
        "0010000010",
        "1111100011",
        "0010001010",
        "1011100011",
        "1100111011",
        "1010000000",
        "1010000010",
        "1101101011",
        "1111000000",
        "1111000010",
        "1111111011",
        "1111111010",
        "1111110010",
        "1100010011",
        "1100110010",
        "0000010001",
        "0100100110",
        "1100000111",
        "1110000000",
        "1011010100",
        "0000000100",
        "1101010010",
        "1010001011",
        "1011101111",
        "1101110010",
        "1111100010",
        "1001101101",
        "0100000000",
        "0110100011",
        "1111110011",
        "1111011011",
        "1000001000",
        "1101110111",
        "1101000111",
        "1010101010",
        "0001100011",
        "1011000110",
        "1011101010",
        "1000000000",
        "1111000001",
        "1100000111",
        "0110101010",
        "0101001010",
        "0000000000",
        "0100100110",
        "0000000000",
        "0100000000",
        "1101011011",
        "1111101011",
        "1111001010",
        "1000010010",
        "1101111111",
        "0011100011",
        "0100100000",
        "1110000011",
        "1011000010",
        "0100100001",
        "0000000000",
        "1011000010",
        "1000000000",
        "1011000101",
        "1111100011",
        "1111101111",
        "1001100000",
        "1110001110",
        "1000101111",
        "1110100000",
        "1111010011",
        "1100000000",
        "1101000010",
        "1100000110",
        "1000011000",
        "0010110110",
        "1111010111",
        "1111111011",
        "0110001011",
        "1101100011",
        "1111100000",
        "1011011010",
        "1111111110",
        "0110000000",
        "1110010010",
        "0000100010",
        "1011011110",
        "0000000010",
        "1111110011",
        "1010101011",
        "0101101101",
        "1111100101",
        "1101000010",
        "0110000010",
        "1111000011",
        "0100000010",
        "0111010111",
        "1100010001",
        "1110000010",
        "1101100111",
        "1111111111",
        "0101000010",
        "1111111111",
        "1000001000",
        "1100010111",
        "1111101001",
        "0000000010",
        "0000000000",
        "0010101010",
        "1010000011",
        "1100100010",
        "1000000000",
        "1001111000",
        "0011100010",
        "1111100011",
        "1011010110",
        "1111111011",
        "1010000010",
        "0111000000",
        "1110100010",
        "0011011111",
        "1111100111",
        "0110000001",
        "1000000000",
        "1111000010",
        "1100011010",
        "1010100001",
        "0000000100",
        "1000001100",
        "1101011010",
        "0000000010",
        "1001000010",
        "1000110110",
        "1010110111",
        "1100000010",
        "1000000011",
    ];

    private static readonly string[] Sparse =
    [
        "10100.0.1.",
        "110.101..0",
        "00..00.011",
        "100.0..011",
        ".10.001.10",
        "1.1.0.1011",
        "010100.0..",
        ".00100..11",
        ".00.000.00",
        ".0.00000.0",
        "0.1..10110",
        "01001..0.0",
        "11.1100.1.",
        "1.0000.0.1",
        "00.0..0001",
        "1..000001.",
        "1000.0.00.",
        "1.1111..11",
        "1.010..000",
        "11..1.0001",
        "1111100...",
        "1.0111.1.1",
        "10...00000",
        ".1110.01.0",
        ".00100..10",
        "10..10.110",
        ".1.110101.",
        "0.1.000.10",
        ".11.10001.",
        ".0100.10.0",
        "10111...11",
        "1100.11..1",
        "..100000.0",
        "10100.00..",
        ".10.101.11",
        "11.1.0.000",
        "1..100001.",
        "11..1.1011",
        ".1.111.010",
        "111111..1.",
        "11.0.1001.",
        "11.011..10",
        "0000..00.1",
        "010010..1.",
        "11.0.001.1",
        ".110.00.00",
        ".01101.1.0",
        ".0.0.00100",
        ".1.101.010",
        ".01.00.011",
        ".0.110111.",
        "1101.10.1.",
        "111..000.0",
        "..0.101101",
        "01.0.0000.",
        ".1.010001.",
        ".1111.001.",
        "11.10.1.11",
        "1000..1.00",
        "1..111011.",
        "11010..11.",
        "1.1010.01.",
        "00.110.0.1",
        ".011000..0",
        "1..11.1010",
        "1000000...",
        "11.100.00.",
        "11..0.0111",
        "0110101...",
        "01.1.0.010",
        "0000.0.0.0",
        "01001.0.1.",
        "000..0000.",
        "010...0000",
        "11.101.0.1",
        "111.1010..",
        "111.00.01.",
        "100..10.10",
        "110..1111.",
        ".011..0011",
        "..00.00000",
        "11.0.0001.",
        ".0..000010",
        "..0010.001",
        ".000.000.0",
        ".0.1000.10",
        "100.0.000.",
        "1011000...",
        ".1.11.0011",
        "1.1.10111.",
        "10.1.00.00",
        "1110..11.0",
        ".000.011.1",
        ".1.0100.00",
        "111.01..11",
        "11.00000..",
        "1..10000.0",
        ".10.00011.",
        ".00001..00",
        ".0.01101.0",
        "111..101.1",
        "111..11.11",
        "011..0101.",
        "11.110..11",
        "111.1.000.",
        "...1011010",
        "1.11111..0",
        "0.100000..",
        ".110.10.10",
        ".0001000..",
        "101.0..110",
        "0.0000.01.",
        "111..1001.",
        ".0101.1.11",
        "0.01.0.101",
        "..111001.1",
        "11.1.000.0",
        "011..0.010",
        "1.110.00.1",
        "01.0.000.0",
        "0.1.0101.1",
        ".1000.000.",
        "11..0000.0",
        ".10.10011.",
        "1111.111..",
        "0101...010",
        "11..1.1111",
        "10.0001..0",
        "1100..011.",
        ".1111.1.01",
        "0000..00.0",
        "00.00.000.",
        "0.10.0.010",
        "1.10.0.011",
        "110..0.010",
        ".00000.00.",
        "10.111..00",
        "0.11100..0",
        "..11100.11",
        ".01101.1.0",
        ".11..11011",
        "1010.000..",
        "..110.0000",
        "111.10.0.0",
        "001101.1..",
        "11111.0..1",
        "0.100.0.01",
        "1.000.000.",
        "11110.0.1.",
        ".10.0110.0",
        "101010.0..",
        "000.0.0.00",
        "10.00.1.00",
        "11..011.10",
        "0..0.00010",
        "100...0010",
        "1.001.0.10",
        ".01011..11",
        "1.0.00001.",
        "10...00011",
    ];

    private static List<Response> Read(string[] rows) =>
        rows.SelectMany(
                (row, p) =>
                    row.Select((c, i) => (c, i)).Where(x => x.c != '.').Select(x => new Response(p, x.i, x.c == '1'))
            )
            .ToList();

    [Theory]
    [InlineData(
        "complete",
        new[]
        {
            -1.3141516612,
            -0.5648557894,
            -0.2246073598,
            -0.1330395209,
            0.2663865054,
            0.9679777755,
            0.9314886612,
            1.1185787114,
            -1.3141638283,
            0.2663865061,
        },
        new[]
        {
            0.1864597355,
            0.1697701108,
            0.1671399950,
            0.1669556160,
            0.1687646154,
            0.1825250046,
            0.1814627552,
            0.1873330661,
            0.1864676576,
            0.1687646056,
        }
    )]
    [InlineData(
        "sparse",
        new[]
        {
            -1.2452915671,
            -0.5203165413,
            -0.3761750489,
            -0.1625666765,
            0.2327847701,
            0.9708504944,
            0.9714307890,
            0.9620627320,
            -1.1866061403,
            0.3538271887,
        },
        new[]
        {
            0.2261992152,
            0.1991767363,
            0.2116444298,
            0.2068283460,
            0.2037914139,
            0.2197570039,
            0.2242041424,
            0.2264377001,
            0.2287960801,
            0.2129316839,
        }
    )]
    public void Difficulties_and_standard_errors_match_eRm(string data, double[] difficulty, double[] se)
    {
        var c = Rasch.Cml(Read(data == "complete" ? Complete : Sparse));
        Assert.True(c.Converged);
        Assert.True(c.FullInformation);
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(difficulty[i], c.Difficulty[i], 5e-5);
            Assert.Equal(se[i], c.StandardError[i], 5e-5);
        }
        Assert.Equal(0, c.Difficulty.Values.Sum(), 10);
    }

    /// <summary>With only 10 items, where each difficulty is a large share of the sum-zero constraint, the diagonal
    /// overstates the error by about a tenth; it comes closer as the bank grows.</summary>
    [Fact]
    public void The_diagonal_standard_errors_used_for_a_large_bank_are_near_the_full_ones()
    {
        var full = Rasch.Cml(Read(Sparse));
        var diagonal = Rasch.Cml(Read(Sparse), fullInformationUpTo: 0);
        Assert.False(diagonal.FullInformation);
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(full.Difficulty[i], diagonal.Difficulty[i], 10);
            Assert.InRange(diagonal.StandardError[i] / full.StandardError[i], 1.0, 1.15);
        }
    }

    [Fact]
    public void Candidates_with_every_answer_right_or_wrong_and_items_nobody_or_everybody_got_right_are_left_out()
    {
        var rows = Complete.Take(60).Select(r => r + "1").Append("11111111111").Append("00000000000").ToArray();
        var c = Rasch.Cml(Read(rows));
        Assert.Equal([10], c.NotCalibrated);
        Assert.DoesNotContain(10, c.Difficulty.Keys);
        Assert.True(c.Persons <= 60);
    }

    /// <summary>Item fit and abilities (issue 16: "with standard errors and fit"), against the same eRm run:
    /// <code>
    /// pp &lt;- eRm::person.parameter(m); f &lt;- eRm::itemfit(pp); f$i.outfitMSQ; f$i.infitMSQ; pp$thetapar
    /// </code>
    /// given eRm's own difficulties (the values of the test above), so that only the fit is compared. eRm finds each
    /// ability with nlm, which stops about 1e-6 short of the maximum (our Newton steps go to 1e-12): fit to 1e-5,
    /// abilities to 1e-5.
    /// Candidate 1 of the complete data (4 of 10 right) has ability −0.4624419130, candidate 21 of the sparse data
    /// 1.0136877554.</summary>
    [Theory]
    [InlineData(
        "complete",
        new[]
        {
            -1.3141516612,
            -0.5648557894,
            -0.2246073598,
            -0.1330395209,
            0.2663865054,
            0.9679777755,
            0.9314886612,
            1.1185787114,
            -1.3141638283,
            0.2663865061,
        },
        new[]
        {
            0.8847610596,
            1.0261057307,
            1.0689183977,
            0.7511252876,
            0.9000628759,
            0.8316337688,
            0.9876773218,
            1.3197071836,
            0.8517382978,
            0.9603376753,
        },
        new[]
        {
            0.9775666301,
            1.0620878002,
            1.0167037098,
            0.8462171615,
            0.9729003539,
            0.9035779007,
            1.0093008558,
            1.0776272402,
            0.9173091370,
            0.9530415983,
        },
        0,
        -0.4624419130
    )]
    [InlineData(
        "sparse",
        new[]
        {
            -1.2452915671,
            -0.5203165413,
            -0.3761750489,
            -0.1625666765,
            0.2327847701,
            0.9708504944,
            0.9714307890,
            0.9620627320,
            -1.1866061403,
            0.3538271887,
        },
        new[]
        {
            0.8811197118,
            1.0175992270,
            1.1231607857,
            0.8450613353,
            0.9257740741,
            0.8506207356,
            0.9355350016,
            0.8619411664,
            0.8798685751,
            1.1000537182,
        },
        new[]
        {
            1.0053108468,
            1.0257643223,
            1.0530973743,
            0.9353981267,
            0.9641801552,
            0.8658440316,
            0.9710944896,
            0.9422542941,
            0.8518061250,
            1.0146077401,
        },
        20,
        1.0136877554
    )]
    public void Item_fit_and_abilities_match_eRm(
        string data,
        double[] difficulty,
        double[] outfit,
        double[] infit,
        int person,
        double ability
    )
    {
        var responses = Read(data == "complete" ? Complete : Sparse);
        var b = difficulty.Select((d, i) => (d, i)).ToDictionary(x => x.i, x => x.d);
        var fit = Rasch.Fit(responses, b);
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(outfit[i], fit[i].Outfit, 1e-5);
            Assert.Equal(infit[i], fit[i].Infit, 1e-5);
        }
        var mine = responses.Where(r => r.Person == person).ToList();
        Assert.Equal(ability, Rasch.Ability(mine.Select(r => b[r.Item]).ToArray(), mine.Count(r => r.Correct)), 1e-5);
        if (data == "complete")
            Assert.Equal(153, fit[0].Count); // 160 less 7 with 0 or 10 right, as eRm's itemfit
    }

    /// <summary>A window with no sittings (it happened: a closed window nobody sat) has no fit to give, and says so by
    /// giving none rather than failing.</summary>
    [Fact]
    public void Nobody_answering_gives_no_fit_and_no_calibration()
    {
        Assert.Empty(Rasch.Fit([], new Dictionary<int, double> { [0] = 0.5 }));
        var c = Rasch.Cml([]);
        Assert.Empty(c.Difficulty);
        Assert.Equal(0, c.Persons);
    }
}
