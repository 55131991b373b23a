using Naas.Domain.Workforce;

namespace Naas.Data.Entities;

/// <summary>A statutory function or responsibility (¶55–56) and the status it calls for.</summary>
public class StatutoryFunction
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Code { get; set; }
    public required string Description { get; set; }
    public StatusLevel RequiredStatus { get; set; }
    public required string Paragraph { get; set; }
}
