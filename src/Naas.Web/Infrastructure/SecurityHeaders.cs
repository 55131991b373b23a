namespace Naas.Web.Infrastructure;

/// <summary>The headers every response carries. No page has an inline script, style attribute or event handler (the
/// GOV.UK "js-enabled" class is set by a file of its own), so the policy needs no nonces and allows no inline
/// code.</summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self'; font-src 'self'; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string PermissionsPolicy =
        "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";
}
