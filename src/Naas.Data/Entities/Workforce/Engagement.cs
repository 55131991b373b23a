using Naas.Domain.Workforce;

namespace Naas.Data.Entities;

/// <summary>A period of work. OrganisationId is where the statutory functions are carried out; an agency
/// worker's agency is AgencyOrganisationId (¶70–73).</summary>
public class Engagement : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SocialWorkerId { get; set; }
    public SocialWorker? SocialWorker { get; set; }
    public Guid OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public Guid? AgencyOrganisationId { get; set; }
    public Organisation? AgencyOrganisation { get; set; }
    public DateOnly Start { get; set; }
    public DateOnly? End { get; set; }
    public EmploymentType EmploymentType { get; set; }
    public decimal FullTimeEquivalent { get; set; } = 1m;
    public StatusLevel RoleLevel { get; set; }
    public EntryRoute EntryRoute { get; set; }
    public List<EngagementFunction> Functions { get; set; } = [];

    public bool IsCurrent(DateOnly today) => Start <= today && (End is null || End >= today);
}
