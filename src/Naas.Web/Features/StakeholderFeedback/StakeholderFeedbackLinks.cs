namespace Naas.Web.Features;

/// <summary>Every address of the StakeholderFeedback capability.</summary>
public static class StakeholderFeedbackLinks
{
    public static string Me() => "/me/feedback";

    public static string Respond(string token) => $"/feedback/{token}";

    public static string Admin() => "/admin/feedback";
}
