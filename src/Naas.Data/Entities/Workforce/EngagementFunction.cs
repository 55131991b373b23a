namespace Naas.Data.Entities;

public class EngagementFunction
{
    public Guid EngagementId { get; set; }
    public Guid StatutoryFunctionId { get; set; }
    public StatutoryFunction? StatutoryFunction { get; set; }
}
