namespace Naas.Web.Features.Api;

/// <summary>An employer made an API key; only its prefix and a hash of it are kept.</summary>
public sealed record ApiKeyCreated(Guid Credential, string Name, string Prefix) : ApiCredentialChange(Credential)
{
    public override string Action => "Created";

    public override string Summary() => $"API key \"{Name}\" created";
}

/// <summary>An employer revoked an API key.</summary>
public sealed record ApiKeyRevoked(Guid Credential, string Name) : ApiCredentialChange(Credential)
{
    public override string Action => "Revoked";

    public override string Summary() => $"API key \"{Name}\" revoked";
}
