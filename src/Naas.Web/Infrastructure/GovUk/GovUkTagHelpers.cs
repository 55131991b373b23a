using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
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

    protected void Replace(TagHelperOutput output, string html)
    {
        output.TagName = null;
        output.Content.SetHtmlContent(html);
        FieldOrder.Record(ViewContext.HttpContext, Name);
    }
}

[HtmlTargetElement("govuk-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkInputTagHelper : GovUkFieldTagHelper
{
    [HtmlAttributeName("type")]
    public string Type { get; set; } = "text";

    [HtmlAttributeName("width")]
    public string? Width { get; set; }

    [HtmlAttributeName("autocomplete")]
    public string? Autocomplete { get; set; }

    [HtmlAttributeName("spellcheck")]
    public bool? Spellcheck { get; set; }

    [HtmlAttributeName("inputmode")]
    public string? InputMode { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var error = Error();
        var describedBy = DescribedBy(error);
        var value = Type == "password" ? "" : AttemptedOrModel();
        Replace(
            output,
            $"<div class=\"govuk-form-group{(error is null ? "" : " govuk-form-group--error")}\">{LabelHtml()}{HintHtml()}{ErrorHtml(error)}"
                + $"<input class=\"govuk-input{(Width is null ? "" : " " + Width)}{(error is null ? "" : " govuk-input--error")}\" id=\"{Id}\" name=\"{E(Name)}\" type=\"{E(Type)}\" value=\"{E(value)}\""
                + (describedBy.Length > 0 ? $" aria-describedby=\"{describedBy}\"" : "")
                + (Autocomplete is null ? "" : $" autocomplete=\"{E(Autocomplete)}\"")
                + (InputMode is null ? "" : $" inputmode=\"{E(InputMode)}\"")
                + (Spellcheck is { } s ? $" spellcheck=\"{(s ? "true" : "false")}\"" : "")
                + "></div>"
        );
    }
}

[HtmlTargetElement("govuk-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkTextareaTagHelper : GovUkFieldTagHelper
{
    [HtmlAttributeName("rows")]
    public int Rows { get; set; } = 5;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var error = Error();
        var describedBy = DescribedBy(error);
        Replace(
            output,
            $"<div class=\"govuk-form-group{(error is null ? "" : " govuk-form-group--error")}\">{LabelHtml()}{HintHtml()}{ErrorHtml(error)}"
                + $"<textarea class=\"govuk-textarea{(error is null ? "" : " govuk-textarea--error")}\" id=\"{Id}\" name=\"{E(Name)}\" rows=\"{Rows}\""
                + (describedBy.Length > 0 ? $" aria-describedby=\"{describedBy}\"" : "")
                + $">{E(AttemptedOrModel())}</textarea></div>"
        );
    }
}

public sealed record Choice(string Value, string Text, string? Hint = null);

[HtmlTargetElement("govuk-radios", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkRadiosTagHelper : GovUkFieldTagHelper
{
    [HtmlAttributeName("items")]
    public IEnumerable<Choice> Items { get; set; } = [];

    [HtmlAttributeName("inline")]
    public bool Inline { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var error = Error();
        var selected = AttemptedOrModel();
        var describedBy = DescribedBy(error);
        var items = Items.Select(
            (c, i) =>
            {
                var id = i == 0 ? Id : $"{Id}-{i + 1}";
                return $"<div class=\"govuk-radios__item\"><input class=\"govuk-radios__input\" id=\"{id}\" name=\"{E(Name)}\" type=\"radio\" value=\"{E(c.Value)}\""
                    + (string.Equals(c.Value, selected, StringComparison.OrdinalIgnoreCase) ? " checked" : "")
                    + (c.Hint is null ? "" : $" aria-describedby=\"{id}-item-hint\"")
                    + $"><label class=\"govuk-label govuk-radios__label\" for=\"{id}\">{E(c.Text)}</label>"
                    + (
                        c.Hint is null
                            ? ""
                            : $"<div id=\"{id}-item-hint\" class=\"govuk-hint govuk-radios__hint\">{E(c.Hint)}</div>"
                    )
                    + "</div>";
            }
        );
        Replace(
            output,
            $"<div class=\"govuk-form-group{(error is null ? "" : " govuk-form-group--error")}\"><fieldset class=\"govuk-fieldset\""
                + (describedBy.Length > 0 ? $" aria-describedby=\"{describedBy}\"" : "")
                + $">{LegendHtml()}{HintHtml()}{ErrorHtml(error)}"
                + $"<div class=\"govuk-radios{(Inline ? " govuk-radios--inline" : "")}\" data-module=\"govuk-radios\">{string.Concat(items)}</div></fieldset></div>"
        );
    }
}

[HtmlTargetElement("govuk-checkboxes", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkCheckboxesTagHelper : GovUkFieldTagHelper
{
    [HtmlAttributeName("items")]
    public IEnumerable<Choice> Items { get; set; } = [];

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var error = Error();
        var selected =
            ViewContext.ModelState.TryGetValue(Name, out var entry) && entry.RawValue is not null
                ? (entry.RawValue as string[] ?? [entry.RawValue.ToString()!]).ToHashSet()
                : ((For.Model as IEnumerable<string>) ?? []).ToHashSet();
        var describedBy = DescribedBy(error);
        var items = Items.Select(
            (c, i) =>
            {
                var id = i == 0 ? Id : $"{Id}-{i + 1}";
                return $"<div class=\"govuk-checkboxes__item\"><input class=\"govuk-checkboxes__input\" id=\"{id}\" name=\"{E(Name)}\" type=\"checkbox\" value=\"{E(c.Value)}\""
                    + (selected.Contains(c.Value) ? " checked" : "")
                    + (c.Hint is null ? "" : $" aria-describedby=\"{id}-item-hint\"")
                    + $"><label class=\"govuk-label govuk-checkboxes__label\" for=\"{id}\">{E(c.Text)}</label>"
                    + (
                        c.Hint is null
                            ? ""
                            : $"<div id=\"{id}-item-hint\" class=\"govuk-hint govuk-checkboxes__hint\">{E(c.Hint)}</div>"
                    )
                    + "</div>";
            }
        );
        Replace(
            output,
            $"<div class=\"govuk-form-group{(error is null ? "" : " govuk-form-group--error")}\"><fieldset class=\"govuk-fieldset\""
                + (describedBy.Length > 0 ? $" aria-describedby=\"{describedBy}\"" : "")
                + $">{LegendHtml()}{HintHtml()}{ErrorHtml(error)}"
                + $"<div class=\"govuk-checkboxes govuk-checkboxes--small\" data-module=\"govuk-checkboxes\">{string.Concat(items)}</div></fieldset></div>"
        );
    }
}

[HtmlTargetElement("govuk-date-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkDateInputTagHelper : GovUkFieldTagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var error = Error();
        var model = For.Model as DateInput ?? new DateInput();
        string Part(string part, string label, string? value, string width) =>
            $"<div class=\"govuk-date-input__item\"><div class=\"govuk-form-group\"><label class=\"govuk-label govuk-date-input__label\" for=\"{PartId(part)}\">{label}</label>"
            + $"<input class=\"govuk-input govuk-date-input__input {width}{(error is null ? "" : " govuk-input--error")}\" id=\"{PartId(part)}\" name=\"{E(Name)}.{part}\" type=\"text\" inputmode=\"numeric\" value=\"{E(Attempted($"{Name}.{part}") ?? value)}\"></div></div>";
        var describedBy = DescribedBy(error);
        // The error summary links to the field's id, so the day box carries it (the GOV.UK pattern).
        string PartId(string part) => part == "Day" ? Id : $"{Id}-{part.ToLowerInvariant()}";
        Replace(
            output,
            $"<div class=\"govuk-form-group{(error is null ? "" : " govuk-form-group--error")}\"><fieldset class=\"govuk-fieldset\" role=\"group\""
                + (describedBy.Length > 0 ? $" aria-describedby=\"{describedBy}\"" : "")
                + $">{LegendHtml()}{HintHtml()}{ErrorHtml(error)}"
                + $"<div class=\"govuk-date-input\">{Part("Day", "Day", model.Day, "govuk-input--width-2")}{Part("Month", "Month", model.Month, "govuk-input--width-2")}{Part("Year", "Year", model.Year, "govuk-input--width-4")}</div></fieldset></div>"
        );
    }
}

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

/// <summary>The error summary at the top of a page: every error, in the order of the fields, each linking to its
/// field.</summary>
[HtmlTargetElement("govuk-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkErrorSummaryTagHelper : TagHelper
{
    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        var errors = ViewContext
            .ModelState.Where(kv => kv.Value!.Errors.Count > 0)
            .Select(kv =>
                (
                    Key: kv.Key,
                    Message: GovUkFieldTagHelper.ForReader(ViewContext.HttpContext, kv.Value!.Errors[0].ErrorMessage)
                )
            )
            .OrderBy(e => FieldOrder.IndexOf(ViewContext.HttpContext, e.Key))
            .ToList();
        if (errors.Count == 0)
            return;
        var items = errors.Select(e =>
        {
            var id = TagBuilder.CreateSanitizedId(e.Key, "_");
            var link = id;
            return e.Key.Length == 0
                ? $"<li>{HtmlEncoder.Default.Encode(e.Message)}</li>"
                : $"<li><a href=\"#{link}\">{HtmlEncoder.Default.Encode(e.Message)}</a></li>";
        });
        output.Content.SetHtmlContent(
            "<div class=\"govuk-error-summary\" data-module=\"govuk-error-summary\"><div role=\"alert\">"
                + "<h2 class=\"govuk-error-summary__title\">There is a problem</h2><div class=\"govuk-error-summary__body\">"
                + $"<ul class=\"govuk-list govuk-error-summary__list\">{string.Concat(items)}</ul></div></div></div>"
        );
    }
}

public static class ModelStateExtensions
{
    /// <summary>Adds problems from a rule or input (field names relative to a prefix like "Input").</summary>
    public static void AddProblems(
        this ModelStateDictionary state,
        IEnumerable<(string Field, string Message)> problems,
        string prefix = "Input"
    )
    {
        foreach (var (field, message) in problems)
            state.AddModelError(field.Length == 0 ? "" : $"{prefix}.{field}", message);
    }
}
