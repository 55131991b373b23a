namespace Naas.Data.Entities;

/// <summary>Marks an entity whose every change must be written with an AuditEvent in the same transaction.</summary>
public interface IAudited;
