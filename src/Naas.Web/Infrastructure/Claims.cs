using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Data.Seed;

namespace Naas.Web.Infrastructure;

public static class NaasClaims
{
    public const string Organisation = "naas:organisation";
    public const string SocialWorker = "naas:social-worker";
    public const string DisplayName = "naas:name";
    public const string ApiClient = "ApiClient";

    public static Guid? OrganisationId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(Organisation), out var id) ? id : null;

    public static Guid? SocialWorkerId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(SocialWorker), out var id) ? id : null;

    public static Guid? UserId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    /// <summary>The caller's scope from their claims: decided here, once, for every query.</summary>
    public static CallerScope ToScope(this ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
            return CallerScope.Nobody;
        var name = user.FindFirstValue(DisplayName) ?? user.Identity.Name ?? "Unknown";
        if (user.IsInRole(Roles.ProgrammeAdministrator))
            return new CallerScope(true, null, null, user.UserId(), name);
        if (user.IsInRole(Roles.EmployerLead) || user.IsInRole(ApiClient))
            return new CallerScope(false, user.OrganisationId() ?? Guid.Empty, null, user.UserId(), name);
        if (user.IsInRole(Roles.SocialWorker))
            return new CallerScope(false, null, user.SocialWorkerId() ?? Guid.Empty, user.UserId(), name);
        return new CallerScope(false, null, null, user.UserId(), name);
    }
}

/// <summary>Adds organisation, social worker and display name to the sign-in cookie.</summary>
public sealed class NaasClaimsFactory(
    UserManager<ApplicationUser> users,
    RoleManager<IdentityRole<Guid>> roles,
    IOptions<IdentityOptions> options
) : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(NaasClaims.DisplayName, user.DisplayName));
        if (user.OrganisationId is { } org)
            identity.AddClaim(new Claim(NaasClaims.Organisation, org.ToString()));
        if (user.SocialWorkerId is { } sw)
            identity.AddClaim(new Claim(NaasClaims.SocialWorker, sw.ToString()));
        return identity;
    }
}
