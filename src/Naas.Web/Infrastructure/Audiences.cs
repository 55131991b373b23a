using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Naas.Web.Infrastructure;

/// <summary>Pages live in <c>Features/{Capability}/{Audience}/</c>, and the audience folder says who may open them:
/// <c>Features/Results/Admin/</c> is the programme's, <c>Features/Results/Me/</c> a social worker's own. Each
/// capability registers its services in its own <c>Add{Capability}()</c>, and <see cref="ByFolder"/> authorises every
/// page by its audience folder; a page in no audience folder outside the public capabilities stops the service from
/// starting, so a page cannot become public by being put in the wrong place.</summary>
public static class Audiences
{
    /// <summary>Audience folder → authorisation policy (the policies are defined in Program.cs).</summary>
    public static readonly IReadOnlyDictionary<string, string> Policies = new Dictionary<string, string>
    {
        ["Admin"] = "Admin",
        ["Employer"] = "Employer",
        ["Me"] = "SocialWorker",
        ["Author"] = "Content",
        ["Invigilator"] = "Invigilation",
        ["Panel"] = "Panellist",
        ["Reviewer"] = "Reviewer",
        ["Marker"] = "Marker",
        ["Analyst"] = "Analyst",
    };

    /// <summary>Capabilities whose pages anyone may open: signing in, the home and information pages, the public
    /// check.</summary>
    public static readonly IReadOnlySet<string> Public = new HashSet<string>([
        "Account",
        "Home",
        "Info",
        "PublicCheck",
        // The respondent's page only (the token in its address is their authority); the leader's own page is in Me/.
        "StakeholderFeedback",
    ]);

    /// <summary>Authorises each page by its audience folder, and refuses to build a page outside the public
    /// capabilities that is in no audience folder. One rule for every capability, so that a new capability's pages are
    /// authorised by where they are put, and a page put in the wrong place stops the service instead of
    /// opening.</summary>
    public sealed class ByFolder : IPageApplicationModelConvention
    {
        public void Apply(PageApplicationModel model)
        {
            var segments = model.ViewEnginePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
            if (segments.Length > 2 && Policies.TryGetValue(segments[1], out var policy))
                model.EndpointMetadata.Add(new AuthorizeAttribute(policy));
            else if (!Public.Contains(segments[0]))
                throw new InvalidOperationException(
                    $"The page {model.ViewEnginePath} is in no audience folder "
                        + $"({string.Join(", ", Policies.Keys)}) of its capability: it would be open to anyone. "
                        + "Move it into the folder of the people who use it, or name its capability in Audiences.Public."
                );
        }
    }
}
