namespace Naas.Web.Features;

/// <summary>Every address of the Endorsements capability, built from the same templates as its pages' <c>@page</c>
/// routes: pages, redirects and emails link through these rather than spelling the address. In the features' root
/// namespace, so that every page and service reaches it without a using.</summary>
public static class EndorsementsLinks
{
    public static string EmployerEndorseCheck(Guid id) => $"/employer/people/{id}/endorse/check";

    public static string EmployerEndorseJudgement(Guid id) => $"/employer/people/{id}/endorse/judgement";

    public static string EmployerEndorseStatus(Guid id) => $"/employer/people/{id}/endorse";

    public static string EmployerWithdraw(Guid id) => $"/employer/endorsements/{id}/withdraw";

    public static string MeRespond(Guid id) => $"/me/endorsements/{id}";
}
