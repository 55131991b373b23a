using System.Security.Claims;
using Naas.Data.Seed;
using Naas.Web.Features;

namespace Naas.Web.Infrastructure;

/// <summary>The service navigation for each role: where its work is, few enough items to sit on one row at
/// desktop width (GOV.UK service navigation). The programme's rarer areas are reached from its overview.</summary>
public static class Menu
{
    public sealed record Item(string Href, string Text, string[] Section);

    private static Item I(string href, string text, params string[] section) =>
        new(href, text, section.Length == 0 ? [href] : section);

    /// <summary>The section an address belongs to: its first segments ("/employer/people" for a person's page), so a
    /// menu item is current on every page under it without the prefix being typed out.</summary>
    internal static string Under(string link, int segments = 2) =>
        "/" + string.Join('/', link.Split('/', StringSplitOptions.RemoveEmptyEntries).Take(segments));

    public static IEnumerable<Item> For(ClaimsPrincipal user)
    {
        if (user.IsInRole(Roles.ProgrammeAdministrator))
        {
            yield return I(
                AdministrationLinks.Admin(),
                "Overview",
                WorkforceLinks.AdminOrganisations(),
                StandardsLinks.AdminStandards(),
                AdministrationLinks.AdminSettings(),
                AdministrationLinks.AdminInvitations()
            );
            yield return I(KnowledgeTestLinks.AdminBlueprints(), "Tests");
            yield return I(StandardSettingLinks.Admin(), "Standard setting");
            yield return I(ResultsLinks.Admin(), "Results");
            yield return I(ReviewsLinks.Admin(), "Reviews");
            yield return I(AccreditationsLinks.Admin(), "Accreditations");
            yield return I(KnowledgeTestLinks.AdminAdjustments(), "Adjustments");
            yield return I(
                AdministrationLinks.AdminAudit(),
                "Audit",
                AdministrationLinks.AdminAudit(),
                HistoryLinks.AdminTimeline()
            );
        }
        if (user.IsInRole(Roles.EmployerLead))
        {
            yield return I(
                WorkforceLinks.EmployerWorkforce(),
                "Workforce",
                WorkforceLinks.EmployerWorkforce(),
                Under(WorkforceLinks.EmployerPeopleAdd()),
                Under(EndorsementsLinks.EmployerWithdraw(Guid.Empty)),
                WorkforceLinks.EmployerExport(),
                WorkforceLinks.EmployerTemplate()
            );
            yield return I(ResultsLinks.Employer(), "Results");
            yield return I(ReaccreditationsLinks.Employer(), "Re-accreditation");
            yield return I(ReviewsLinks.Employer(), "Reviews");
            yield return I(DevelopmentPlansLinks.Employer(), "Development plans");
            yield return I(WorkforceLinks.EmployerImport(), "Import");
            yield return I(ApiLinks.EmployerApiKeys(), "API keys");
        }
        if (user.IsInRole(Roles.ContentAuthor))
        {
            yield return I(
                ItemBankLinks.AuthorItems(),
                "Item bank",
                Under(ItemBankLinks.AuthorItems()),
                Under(ItemBankLinks.AuthorCases())
            );
            yield return I(ScenariosLinks.Author(), "Scenarios", Under(ScenariosLinks.Author()));
        }
        if (user.IsInRole(Roles.StandardSettingPanellist))
            yield return I(StandardSettingLinks.Panel(), "Standard setting");
        if (user.IsInRole(Roles.IndependentReviewer))
            yield return I(ReviewsLinks.Reviewer(), "Reviews");
        if (user.IsInRole(Roles.Assessor))
        {
            yield return I(MarkingLinks.Marker(), "Marking", Under(MarkingLinks.Marker(), 1));
            yield return I(ObservationLinks.Marker(), "Observing");
        }
        if (user.IsInRole(Roles.CentreCoordinator))
        {
            yield return I(KnowledgeTestLinks.Invigilator(), "Invigilation");
            yield return I(
                AssessmentDaysLinks.CentreRunSheet(),
                "Simulations today",
                Under(AssessmentDaysLinks.CentreRunSheet())
            );
            yield return I(RecordingsLinks.Centre(), "Recordings", Under(RecordingsLinks.Centre()));
        }
        if (user.IsInRole(Roles.SocialWorker))
        {
            yield return I(
                EligibilityLinks.Me(),
                "Your record",
                Under(AccreditationsLinks.MeCertificate("-")),
                WorkforceLinks.MeContact(),
                WorkforceLinks.MeDownload(),
                ReaccreditationsLinks.MeReaccreditation(),
                AccreditationsLinks.MeSharing(),
                StakeholderFeedbackLinks.Me(),
                ReviewsLinks.Me(),
                Under(EndorsementsLinks.MeRespond(Guid.Empty)),
                HistoryLinks.MeHistory()
            );
            yield return I(KnowledgeTestLinks.Me(), "Knowledge test");
            yield return I(WrittenLinks.Me(), "Written exercise", Under(WrittenLinks.Me()));
            yield return I(
                AssessmentDaysLinks.MeSimulations(),
                "Simulations",
                Under(AssessmentDaysLinks.MeSimulations()),
                RecordingsLinks.Me()
            );
            yield return I(ResultsLinks.MeResults(), "Results");
            yield return I(FairnessLinks.MeEquality(), "Equality information");
        }
        if (user.IsInRole(Roles.Analyst))
        {
            yield return I(FairnessLinks.PassRates(), "Pass rates by group");
            yield return I(FairnessLinks.KnowledgeTest(), "Knowledge test analysis");
            yield return I(FairnessLinks.Raters(), "Observers, actors and scenarios");
        }
    }

    /// <summary>Where a role's work starts: each person lands there after signing in.</summary>
    public static string Home(ClaimsPrincipal user) => For(user).FirstOrDefault()?.Href ?? HomeLinks.Home();
}
