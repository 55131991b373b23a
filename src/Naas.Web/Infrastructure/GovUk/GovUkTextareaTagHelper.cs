using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Naas.Web.Infrastructure.GovUk;

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
