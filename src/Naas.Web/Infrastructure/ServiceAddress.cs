namespace Naas.Web.Infrastructure;

/// <summary>Links under the service's own base address, for what is read from outside: a credential's ids, the key
/// set a verifier fetches.</summary>
public static class ServiceAddress
{
    /// <summary>A link generator's relative link under the base address, like https://naas.example/credentials/issuer.</summary>
    public static string Absolute(string serviceUrl, string link) => serviceUrl.TrimEnd('/') + link;
}
