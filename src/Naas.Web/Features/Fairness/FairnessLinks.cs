namespace Naas.Web.Features;

/// <summary>Every address of the Fairness capability.</summary>
public static class FairnessLinks
{
    public static string MeEquality() => "/me/equality";

    public static string PassRates() => "/analysis/pass-rates";

    public static string KnowledgeTest() => "/analysis/knowledge-test";

    public static string KnowledgeTestWindow(Guid window) => $"/analysis/knowledge-test?window={window}";

    public static string Raters() => "/analysis/raters";

    public static string PassRatesCsv(string grouping) => $"/analysis/pass-rates?handler=Csv&grouping={grouping}";
}
