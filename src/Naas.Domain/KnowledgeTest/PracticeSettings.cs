namespace Naas.Domain.KnowledgeTest;

/// <summary>The settings of child and family social work an item can test, so that forms cover the variety of
/// settings (¶36: specialist questions).</summary>
public static class PracticeSettings
{
    public static readonly IReadOnlyList<string> All =
    [
        "Child protection",
        "Children in need",
        "Looked-after children",
        "Care leavers",
        "Fostering and adoption",
        "Court work",
        "Early help",
        "Youth justice",
        "Disabled children",
        "Any setting",
    ];
}
