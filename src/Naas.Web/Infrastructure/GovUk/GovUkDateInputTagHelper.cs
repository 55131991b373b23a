using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Naas.Web.Infrastructure.GovUk;

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
