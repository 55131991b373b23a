namespace Naas.Data.Seed;

/// <summary>Every role the service knows, including those later capabilities use.</summary>
public static class Roles
{
    public const string ProgrammeAdministrator = "ProgrammeAdministrator";
    public const string EmployerLead = "EmployerLead";
    public const string SocialWorker = "SocialWorker";
    public const string Assessor = "Assessor";
    public const string Moderator = "Moderator";
    public const string ContentAuthor = "ContentAuthor";
    public const string StandardSettingPanellist = "StandardSettingPanellist";
    public const string IndependentReviewer = "IndependentReviewer";
    public const string CentreCoordinator = "CentreCoordinator";
    public const string Analyst = "Analyst";

    public static readonly string[] All =
    [
        ProgrammeAdministrator,
        EmployerLead,
        SocialWorker,
        Assessor,
        Moderator,
        ContentAuthor,
        StandardSettingPanellist,
        IndependentReviewer,
        CentreCoordinator,
        Analyst,
    ];

    public static string Name(string role) =>
        role switch
        {
            ProgrammeAdministrator => "Programme administrator",
            EmployerLead => "Employer lead",
            SocialWorker => "Social worker",
            Assessor => "Assessor (observer or marker)",
            Moderator => "Moderator",
            ContentAuthor => "Content author",
            StandardSettingPanellist => "Standard-setting panellist",
            IndependentReviewer => "Independent reviewer",
            CentreCoordinator => "Centre coordinator",
            Analyst => "Programme analyst",
            _ => role,
        };
}
