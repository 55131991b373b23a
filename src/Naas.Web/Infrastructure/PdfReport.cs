using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Naas.Web.Infrastructure;

/// <summary>A plain A4 document of headings, paragraphs and label–value lines, wrapped to the page and flowing onto
/// new pages, with fonts embedded. For reports people keep; the page on screen stays the accessible original.</summary>
public sealed class PdfReport : IDisposable
{
    private const double Margin = 56,
        Column = 595 - 2 * Margin;
    private readonly PdfDocumentBuilder _builder = new();
    private readonly PdfDocumentBuilder.AddedFont _regular,
        _bold;
    private PdfPageBuilder _page = null!;
    private double _y;

    public PdfReport(string title, string subject)
    {
        _builder.DocumentInformation.Title = title;
        _builder.DocumentInformation.Subject = subject;
        _builder.DocumentInformation.Author = "National Assessment and Accreditation System";
        _regular = _builder.AddTrueTypeFont(Naas.Web.Features.Accreditations.PdfFonts.Regular);
        _bold = _builder.AddTrueTypeFont(Naas.Web.Features.Accreditations.PdfFonts.Bold);
        NewPage();
        Text("National Assessment and Accreditation System", 10, false, grey: true);
        Heading(title, 20);
    }

    private void NewPage()
    {
        _page = _builder.AddPage(PageSize.A4);
        _y = _page.PageSize.Height - Margin;
    }

    public void Heading(string text, double size = 14)
    {
        _y -= size * 0.6;
        Text(text, size, true);
        _y -= 4;
    }

    public void Paragraph(string text, bool grey = false)
    {
        Text(text, 11, false, grey);
        _y -= 6;
    }

    public void Line(string label, string value)
    {
        Text($"{label}: {value}", 11, false);
    }

    private void Text(string text, double size, bool bold, bool grey = false)
    {
        var font = bold ? _bold : _regular;
        foreach (var paragraph in text.Replace("\r", "").Split('\n'))
        foreach (var line in Wrap(paragraph, size, font))
        {
            if (_y - size * 1.4 < Margin)
                NewPage();
            _y -= size * 1.4;
            if (grey)
                _page.SetTextAndFillColor(80, 90, 95);
            else
                _page.SetTextAndFillColor(11, 12, 12);
            if (line.Length > 0)
                _page.AddText(line, size, new PdfPoint(Margin, _y), font);
        }
    }

    private IEnumerable<string> Wrap(string text, double size, PdfDocumentBuilder.AddedFont font)
    {
        var current = "";
        foreach (var word in text.Split(' '))
        {
            var candidate = current.Length == 0 ? word : $"{current} {word}";
            if (current.Length > 0 && Measure(candidate, size, font) > Column)
            {
                yield return current;
                current = word;
            }
            else
                current = candidate;
        }
        yield return current;
    }

    private double Measure(string text, double size, PdfDocumentBuilder.AddedFont font) =>
        Width(_page, text, size, font);

    /// <summary>How wide a line of text is set in a font and size, in points.</summary>
    public static double Width(PdfPageBuilder page, string text, double size, PdfDocumentBuilder.AddedFont font)
    {
        var letters = page.MeasureText(text, size, new PdfPoint(0, 0), font);
        return letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
    }

    public byte[] Build() => _builder.Build();

    public void Dispose() => _builder.Dispose();
}
