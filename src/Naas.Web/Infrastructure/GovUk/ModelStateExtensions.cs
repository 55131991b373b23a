using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Naas.Web.Infrastructure.GovUk;

public static class ModelStateExtensions
{
    /// <summary>Adds problems from a rule or input (field names relative to a prefix like "Input", or to the page itself
    /// when the prefix is empty).</summary>
    public static void AddProblems(
        this ModelStateDictionary state,
        IEnumerable<(string Field, string Message)> problems,
        string prefix = "Input"
    )
    {
        foreach (var (field, message) in problems)
            state.AddModelError(
                field.Length == 0 ? ""
                    : prefix.Length == 0 ? field
                    : $"{prefix}.{field}",
                message
            );
    }
}
