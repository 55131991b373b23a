namespace Naas.Psychometrics.Tests;

/// <summary>Borderline regression and borderline group standard setting (issue 16, item 4), against R 4 on 20
/// performances (global judgement 0 fail to 4 excellent, criteria total):
/// <code>
/// g &lt;- c(0,1,1,2,2,2,3,3,4,1,2,0,3,2,1,4,2,3,1,2)
/// s &lt;- c(8,11,13,15,17,16,20,19,24,12,18,7,21,16,10,23,15,22,14,17)
/// m &lt;- lm(s ~ g); p &lt;- predict(m, newdata = data.frame(g = 1), se.fit = TRUE)
/// p$fit; p$se.fit; coef(m); summary(m)$r.squared        # 12.0200400802 0.3502392221 7.9358717435 4.0841683367 0.9420026109
/// b &lt;- s[g == 1]; mean(b); sd(b) / sqrt(length(b)); median(b)   # 12 0.7071067812 12
/// </code></summary>
public class BorderlineTests
{
    private static readonly (int, double)[] Performances = new[]
    {
        0,
        1,
        1,
        2,
        2,
        2,
        3,
        3,
        4,
        1,
        2,
        0,
        3,
        2,
        1,
        4,
        2,
        3,
        1,
        2,
    }
        .Zip(new double[] { 8, 11, 13, 15, 17, 16, 20, 19, 24, 12, 18, 7, 21, 16, 10, 23, 15, 22, 14, 17 })
        .ToArray();

    [Fact]
    public void Borderline_regression_matches_lm_and_predict()
    {
        var r = Borderline.RegressionMethod(Performances)!;
        Assert.Equal(12.0200400802, r.PassMark, 9);
        Assert.Equal(0.3502392221, r.StandardError, 9);
        Assert.Equal((7.9358717435, 4.0841683367), (Math.Round(r.Intercept, 10), Math.Round(r.Slope, 10)));
        Assert.Equal(0.9420026109, r.RSquared, 9);
    }

    [Fact]
    public void Borderline_group_matches_the_mean_and_its_standard_error()
    {
        var g = Borderline.GroupMethod(Performances)!;
        Assert.Equal((12.0, 12.0, 5), (g.PassMark, g.Median, g.N));
        Assert.Equal(0.7071067812, g.StandardError, 9);
    }

    [Fact]
    public void Neither_is_given_without_enough_to_go_on()
    {
        Assert.Null(Borderline.RegressionMethod([(1, 10), (1, 12), (1, 11)]));
        Assert.Null(Borderline.GroupMethod([(1, 10), (2, 14)]));
    }
}
