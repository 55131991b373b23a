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
        var choices = ChoicesHtml("checkboxes", Items, c => selected.Contains(c.Value));
        Replace(
            output,
            FieldsetHtml(
                error,
                $"<div class=\"govuk-checkboxes govuk-checkboxes--small\" data-module=\"govuk-checkboxes\">{choices}</div>"
            )
        );
    }
}
