using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using Naas.Domain.ItemBank;
using Naas.Domain.KnowledgeTest;
using Naas.Domain.Workforce;
using static Naas.Web.Features.ItemBank.QtiPackage;

namespace Naas.Web.Features.ItemBank;

/// <summary>Reads a QTI 3.0 content package, from this service or another tool, into items and a report line per
/// resource; a file made to hurt (entity expansion, a huge entry, a path outside the package) is refused, never
/// read whole.</summary>
public static class QtiImport
{
    /// <summary>Reads a package. Each item either comes in whole or not at all, with the reason.</summary>
    public static (List<(int Line, QtiItem Item)> Items, List<QtiImportLine> Report) Import(Stream package)
    {
        var items = new List<(int, QtiItem)>();
        var report = new List<QtiImportLine>();
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException)
        {
            report.Add(new("", "", false, "The file is not a zip package"));
            return (items, report);
        }
        using (zip)
        {
            var manifestEntry = zip.GetEntry("imsmanifest.xml");
            if (manifestEntry is null)
            {
                report.Add(new("", "", false, "The package has no imsmanifest.xml"));
                return (items, report);
            }
            XDocument manifest;
            try
            {
                manifest = Load(manifestEntry);
            }
            catch (XmlException e)
            {
                report.Add(new("imsmanifest.xml", "", false, $"The manifest is not well-formed XML: {e.Message}"));
                return (items, report);
            }
            foreach (var resource in manifest.Descendants().Where(e => e.Name.LocalName == "resource"))
            {
                var type = (string?)resource.Attribute("type") ?? "";
                var href = (string?)resource.Attribute("href") ?? "";
                var reference = (string?)resource.Attribute("identifier") ?? href;
                if (!type.StartsWith(ItemResourceType, StringComparison.OrdinalIgnoreCase))
                {
                    report.Add(
                        new(
                            href,
                            reference,
                            false,
                            $"Not a question (resource type {type}): nothing to import",
                            IsItem: false
                        )
                    );
                    continue;
                }
                if (items.Count >= MaxItems)
                {
                    report.Add(
                        new(
                            href,
                            reference,
                            false,
                            $"Not imported: a package brings in at most {MaxItems} questions. Split it and import the rest separately"
                        )
                    );
                    continue;
                }
                try
                {
                    var entry =
                        zip.GetEntry(href)
                        ?? throw new QtiException($"The manifest names {href}, which is not in the package");
                    // The report line is the resource's own, found by position: a resource's identifier often differs
                    // from its item's.
                    byte[]? ReadFile(string path) =>
                        zip.GetEntry(path) is { Length: > 0 and <= MaxImageBytes } e ? ReadAll(e) : null;
                    items.Add(
                        (
                            report.Count,
                            ReadItem(
                                Load(entry),
                                resource.Descendants(QtiPackage.Naas + "item").FirstOrDefault(),
                                href,
                                ReadFile
                            )
                        )
                    );
                    report.Add(new(href, reference, true, "Imported as a draft"));
                }
                catch (Exception e)
                    when (e
                            is QtiException
                                or XmlException
                                or FormatException
                                or ArgumentException
                                or InvalidOperationException
                                or OverflowException
                    )
                {
                    report.Add(
                        new(
                            href,
                            reference,
                            false,
                            e is QtiException ? e.Message : $"The item could not be read: {e.Message}"
                        )
                    );
                }
            }
        }
        return (items, report);
    }

    private static XDocument Load(ZipArchiveEntry entry)
    {
        if (entry.Length > MaxEntryBytes)
            throw new QtiException($"{entry.FullName} is larger than 2MB");
        using var stream = entry.Open();
        // No DTDs: a package must not be able to make the server fetch or expand anything.
        using var reader = XmlReader.Create(
            stream,
            new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }
        );
        return XDocument.Load(reader);
    }

    /// <summary>The largest picture a question may bring with it.</summary>
    public const int MaxImageBytes = 5 * 1024 * 1024;

    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var s = entry.Open();
        using var ms = new MemoryStream();
        s.CopyTo(ms);
        return ms.ToArray();
    }

    /// <summary>A path in the package from an item's href and a src relative to it ("items/a.xml" + "../img/b.png" →
    /// "img/b.png").</summary>
    private static string Resolve(string itemHref, string src)
    {
        var parts = itemHref.Split('/').SkipLast(1).ToList();
        foreach (var segment in src.Split('/'))
        {
            if (segment == "..")
            {
                if (parts.Count > 0)
                    parts.RemoveAt(parts.Count - 1);
            }
            else if (segment is not ("." or ""))
                parts.Add(segment);
        }
        return string.Join('/', parts);
    }

    private static QtiItem ReadItem(
        XDocument doc,
        XElement? meta,
        string href = "",
        Func<string, byte[]?>? readFile = null
    )
    {
        var root =
            doc.Root is { } r && r.Name == Qti + "qti-assessment-item"
                ? r
                : throw new QtiException("The file is not a QTI 3.0 assessment item (qti-assessment-item)");
        var reference = (string?)root.Attribute("identifier") ?? throw new QtiException("The item has no identifier");
        var interactions = root.Descendants(Qti + "qti-choice-interaction").ToList();
        if (interactions.Count == 0)
            throw new QtiException("Only choice interactions can be imported; this item has none");
        if (
            root.Descendants()
                .Any(e => e.Name.LocalName.EndsWith("-interaction") && e.Name != Qti + "qti-choice-interaction")
        )
            throw new QtiException("The item has an interaction other than a choice interaction");
        var declarations = root.Elements(Qti + "qti-response-declaration")
            .ToDictionary(d => (string?)d.Attribute("identifier") ?? "");
        IReadOnlyList<string> Correct(XElement interaction) =>
            declarations.TryGetValue((string?)interaction.Attribute("response-identifier") ?? "", out var d)
                ? d.Descendants(Qti + "qti-value").Select(v => v.Value.Trim()).ToList()
                : throw new QtiException("A choice interaction has no response declaration, so the key is missing");
        // Whitespace inside markup, line breaks included, is one space: a choice written over two lines is one choice.
        // An image is kept as its description (its alt text), which is often what the question is about.
        var changes = new List<string>();
        string Text(XElement e) =>
            System
                .Text.RegularExpressions.Regex.Replace(
                    string.Concat(
                        e.DescendantNodesAndSelf()
                            .Select(n =>
                                n switch
                                {
                                    XText t => t.Value,
                                    // A block starts a new word; inline markup (H<sub>2</sub>O) does not.
                                    XElement
                                    {
                                        Name.LocalName: "p"
                                            or "div"
                                            or "br"
                                            or "li"
                                            or "ul"
                                            or "ol"
                                            or "td"
                                            or "th"
                                            or "tr"
                                            or "qti-prompt"
                                            or "qti-simple-choice"
                                    } => " ",
                                    XElement { Name.LocalName: "img" } img
                                        when ((string?)img.Attribute("alt"))?.Trim() is { Length: > 0 } alt => Noted(
                                        $"[Image: {alt}]",
                                        "an image is shown as its description"
                                    ),
                                    _ => "",
                                }
                            )
                    ),
                    @"\s+",
                    " "
                )
                .Trim();
        T Noted<T>(T value, string change)
        {
            if (!changes.Contains(change))
                changes.Add(change);
            return value;
        }
        if (root.Descendants().Any(e => e.Name.LocalName is "qti-assessment-stimulus-ref"))
            throw new QtiException(
                "The item refers to a shared stimulus (qti-assessment-stimulus-ref), which the service cannot show with it; put the stimulus in the question or a case"
            );
        if (root.Descendants().Any(e => e.Name.LocalName is "qti-rubric-block"))
            changes.Add("a rubric block for scorers was left out");
        // Questions are shown as plain text: say so when the file had formatting or mathematics in it.
        var formatting =
            root.Element(Qti + "qti-item-body")
                ?.Descendants()
                .Select(e => e.Name.LocalName)
                .Where(n =>
                    n
                        is "b"
                            or "strong"
                            or "i"
                            or "em"
                            or "u"
                            or "sub"
                            or "sup"
                            or "ul"
                            or "ol"
                            or "li"
                            or "table"
                            or "math"
                            or "span"
                            or "br"
                )
                .Distinct()
                .Order()
                .ToList()
            ?? [];
        if (formatting.Count > 0)
            changes.Add($"its formatting ({string.Join(", ", formatting)}) is shown as plain text");

        ItemType type;
        string stem;
        QtiImage? image = null;
        List<string> options,
            key;
        int choose;
        var body = root.Element(Qti + "qti-item-body") ?? throw new QtiException("The item has no qti-item-body");
        if (interactions.Count > 1)
        {
            // Several choice interactions are a multi-part item only when each is a true/false statement with its own
            // prompt.
            if (
                interactions.Any(i =>
                    i.Elements(Qti + "qti-simple-choice").Count() != 2 || i.Element(Qti + "qti-prompt") is null
                )
            )
                throw new QtiException(
                    $"The item has {interactions.Count} choice interactions that are not true/false statements each with a prompt; "
                        + "the service holds one question per item. Split it into separate items"
                );
            type = ItemType.MultiPart;
            stem = Text(
                body.Elements().FirstOrDefault(e => e.Name.LocalName != "qti-choice-interaction")
                    ?? throw new QtiException("The multi-part item has no stem before its statements")
            );
            options = interactions.Select(i => Text(i.Element(Qti + "qti-prompt")!)).ToList();
            key = interactions
                .Where(i => Correct(i).SingleOrDefault() == "true")
                .Select(i => Text(i.Element(Qti + "qti-prompt")!))
                .ToList();
            choose = 1;
        }
        else
        {
            var interaction = interactions[0];
            var choices = interaction
                .Elements(Qti + "qti-simple-choice")
                .Select(c => ((string?)c.Attribute("identifier") ?? "", Text(c)))
                .ToList();
            // The stem is the prompt with whatever the body says before the interaction (both, when both are there).
            var lead = body.Elements()
                .TakeWhile(e => e != interaction && !e.Descendants().Contains(interaction))
                .ToList();
            var before = string.Join(" ", lead.Select(Text).Where(t => t.Length > 0));
            var prompt = interaction.Element(Qti + "qti-prompt") is { } p ? Text(p) : "";
            stem = string.Join(" ", new[] { before, prompt }.Where(t => t.Length > 0));
            // A picture before the choices, in the package and a PNG or JPEG with a description, comes in with the
            // question (as its case): the stem is then the prompt, and the text around the picture is the case's.
            if (
                readFile is not null
                && prompt.Length > 0
                && lead.SelectMany(e => e.DescendantsAndSelf()).FirstOrDefault(e => e.Name.LocalName == "img")
                    is { } img
                && ((string?)img.Attribute("src"))?.Trim() is { Length: > 0 } src
                && !src.Contains("://")
                && !src.StartsWith("data:", StringComparison.Ordinal)
                && ((string?)img.Attribute("alt"))?.Trim() is { Length: > 0 } alt
                && readFile(Resolve(href, src)) is { } bytes
                && CaseService.Sniff(bytes) is { } mediaType
                && mediaType.StartsWith("image/", StringComparison.Ordinal)
            )
            {
                var text = System
                    .Text.RegularExpressions.Regex.Replace(before.Replace($"[Image: {alt}]", ""), @"\s+", " ")
                    .Trim();
                image = new QtiImage(
                    bytes,
                    mediaType,
                    alt,
                    ((string?)root.Attribute("title"))?.Trim() is { Length: > 0 and <= 200 } t ? t : reference,
                    text.Length > 0 ? text : alt
                );
                stem = prompt;
                changes.Remove("an image is shown as its description");
                changes.Add("its picture comes in as a case, with its description");
            }
            if (stem.Length == 0)
                throw new QtiException("The item has no question text (no prompt and nothing before the choices)");
            if (choices.Any(c => c.Item2.Length == 0))
                throw new QtiException(
                    "A choice has no text (an image-only choice): the service shows choices as text, so this item cannot be kept"
                );
            options = choices.Select(c => c.Item2).ToList();
            var correctIds = Correct(interaction);
            key = correctIds
                .Select(id =>
                    choices.FirstOrDefault(c => c.Item1 == id).Item2
                    ?? throw new QtiException($"The key names {id}, which is not one of the choices")
                )
                .ToList();
            // max-choices 0 means "as many as you like": the candidate chooses as many as the key has.
            var maxChoices = int.TryParse((string?)interaction.Attribute("max-choices"), out var m) ? m : 1;
            choose = maxChoices == 0 ? Math.Max(1, key.Count) : Math.Max(1, maxChoices);
            if (maxChoices == 0)
                changes.Add($"any number of choices became choose {choose}, as many as the key has");
            if ((string?)interaction.Attribute("shuffle") == "true")
                changes.Add("choices are shown in the order written (shuffle is not kept)");
            type =
                choose > 1 ? ItemType.MultipleResponse
                : options.Count == 2 || ((string?)interaction.Attribute("class"))?.Contains("naas-binary") == true
                    ? ItemType.Binary
                : ItemType.SingleBestAnswer;
        }
        if (key.Count == 0 && type != ItemType.MultiPart)
            throw new QtiException("The item has no correct response (qti-correct-response), so it cannot be scored");
        if (stem.Length > 4000)
            throw new QtiException(
                $"The question is {stem.Length:N0} characters long; a question may be at most 4,000"
            );
        if (string.Join("\n", options).Length > 4000)
            throw new QtiException("The choices are more than 4,000 characters together");
        var problems = new ItemContent(type, stem, options, key, choose).Validate();
        if (problems.Count > 0)
            throw new QtiException(problems[0].Message);
        // Feedback written for the candidate becomes the rationale the practice test shows, when the package has no
        // rationale of ours. One feedback text is the rationale; several (one per outcome, "correct" and "incorrect")
        // cannot be told apart here, so they are left out and the report says so.
        var feedbacks = root.Descendants()
            .Where(e => e.Name.LocalName is "qti-modal-feedback" or "qti-feedback-block" or "qti-feedback-inline")
            .Select(Text)
            .Where(t => t.Length > 0)
            .Distinct()
            .ToList();
        var rationale =
            (string?)meta?.Element(QtiPackage.Naas + "rationale")
            ?? feedbacks switch
            {
                [var only] => Noted(only, "its feedback is kept as the rationale"),
                [_, _, ..] => Noted<string?>(
                    null,
                    $"its {feedbacks.Count} feedback messages, one for each outcome, were left out: write a rationale on the draft"
                ),
                _ => null,
            };
        if (rationale?.Length > 4000)
            throw new QtiException("The rationale is more than 4,000 characters");
        // Scoring: ours when the package says; otherwise read from the item's own response processing.
        var template = (string?)root.Element(Qti + "qti-response-processing")?.Attribute("template") ?? "";
        var scoring =
            meta?.Attribute("scoring") is { } s ? Enum.Parse<PartialCreditRule>((string)s)
            : template.Contains("match_correct", StringComparison.OrdinalIgnoreCase) ? PartialCreditRule.AllOrNothing
            : root.Descendants(Qti + "qti-mapping").Any()
            || template.Contains("map_response", StringComparison.OrdinalIgnoreCase)
                ? PartialCreditRule.PerPart
            : Noted(PartialCreditRule.AllOrNothing, "it had no scoring rule, so it is scored all or nothing");
        if (meta is null)
            return new QtiItem(
                reference,
                type,
                stem,
                options,
                key,
                choose,
                scoring,
                null,
                null,
                null,
                null,
                rationale,
                null,
                changes.Count == 0 ? null : string.Join("; ", changes),
                Image: image
            );
        if (
            !int.TryParse(
                (string?)meta.Attribute("area-number") ?? throw new QtiException("The item's area number is missing"),
                out var areaNumber
            ) || areaNumber is < 1 or > 99
        )
            throw new QtiException(
                $"The item's area number \"{(string?)meta.Attribute("area-number")}\" is not an area number (1 to 99)"
            );
        return new QtiItem(
            reference,
            type,
            stem,
            options,
            key,
            choose,
            scoring,
            Enum.Parse<StatusLevel>(
                (string?)meta.Attribute("area-status") ?? throw new QtiException("The item's area status is missing")
            ),
            areaNumber,
            ((string?)meta.Attribute("applied-for")) is { Length: > 0 } applied
                ? Enum.Parse<StatusLevel>(applied)
                : null,
            (string?)meta.Attribute("setting") ?? "Any setting",
            rationale,
            (string?)meta.Element(QtiPackage.Naas + "references") is { Length: <= 2000 } refs ? refs : null,
            changes.Count == 0 ? null : string.Join("; ", changes),
            (string?)meta.Attribute("case") is { Length: > 0 and <= 20 } c ? c : null,
            Enum.TryParse<ItemPool>((string?)meta.Attribute("pool"), out var pool) && Enum.IsDefined(pool)
                ? pool
                : ItemPool.Assessment,
            image
        );
    }
}
