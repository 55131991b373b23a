using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Naas.Web.Infrastructure.GovUk;

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
