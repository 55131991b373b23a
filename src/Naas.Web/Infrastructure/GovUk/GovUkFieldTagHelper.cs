using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Naas.Web.Infrastructure.GovUk;

/// <summary>GOV.UK Design System components as tag helpers (the .NET library for them is not on our registry).
/// Each shows the user's attempted value back and its error, so nothing typed is lost.</summary>
public abstract class GovUkFieldTagHelper : TagHelper
{
    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = default!;

    [HtmlAttributeName("label")]
    public string Label { get; set; } = "";

    [HtmlAttributeName("hint")]
    public string? Hint { get; set; }

    [HtmlAttributeName("page-heading")]
    public bool PageHeading { get; set; }

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    // The full name includes a partial's prefix ("Person.GivenName"), as the framework's own tag helpers do.
    protected string Name => ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
    protected string Id => TagBuilder.CreateSanitizedId(Name, "_");

    protected static string E(string? s) => HtmlEncoder.Default.Encode(s ?? "");

    protected string? Error(string? key = null) =>
        ViewContext.ModelState.TryGetValue(key ?? Name, out var entry) && entry.Errors.Count > 0
            ? ForReader(ViewContext.HttpContext, entry.Errors[0].ErrorMessage)
            : null;

    /// <summary>A message as its reader should read it: on a social worker's own pages, without the seeds'
    /// paragraph references, which mean something to the programme and nothing to them.</summary>
    public static string ForReader(Microsoft.AspNetCore.Http.HttpContext http, string message) =>
        http.Request.Path.StartsWithSegments("/me") ? Words.Plain(message) : message;

    protected string? Attempted(string key) =>
        ViewContext.ModelState.TryGetValue(key, out var entry) ? entry.AttemptedValue : null;

    protected string? AttemptedOrModel()
    {
        if (Attempted(Name) is { } attempted)
            return attempted;
        return For.Model switch
        {
            null => null,
            decimal d => d.ToString("0.##", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            var o => o.ToString(),
        };
    }

    protected string DescribedBy(string? error) =>
        string.Join(
            ' ',
            new[] { Hint is null ? null : $"{Id}-hint", error is null ? null : $"{Id}-error" }.Where(s => s is not null)
        );

    protected string HintHtml() => Hint is null ? "" : $"<div id=\"{Id}-hint\" class=\"govuk-hint\">{E(Hint)}</div>";

    protected string ErrorHtml(string? error) =>
        error is null
            ? ""
            : $"<p id=\"{Id}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {E(error)}</p>";

    protected string LabelHtml() =>
        PageHeading
            ? $"<h1 class=\"govuk-label-wrapper\"><label class=\"govuk-label govuk-label--l\" for=\"{Id}\">{E(Label)}</label></h1>"
            : $"<label class=\"govuk-label\" for=\"{Id}\">{E(Label)}</label>";

    protected string LegendHtml() =>
        PageHeading
            ? $"<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--l\"><h1 class=\"govuk-fieldset__heading\">{E(Label)}</h1></legend>"
            : $"<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--m\">{E(Label)}</legend>";

    /// <summary>A question answered by choosing (radios or checkboxes): the form group, the fieldset described by
    /// its hint and error, the legend, and the choices inside.</summary>
    protected string FieldsetHtml(string? error, string choicesHtml)
    {
        var describedBy = DescribedBy(error);
        return $"<div class=\"govuk-form-group{(error is null ? "" : " govuk-form-group--error")}\"><fieldset class=\"govuk-fieldset\""
            + (describedBy.Length > 0 ? $" aria-describedby=\"{describedBy}\"" : "")
            + $">{LegendHtml()}{HintHtml()}{ErrorHtml(error)}{choicesHtml}</fieldset></div>";
    }

    /// <summary>The choices of a radios or checkboxes component (<paramref name="kind"/> is "radios" or
    /// "checkboxes"): the first input takes the field's id, so the error summary's link lands on it.</summary>
    protected string ChoicesHtml(string kind, IEnumerable<Choice> items, Func<Choice, bool> isChecked) =>
        string.Concat(
            items.Select(
                (c, i) =>
                {
                    var id = i == 0 ? Id : $"{Id}-{i + 1}";
                    var type = kind == "radios" ? "radio" : "checkbox";
                    return $"<div class=\"govuk-{kind}__item\"><input class=\"govuk-{kind}__input\" id=\"{id}\" name=\"{E(Name)}\" type=\"{type}\" value=\"{E(c.Value)}\""
                        + (isChecked(c) ? " checked" : "")
                        + (c.Hint is null ? "" : $" aria-describedby=\"{id}-item-hint\"")
                        + $"><label class=\"govuk-label govuk-{kind}__label\" for=\"{id}\">{E(c.Text)}</label>"
                        + (
                            c.Hint is null
                                ? ""
                                : $"<div id=\"{id}-item-hint\" class=\"govuk-hint govuk-{kind}__hint\">{E(c.Hint)}</div>"
                        )
                        + "</div>";
                }
            )
        );

    protected void Replace(TagHelperOutput output, string html)
    {
        output.TagName = null;
        output.Content.SetHtmlContent(html);
        FieldOrder.Record(ViewContext.HttpContext, Name);
    }
}
