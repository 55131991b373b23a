namespace Naas.Web.Features;

/// <summary>Every address of the Written capability.</summary>
public static class WrittenLinks
{
    public static string Me() => "/me/written";

    public static string Sitting(Guid id) => $"/me/written/{id}";

    public static string Check(Guid id) => $"/me/written/{id}/check";

    public static string Autosave(Guid id) => $"/me/written/{id}/autosave";

    public static string Scripts() => "/admin/written";

    public static string Exercises() => "/admin/written/exercises";

    public static string Marking() => "/marking/written";

    public static string Script(Guid id) => $"/marking/written/{id}";
}
