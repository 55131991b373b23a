namespace Naas.Web.Features;

/// <summary>The addresses a verifier of a digital credential reads, open to anyone: the service's keys, its issuer
/// profile, the achievements, the status lists and each credential. Relative like every link generator; a
/// credential's ids are these under the service's base address (<see cref="Naas.Web.Infrastructure.ServiceAddress"/>), because a verifier resolves
/// them from outside.</summary>
public static class CredentialLinks
{
    public static string Jwks() => $"/.well-known/jwks.json";

    public static string Key(string id) => $"/credentials/keys/{Uri.EscapeDataString(id)}";

    public static string Issuer() => $"/credentials/issuer";

    public static string Achievement(string level) => $"/credentials/achievements/{Uri.EscapeDataString(level)}";

    public static string StatusList(string purpose) => $"/credentials/status/{Uri.EscapeDataString(purpose)}";

    public static string Credential(string number) => $"/credentials/{Uri.EscapeDataString(number)}";
}
