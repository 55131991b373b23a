namespace Naas.Web.Features;

/// <summary>Every address of the Account capability, built from the same templates as its pages' <c>@page</c> routes:
/// pages, redirects and emails link through these rather than spelling the address. In the features' root namespace, so
/// that every page and service reaches it without a using.</summary>
public static class AccountLinks
{
    public static string AcceptInvitation(string token) => $"/account/invitation/{Uri.EscapeDataString(token)}";

    public static string AccessDenied() => $"/account/access-denied";

    public static string Authenticator() => $"/account/authenticator";

    public static string ExternalCallback() => $"/account/external-callback";

    public static string ForgotPassword() => $"/account/forgot-password";

    public static string ResetPassword() => $"/account/reset-password";

    public static string SignIn() => $"/account/sign-in";

    public static string SignOut() => $"/account/sign-out";

    public static string TwoFactor() => $"/account/two-factor";
}
