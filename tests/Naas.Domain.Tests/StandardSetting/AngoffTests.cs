using Naas.Domain.StandardSetting;

namespace Naas.Domain.Tests.StandardSetting;

/// <summary>¶40: pass marks agreed by two independent panels using modified Angoff.</summary>
public class AngoffTests
{
    private static IReadOnlyDictionary<string, decimal> R(params decimal[] values) =>
        values.Select((v, i) => (v, i)).ToDictionary(x => $"u{x.i}", x => x.v);

    [Fact]
    public void A_panellists_cut_is_the_sum_of_their_ratings_and_the_panels_is_the_mean_para40()
    {
        var panel = Angoff.Panel([R(0.5m, 0.7m, 0.9m), R(0.6m, 0.8m, 1.0m)]); // cuts 2.1 and 2.4
        Assert.Equal(2, panel.Panellists);
        Assert.Equal(2.25m, panel.CutScore);
        Assert.Equal([2.1m, 2.4m], panel.PanellistCuts);
        // Sample SD of {2.1, 2.4} = 0.2121; SE = 0.2121 / sqrt 2 = 0.15.
        Assert.Equal(0.15, (double)panel.StandardError!.Value, 3);
    }

    [Fact]
    public void One_panellist_gives_no_standard_error_and_so_no_verdict_on_agreement()
    {
        var one = Angoff.Panel([R(0.5m, 0.5m)]);
        Assert.Null(one.StandardError);
        var c = Angoff.Compare(one, Angoff.Panel([R(0.6m, 0.6m), R(0.4m, 0.4m)]));
        Assert.Null(c.CombinedStandardError);
        Assert.Null(c.Agree);
        Assert.Equal(0m, c.Difference);
    }

    [Fact]
    public void Panels_agree_within_two_standard_errors_of_their_difference_and_not_beyond()
    {
        var a = Angoff.Panel([R(0.5m, 0.6m), R(0.6m, 0.7m), R(0.55m, 0.65m)]); // cuts 1.1, 1.3, 1.2: mean 1.2, SE 0.0577
        var close = Angoff.Panel([R(0.6m, 0.6m), R(0.7m, 0.7m), R(0.65m, 0.65m)]); // 1.2, 1.4, 1.3: mean 1.3
        var far = Angoff.Panel([R(0.9m, 0.9m), R(0.95m, 0.95m), R(0.85m, 0.85m)]); // 1.8, 1.9, 1.7: mean 1.8
        var near = Angoff.Compare(a, close);
        Assert.Equal(0.1m, near.Difference);
        Assert.True(near.Agree); // 0.1 <= 2 × 0.0816
        Assert.Equal(1.25m, near.MeanCut);
        Assert.False(Angoff.Compare(a, far).Agree); // 0.6 > 2 × 0.0816
    }

    [Fact]
    public void Each_units_rating_is_its_mean_over_every_panellist_of_both_panels()
    {
        var means = Angoff.UnitMeans([R(0.4m, 0.8m), R(0.6m, 1.0m), R(0.5m, 0.6m)]);
        Assert.Equal(0.5m, means["u0"]);
        Assert.Equal(0.8m, means["u1"]);
    }

    [Fact]
    public void A_panel_without_ratings_is_refused() => Assert.Throws<ArgumentException>(() => Angoff.Panel([]));
}
