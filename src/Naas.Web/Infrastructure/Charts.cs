using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Naas.Web.Infrastructure;

/// <summary>Charts drawn on the server as SVG (issue 16, item 3): no script, an accessible name that points to the
/// table beside it as the text alternative, GOV.UK colours.</summary>
public static class Charts
{
    public sealed record Bar(string Label, double Share, bool Flagged, string Value);

    /// <summary>Horizontal bars of shares from 0 to 1, one a row, with a dashed line at <paramref name="marker"/> (a
    /// share) when given. Flagged bars are red, the rest blue; the value is written at the end of each bar, so colour
    /// is never the only sign.</summary>
    public static IHtmlContent Bars(
        string title,
        IReadOnlyList<Bar> bars,
        double? marker = null,
        string? markerText = null
    )
    {
        const int labelWidth = 240,
            barWidth = 360,
            row = 30;
        var height = row * bars.Count + (marker is null ? 10 : 30);
        string E(string s) => HtmlEncoder.Default.Encode(s);
        string N(double d) => d.ToString("0.#", CultureInfo.InvariantCulture);
        var svg = new StringBuilder();
        svg.Append(
            $"<svg class=\"naas-chart\" role=\"img\" aria-label=\"{E(title)}\" width=\"680\" height=\"{height}\" viewBox=\"0 0 680 {height}\" xmlns=\"http://www.w3.org/2000/svg\">"
        );
        for (var i = 0; i < bars.Count; i++)
        {
            var b = bars[i];
            var width = Math.Max(0, Math.Min(1, b.Share)) * barWidth;
            var label = b.Label.Length > 32 ? b.Label[..31] + "…" : b.Label;
            svg.Append($"<text x=\"0\" y=\"{row * i + 20}\" font-size=\"14\" fill=\"#0b0c0c\">{E(label)}</text>");
            svg.Append(
                $"<rect x=\"{labelWidth}\" y=\"{row * i + 6}\" width=\"{N(width)}\" height=\"20\" fill=\"{(b.Flagged ? "#d4351c" : "#1d70b8")}\"/>"
            );
            svg.Append(
                $"<text x=\"{N(labelWidth + width + 6)}\" y=\"{row * i + 20}\" font-size=\"14\" fill=\"#0b0c0c\">{E(b.Value)}</text>"
            );
        }
        if (marker is { } m)
        {
            var x = N(labelWidth + Math.Max(0, Math.Min(1, m)) * barWidth);
            svg.Append(
                $"<line x1=\"{x}\" x2=\"{x}\" y1=\"0\" y2=\"{row * bars.Count}\" stroke=\"#0b0c0c\" stroke-dasharray=\"4 3\"/>"
            );
            svg.Append(
                $"<text x=\"{labelWidth}\" y=\"{height - 8}\" font-size=\"13\" fill=\"#0b0c0c\">{E(markerText ?? "")}</text>"
            );
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }
}
