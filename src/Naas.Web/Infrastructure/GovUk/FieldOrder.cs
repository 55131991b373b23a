namespace Naas.Web.Infrastructure.GovUk;

/// <summary>The order fields were rendered in. A page's body renders before its layout, so by the time the
/// layout's error summary renders, every field on the page has recorded its place.</summary>
public static class FieldOrder
{
    private const string Key = "govuk-field-order";

    public static void Record(Microsoft.AspNetCore.Http.HttpContext http, string name)
    {
        if (http.Items[Key] is not List<string> names)
            http.Items[Key] = names = [];
        names.Add(name);
    }

    public static int IndexOf(Microsoft.AspNetCore.Http.HttpContext http, string key)
    {
        if (key.Length == 0)
            return -1; // errors about the whole form come first
        var names = http.Items[Key] as List<string> ?? [];
        var i = names.FindIndex(n => key == n || key.StartsWith(n + ".", StringComparison.Ordinal));
        return i < 0 ? int.MaxValue : i;
    }
}
