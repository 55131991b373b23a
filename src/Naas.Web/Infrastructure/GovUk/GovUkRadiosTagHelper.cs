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
        var choices = ChoicesHtml(
            "radios",
            Items,
            c => string.Equals(c.Value, selected, StringComparison.OrdinalIgnoreCase)
        );
        Replace(
            output,
            FieldsetHtml(
                error,
                $"<div class=\"govuk-radios{(Inline ? " govuk-radios--inline" : "")}\" data-module=\"govuk-radios\">{choices}</div>"
            )
        );
    }
}
