namespace Naas.Data.Entities;

/// <summary>A key the service signs verifiable credentials with. Every key ever used stays published, so a credential
/// issued under an older key can still be checked; only the newest unretired key signs. The private half is kept
/// encrypted with the service's data-protection keys.</summary>
public class SigningKey
{
    /// <summary>The key id ("kid") verifiers look the key up by.</summary>
    public required string Id { get; set; }
    public required string Algorithm { get; set; }

    /// <summary>The public key as a JSON Web Key.</summary>
    public required string PublicJwk { get; set; }
    public required string ProtectedPrivateKey { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RetiredAt { get; set; }
}
