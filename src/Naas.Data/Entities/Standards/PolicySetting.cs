namespace Naas.Data.Entities;

/// <summary>A policy number (months, windows). The seeds' values are the defaults.</summary>
public class PolicySetting : IAudited
{
    public required string Key { get; set; }
    public int Value { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
