namespace Naas.Web.Infrastructure;

/// <summary>A name a user's file is kept under: letters, digits, spaces, hyphens and underscores from its own name (at
/// most 100), then the extension its checked format gives, never the one it came with.</summary>
public static class FileNames
{
    public static string Safe(string fileName, string extension, string fallback)
    {
        var stem = new string(
            Path.GetFileNameWithoutExtension(fileName.Trim())
                .Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or ' ' ? c : '-')
                .ToArray()
        ).Trim();
        if (stem.Length > 100)
            stem = stem[..100];
        return (stem.Length == 0 ? fallback : stem) + extension;
    }
}
