using Naas.Data.Entities;

namespace Naas.Web.Features.Workforce;

/// <summary>Who may see and change a person's own details when more than one employer knows them (ADR 0014).</summary>
public static class PersonDetailsRule
{
    /// <summary>The employer that first recorded the person holds their details: it alone sees their contact
    /// details.</summary>
    public static bool HoldsDetails(SocialWorker p, Guid? organisationId) =>
        organisationId is { } o && p.DetailsOrganisationId == o;

    /// <summary>Contact details are the holder's to correct only until the person has an account; then they are the
    /// person's.</summary>
    public const string NotYoursMessage =
        "Another employer first recorded this social worker, so their personal details are kept there and by the social worker. You can change your own engagements with them";

    public static bool MayChangeContact(SocialWorker p, Guid organisationId, bool personHasAccount) =>
        HoldsDetails(p, organisationId) && !personHasAccount;
}
