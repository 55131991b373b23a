using System.Security.Cryptography;
using System.Text;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Data.Seed;

namespace Naas.Web.Infrastructure;

public static class Invitations
{
    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token ?? "")));

    /// <summary>Creates an invitation and queues its email; returns the link (shown to nobody but the email).</summary>
    public static string Invite(
        this NaasDbContext db,
        TimeProvider clock,
        string baseUrl,
        string email,
        string name,
        string role,
        Guid? organisationId,
        Guid? socialWorkerId,
        string organisationName
    )
    {
        var link = db.CreateInvitation(
            clock,
            baseUrl,
            email,
            name,
            role,
            organisationId,
            socialWorkerId,
            organisationName
        );
        db.Email(
            clock,
            email,
            "You have been invited to the National Assessment and Accreditation System",
            $"Dear {name},\n\nYou have been invited to use the National Assessment and Accreditation System as {Roles.Name(role)} for {organisationName}.\n\nSet your password within 7 days: {link}\n"
        );
        return link;
    }

    /// <summary>Creates an invitation without sending it, for a caller that puts the link into its own email.</summary>
    public static string CreateInvitation(
        this NaasDbContext db,
        TimeProvider clock,
        string baseUrl,
        string email,
        string name,
        string role,
        Guid? organisationId,
        Guid? socialWorkerId,
        string organisationName
    )
    {
        var token = Convert
            .ToBase64String(RandomNumberGenerator.GetBytes(24))
            .Replace('+', '-')
            .Replace('/', '_')
            .TrimEnd('=');
        var invitation = new Invitation
        {
            Email = email,
            DisplayName = name,
            Role = role,
            OrganisationId = organisationId,
            SocialWorkerId = socialWorkerId,
            TokenHash = Hash(token),
            CreatedAt = clock.GetUtcNow(),
            ExpiresAt = clock.GetUtcNow().AddDays(7),
        };
        db.Invitations.Add(invitation);
        var link = $"{baseUrl.TrimEnd('/')}{Naas.Web.Features.AccountLinks.AcceptInvitation(token)}";
        db.Record(
            new Features.Administration.Invited(invitation.Id, name, email, role, organisationName, socialWorkerId),
            organisationId
        );
        return link;
    }
}
