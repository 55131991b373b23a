using System.Xml.Linq;
using Naas.Domain.ItemBank;
using Naas.Domain.KnowledgeTest;
using Naas.Domain.Workforce;

namespace Naas.Web.Features.ItemBank;

/// <summary>An item as it travels in a QTI package: what it says, its key, and NAAS's own classification.
/// AreaStatus, AreaNumber and Setting are null for an item from another tool, which says nothing of them: the
/// author gives them on the import form. Changes says, in words, what was read differently from how the file put
/// it.</summary>
public sealed record QtiItem(
    string Reference,
    ItemType Type,
    string Stem,
    IReadOnlyList<string> Options,
    IReadOnlyList<string> Key,
    int OptionsToChoose,
    PartialCreditRule ScoringRule,
    StatusLevel? AreaStatus,
    int? AreaNumber,
    StatusLevel? AppliedFor,
    string? Setting,
    string? Rationale,
    string? References,
    string? Changes = null,
    string? Case = null,
    ItemPool Pool = ItemPool.Assessment,
    QtiImage? Image = null
);

/// <summary>The picture a question shows before its choices, from the package, with the text around it: it comes in
/// as a case (the service's way of showing material with a question), its alt text as the case's description.</summary>
public sealed record QtiImage(byte[] Content, string ContentType, string Alt, string Title, string Text);

/// <summary>One resource of a package and what became of it. <see cref="IsItem"/> is false for stylesheets, media and
/// other resources that are not questions, so the report counts questions only.</summary>
public sealed record QtiImportLine(string File, string Reference, bool Imported, string Message, bool IsItem = true);

/// <summary>IMS QTI 3.0 content packages of choice items: single and multiple response through
/// qti-choice-interaction, multi-part items as one true/false interaction per statement, with an IMS content
/// package manifest. NAAS's classification (area, setting, scoring rule, rationale) travels in the manifest's
/// resource metadata in a namespace of our own, which other tools ignore.</summary>
public static class QtiPackage
{
    public static readonly XNamespace Qti = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0";
    public static readonly XNamespace Cp = "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1";
    public static readonly XNamespace Naas = "urn:naas:item-metadata:1";
    public const string ItemResourceType = "imsqti_item_xmlv3p0";
    internal const string MatchCorrect = "https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/match_correct";
    internal const long MaxEntryBytes = 2 * 1024 * 1024;

    /// <summary>The most questions one package may bring in; a bank larger than that comes in several
    /// packages.</summary>
    public const int MaxItems = 500;
}

public sealed class QtiException(string message) : Exception(message);
