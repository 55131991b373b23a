using System.IO.Compression;
using System.Xml.Linq;
using Naas.Domain.ItemBank;
using static Naas.Web.Features.ItemBank.QtiPackage;

namespace Naas.Web.Features.ItemBank;

/// <summary>Writes a QTI 3.0 content package of the bank's items (see <see cref="QtiPackage"/>).</summary>
public static class QtiExport
{
    public static byte[] Export(IEnumerable<QtiItem> items)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var resources = new XElement(Cp + "resources");
            foreach (var item in items)
            {
                var href = $"items/{item.Reference}.xml";
                Write(zip, href, ItemXml(item));
                resources.Add(
                    new XElement(
                        Cp + "resource",
                        new XAttribute("identifier", item.Reference),
                        new XAttribute("type", ItemResourceType),
                        new XAttribute("href", href),
                        new XElement(
                            Cp + "metadata",
                            new XElement(
                                QtiPackage.Naas + "item",
                                new XAttribute("area-status", item.AreaStatus?.ToString() ?? ""),
                                new XAttribute("area-number", item.AreaNumber?.ToString() ?? ""),
                                new XAttribute("applied-for", item.AppliedFor?.ToString() ?? ""),
                                new XAttribute("setting", item.Setting ?? ""),
                                new XAttribute("scoring", item.ScoringRule.ToString()),
                                new XAttribute("pool", item.Pool.ToString()),
                                item.Case is null ? null : new XAttribute("case", item.Case),
                                item.Rationale is null
                                    ? null
                                    : new XElement(QtiPackage.Naas + "rationale", item.Rationale),
                                item.References is null
                                    ? null
                                    : new XElement(QtiPackage.Naas + "references", item.References)
                            )
                        ),
                        new XElement(Cp + "file", new XAttribute("href", href))
                    )
                );
            }
            var manifest = new XElement(
                Cp + "manifest",
                new XAttribute("identifier", "naas-item-bank"),
                new XAttribute(XNamespace.Xmlns + "naas", QtiPackage.Naas),
                new XElement(Cp + "organizations"),
                resources
            );
            Write(zip, "imsmanifest.xml", new XDocument(new XDeclaration("1.0", "utf-8", null), manifest));
        }
        return buffer.ToArray();
    }

    private static XDocument ItemXml(QtiItem item)
    {
        var root = new XElement(
            Qti + "qti-assessment-item",
            new XAttribute("identifier", item.Reference),
            new XAttribute("title", item.Reference),
            new XAttribute("adaptive", "false"),
            new XAttribute("time-dependent", "false")
        );
        var body = new XElement(Qti + "qti-item-body");
        if (item.Type == ItemType.MultiPart)
        {
            body.Add(new XElement(Qti + "p", item.Stem));
            for (var i = 0; i < item.Options.Count; i++)
            {
                var id = $"RESPONSE_{i + 1}";
                root.Add(Declaration(id, "single", [item.Key.Contains(item.Options[i]) ? "true" : "false"]));
                body.Add(
                    new XElement(
                        Qti + "qti-choice-interaction",
                        new XAttribute("response-identifier", id),
                        new XAttribute("max-choices", 1),
                        new XElement(Qti + "qti-prompt", item.Options[i]),
                        new XElement(Qti + "qti-simple-choice", new XAttribute("identifier", "true"), "True"),
                        new XElement(Qti + "qti-simple-choice", new XAttribute("identifier", "false"), "False")
                    )
                );
            }
        }
        else
        {
            string Id(string option) => $"choice_{item.Options.ToList().IndexOf(option) + 1}";
            var multiple = item.Type == ItemType.MultipleResponse;
            root.Add(Declaration("RESPONSE", multiple ? "multiple" : "single", item.Key.Select(Id)));
            body.Add(
                new XElement(
                    Qti + "qti-choice-interaction",
                    new XAttribute("response-identifier", "RESPONSE"),
                    new XAttribute("max-choices", item.OptionsToChoose),
                    new XAttribute("min-choices", multiple ? item.OptionsToChoose : 1),
                    new XAttribute("class", item.Type == ItemType.Binary ? "naas-binary" : "naas-choice"),
                    new XElement(Qti + "qti-prompt", item.Stem),
                    item.Options.Select(o => new XElement(
                        Qti + "qti-simple-choice",
                        new XAttribute("identifier", Id(o)),
                        o
                    ))
                )
            );
        }
        root.Add(
            new XElement(
                Qti + "qti-outcome-declaration",
                new XAttribute("identifier", "SCORE"),
                new XAttribute("cardinality", "single"),
                new XAttribute("base-type", "float")
            )
        );
        root.Add(body);
        root.Add(new XElement(Qti + "qti-response-processing", new XAttribute("template", MatchCorrect)));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root);
    }

    private static XElement Declaration(string id, string cardinality, IEnumerable<string> correct) =>
        new(
            Qti + "qti-response-declaration",
            new XAttribute("identifier", id),
            new XAttribute("cardinality", cardinality),
            new XAttribute("base-type", "identifier"),
            new XElement(Qti + "qti-correct-response", correct.Select(c => new XElement(Qti + "qti-value", c)))
        );

    private static void Write(ZipArchive zip, string path, XDocument doc)
    {
        using var stream = zip.CreateEntry(path, CompressionLevel.Optimal).Open();
        doc.Save(stream);
    }
}
