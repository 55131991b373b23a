using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Domain.Endorsements;

namespace Naas.Web.Tests;

/// <summary>Arranging assessments under way with nothing marked yet, and accounts with the assessor role.</summary>
public static class UnderWay
{
    public static async Task<Guid> EndorsedAsync(NaasFactory app, string registration)
    {
        await using var db = app.Db();
        var e = await Arrange.EndorsementAsync(
            db,
            registration,
            EndorsementState.InAssessment,
            app.Clock.GetUtcNow(),
            "An assessment under way, for the marking tests"
        );
        return e.Id;
    }

    public static Task<ApplicationUser> MarkerAsync(
        NaasFactory app,
        string email,
        string name,
        Guid? organisationId = null
    ) => UserAsync(app, email, name, Roles.Assessor, organisationId);

    /// <summary>A signed-up account in a role (made once; the same one after).</summary>
    public static async Task<ApplicationUser> UserAsync(
        NaasFactory app,
        string email,
        string name,
        string role,
        Guid? organisationId = null
    )
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var u = await users.FindByEmailAsync(email);
        if (u is null)
        {
            u = new ApplicationUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = name,
                OrganisationId = organisationId,
            };
            Assert.True((await users.CreateAsync(u, DemoData.Password)).Succeeded);
        }
        if (!await users.IsInRoleAsync(u, role))
            await users.AddToRoleAsync(u, role);
        return u;
    }

    public static MultipartFormDataContent Upload(
        byte[] content,
        string fileName,
        string token,
        params (string Name, string Value)[] fields
    )
    {
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (n, v) in fields)
            form.Add(new StringContent(v), n);
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new("application/octet-stream");
        form.Add(file, "Upload", fileName);
        return form;
    }
}
