using System.Reflection;

namespace Naas.Web.Features.Accreditations;

/// <summary>The fonts our PDFs embed: DejaVu Sans, built into the assembly (Fonts/LICENSE-DejaVu.txt), so a
/// certificate renders the same on every machine whether or not it has fonts installed.</summary>
public static class PdfFonts
{
    public static readonly byte[] Regular = Load("DejaVuSans");
    public static readonly byte[] Bold = Load("DejaVuSans-Bold");

    private static byte[] Load(string name)
    {
        using var stream =
            Assembly.GetExecutingAssembly().GetManifestResourceStream($"Naas.Fonts.{name}.ttf")
            ?? throw new InvalidOperationException($"The font {name} is not built into the service.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
