using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Naas.Web.Infrastructure.GovUk;

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
