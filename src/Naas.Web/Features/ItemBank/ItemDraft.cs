using Naas.Data.Entities;
using Naas.Domain.ItemBank;
using Naas.Domain.KnowledgeTest;
using Naas.Domain.Workforce;

namespace Naas.Web.Features.ItemBank;

/// <summary>What an author types for an item version.</summary>
public sealed class ItemDraft
{
    public ItemType? Type { get; set; }
    public StatusLevel? AppliedFor { get; set; }
    public Guid? AreaId { get; set; }
    public string? Setting { get; set; }
    public string? Stem { get; set; }
    public string? Options { get; set; }
    public string? Key { get; set; }
    public int? OptionsToChoose { get; set; }
    public PartialCreditRule? ScoringRule { get; set; }
    public string? Rationale { get; set; }
    public string? References { get; set; }

    /// <summary>Real tests or the practice test (never both); real tests when not said.</summary>
    public ItemPool? Pool { get; set; }

    /// <summary>The reference of the case this question is about (case-based and scenario items), like
    /// C-00001.</summary>
    public string? Case { get; set; }

    /// <summary>The case the reference resolved to; set by validation, never bound from a form.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public Guid? CaseId { get; set; }

    public static ItemDraft From(KnowledgeItemVersion v) =>
        new()
        {
            Case = v.Case?.Reference,
            CaseId = v.CaseId,
            Pool = v.Item?.Pool,
            Type = v.Type,
            AppliedFor = v.AppliedFor,
            AreaId = v.AreaId,
            Setting = v.Setting,
            Stem = v.Stem,
            Options = v.Options,
            Key = v.Key,
            OptionsToChoose = v.OptionsToChoose,
            ScoringRule = v.ScoringRule,
            Rationale = v.Rationale,
            References = v.References,
        };
}
