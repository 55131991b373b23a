using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Naas.Web.Infrastructure.GovUk;

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
