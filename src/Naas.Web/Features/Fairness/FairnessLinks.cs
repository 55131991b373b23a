namespace Naas.Web.Features;

/// <summary>Every address of the Fairness capability.</summary>
public static class FairnessLinks
{
    public static string MeEquality() => "/me/equality";

    public static string PassRates() => "/analysis/pass-rates";

    public static string Dif() => "/analysis/dif";

    public static string PassRatesCsv(string grouping) => $"/analysis/pass-rates?handler=Csv&grouping={grouping}";
}
