using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Naas.Web.Infrastructure.GovUk;

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
