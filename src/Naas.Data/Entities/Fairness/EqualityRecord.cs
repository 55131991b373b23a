using Naas.Domain.Fairness;

namespace Naas.Data.Entities;

/// <summary>A social worker's equality monitoring information, given by choice (issue 16, item 1): kept in a table of
/// its own, apart from every assessment record, readable per person only by that person (its query filter admits no
/// one else, not even the programme), and read otherwise only in aggregate by the fairness reports. Each answer is
/// optional: null is "not answered".</summary>
public class EqualityRecord : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SocialWorkerId { get; set; }
    public AgeBand? AgeBand { get; set; }
    public Sex? Sex { get; set; }
    public Ethnicity? Ethnicity { get; set; }
    public Disability? Disability { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
