using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using Naas.Domain.ItemBank;
using Naas.Domain.Workforce;
using Naas.Web.Features.ItemBank;

namespace Naas.Web.Tests.ItemBank;

/// <summary>IMS QTI 3.0 interchange: export then import gives back the same items; a broken item is reported
/// and never half-imported.</summary>
public class QtiPackageTests
{
    private static readonly QtiItem[] Items =
    [
        new(
            "K-00001",
            ItemType.Binary,
            "A child protection plan is a court order.",
            ["True", "False"],
            ["False"],
            1,
            PartialCreditRule.PerPart,
            StatusLevel.Practitioner,
            8,
            null,
            "Child protection",
            "Plans are made by conferences, not courts.",
            "Working Together to Safeguard Children"
        ),
        new(
            "K-00002",
            ItemType.SingleBestAnswer,
            "At what age does stranger anxiety usually appear?",
            ["Birth to 2 months", "6 to 8 months", "3 years", "5 years"],
            ["6 to 8 months"],
            1,
            PartialCreditRule.PerPart,
            StatusLevel.Practitioner,
            3,
            null,
            "Children in need",
            null,
            null
        ),
        new(
            "K-00003",
            ItemType.MultipleResponse,
            "Which three are signs of neglect?",
            [
                "Untreated tooth decay",
                "A grazed knee",
                "Persistent hunger",
                "Shyness",
                "Poor hygiene",
                "Tiredness after sport",
                "Freckles",
                "Curiosity",
            ],
            ["Untreated tooth decay", "Persistent hunger", "Poor hygiene"],
            3,
            PartialCreditRule.AllOrNothing,
            StatusLevel.Practitioner,
            5,
            null,
            "Any setting",
            null,
            null
        ),
        new(
            "K-00004",
            ItemType.MultiPart,
            "Sam, 15, is looked after and wants to see his father. Mark each statement.",
            ["Sam's wishes must be ascertained", "Contact is never allowed", "The IRO reviews the plan"],
            ["Sam's wishes must be ascertained", "The IRO reviews the plan"],
            1,
            PartialCreditRule.PerPart,
            StatusLevel.Supervisor,
            2,
            StatusLevel.Supervisor,
            "Looked-after children",
            null,
            null
        ),
    ];

    [Fact]
    public void Export_then_import_gives_back_the_same_items()
    {
        var package = QtiExport.Export(Items);
        var (read, report) = QtiImport.Import(new MemoryStream(package));
        var items = read.Select(x => x.Item).ToList();
        Assert.All(report, r => Assert.True(r.Imported, r.Message));
        Assert.Equal(Items.Length, items.Count);
        for (var i = 0; i < Items.Length; i++)
        {
            var (a, b) = (Items[i], items[i]);
            Assert.Equal(a with { Options = [], Key = [] }, b with { Options = [], Key = [] });
            Assert.Equal(a.Options, b.Options);
            Assert.Equal(a.Key, b.Key);
        }
    }

    [Fact]
    public void The_package_is_qti_3_with_a_content_package_manifest()
    {
        using var zip = new ZipArchive(new MemoryStream(QtiExport.Export(Items)));
        var manifest = XDocument.Load(zip.GetEntry("imsmanifest.xml")!.Open());
        var resources = manifest.Descendants(QtiPackage.Cp + "resource").ToList();
        Assert.Equal(4, resources.Count);
        Assert.All(resources, r => Assert.Equal("imsqti_item_xmlv3p0", (string?)r.Attribute("type")));
        var item = XDocument.Load(zip.GetEntry("items/K-00003.xml")!.Open()).Root!;
        Assert.Equal(QtiPackage.Qti + "qti-assessment-item", item.Name);
        var declaration = item.Element(QtiPackage.Qti + "qti-response-declaration")!;
        Assert.Equal("multiple", (string?)declaration.Attribute("cardinality"));
        Assert.Equal(3, declaration.Descendants(QtiPackage.Qti + "qti-value").Count());
        Assert.Equal(
            "3",
            (string?)item.Descendants(QtiPackage.Qti + "qti-choice-interaction").Single().Attribute("max-choices")
        );
    }

    private static byte[] Package(params (string Path, string Content)[] files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (path, content) in files)
            {
                using var w = new StreamWriter(zip.CreateEntry(path).Open(), Encoding.UTF8);
                w.Write(content);
            }
        return buffer.ToArray();
    }

    [Fact]
    public void Each_broken_item_is_reported_with_its_reason_and_the_good_ones_still_come_in()
    {
        var good = QtiExport.Export([Items[1]]);
        using var goodZip = new ZipArchive(new MemoryStream(good));
        var goodItem = new StreamReader(goodZip.GetEntry("items/K-00002.xml")!.Open()).ReadToEnd();
        var meta =
            "<metadata><naas:item area-status=\"Practitioner\" area-number=\"3\" applied-for=\"\" setting=\"Any setting\" scoring=\"PerPart\"/></metadata>";
        var manifest = $"""
            <manifest xmlns="http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1" xmlns:naas="urn:naas:item-metadata:1" identifier="p"><resources>
              <resource identifier="K-00002" type="imsqti_item_xmlv3p0" href="items/good.xml">{meta}</resource>
              <resource identifier="nokey" type="imsqti_item_xmlv3p0" href="items/nokey.xml">{meta}</resource>
              <resource identifier="text" type="imsqti_item_xmlv3p0" href="items/text.xml">{meta}</resource>
              <resource identifier="gone" type="imsqti_item_xmlv3p0" href="items/gone.xml">{meta}</resource>
              <resource identifier="dtd" type="imsqti_item_xmlv3p0" href="items/dtd.xml">{meta}</resource>
            </resources></manifest>
            """;
        var noKey = goodItem
            .Replace("<qti-correct-response>", "<qti-correct-response><qti-value>choice_9</qti-value>")
            .Replace("<qti-value>choice_2</qti-value>", "");
        var text =
            """<qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" identifier="text"><qti-item-body><qti-extended-text-interaction response-identifier="R"/></qti-item-body></qti-assessment-item>""";
        var dtd =
            """<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" identifier="dtd">&e;</qti-assessment-item>""";
        var (items, report) = QtiImport.Import(
            new MemoryStream(
                Package(
                    ("imsmanifest.xml", manifest),
                    ("items/good.xml", goodItem),
                    ("items/nokey.xml", noKey),
                    ("items/text.xml", text),
                    ("items/dtd.xml", dtd)
                )
            )
        );

        Assert.Equal("K-00002", Assert.Single(items).Item.Reference);
        Assert.True(report.Single(r => r.Reference == "K-00002").Imported);
        Assert.Contains(
            "choice_9, which is not one of the choices",
            report.Single(r => r.Reference == "nokey").Message
        );
        Assert.Contains("Only choice interactions", report.Single(r => r.Reference == "text").Message);
        Assert.Contains("not in the package", report.Single(r => r.Reference == "gone").Message);
        Assert.False(report.Single(r => r.Reference == "dtd").Imported);
    }

    [Fact]
    public void A_file_that_is_not_a_package_is_refused_with_a_reason()
    {
        var (_, report) = QtiImport.Import(new MemoryStream("not a zip"u8.ToArray()));
        Assert.Equal("The file is not a zip package", Assert.Single(report).Message);
        var (_, noManifest) = QtiImport.Import(new MemoryStream(Package(("items/a.xml", "<x/>"))));
        Assert.Equal("The package has no imsmanifest.xml", Assert.Single(noManifest).Message);
    }

    private const string Meta =
        "<metadata><naas:item area-status=\"Practitioner\" area-number=\"3\" applied-for=\"\" setting=\"Any setting\" scoring=\"PerPart\"/></metadata>";

    private static string Manifest(params (string Id, string Href, string Meta)[] resources) =>
        "<manifest xmlns=\"http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1\" xmlns:naas=\"urn:naas:item-metadata:1\" identifier=\"p\"><resources>"
        + string.Concat(
            resources.Select(r =>
                $"<resource identifier=\"{r.Id}\" type=\"imsqti_item_xmlv3p0\" href=\"{r.Href}\">{r.Meta}</resource>"
            )
        )
        + "<resource identifier=\"css\" type=\"webcontent\" href=\"style.css\"/></resources></manifest>";

    private static string Item(
        string id,
        string body,
        string correct = "<qti-value>A</qti-value>",
        string cardinality = "single"
    ) =>
        $"<qti-assessment-item xmlns=\"http://www.imsglobal.org/xsd/imsqtiasi_v3p0\" identifier=\"{id}\"><qti-response-declaration identifier=\"RESPONSE\" cardinality=\"{cardinality}\" base-type=\"identifier\"><qti-correct-response>{correct}</qti-correct-response></qti-response-declaration><qti-item-body>{body}</qti-item-body></qti-assessment-item>";

    [Fact]
    public void Items_other_tools_write_are_read_as_they_mean_or_refused_by_name_never_with_an_error()
    {
        var lineBreak = Item(
            "q-linebreak",
            "<p>Read the statement.</p><qti-choice-interaction response-identifier=\"RESPONSE\" max-choices=\"1\"><qti-prompt>Is this right?</qti-prompt>"
                + "<qti-simple-choice identifier=\"A\">True\n              That's\n              correct</qti-simple-choice><qti-simple-choice identifier=\"B\">False</qti-simple-choice></qti-choice-interaction>"
        );
        var unlimited = Item(
            "q-unlimited",
            """<qti-choice-interaction response-identifier="RESPONSE" max-choices="0"><qti-prompt>Which are signs of neglect?</qti-prompt><qti-simple-choice identifier="A">Hunger</qti-simple-choice><qti-simple-choice identifier="B">Poor hygiene</qti-simple-choice><qti-simple-choice identifier="C">Shyness</qti-simple-choice></qti-choice-interaction>""",
            "<qti-value>A</qti-value><qti-value>B</qti-value>",
            "multiple"
        );
        var twoNoPrompt = Item(
            "q-two",
            """<qti-choice-interaction response-identifier="RESPONSE"><qti-simple-choice identifier="A">One</qti-simple-choice><qti-simple-choice identifier="B">Two</qti-simple-choice><qti-simple-choice identifier="C">Three</qti-simple-choice></qti-choice-interaction><qti-choice-interaction response-identifier="RESPONSE"><qti-simple-choice identifier="A">Four</qti-simple-choice><qti-simple-choice identifier="B">Five</qti-simple-choice></qti-choice-interaction>"""
        );
        var imageOnly = Item(
            "q-image",
            """<qti-choice-interaction response-identifier="RESPONSE"><qti-prompt>Which picture?</qti-prompt><qti-simple-choice identifier="A"><img src="a.png" alt="A house"/></qti-simple-choice><qti-simple-choice identifier="B"><img src="b.png" alt="A car"/></qti-simple-choice></qti-choice-interaction>"""
        );
        var overflow = Meta.Replace("area-number=\"3\"", "area-number=\"99999999999999\"");
        var (items, report) = QtiImport.Import(
            new MemoryStream(
                Package(
                    (
                        "imsmanifest.xml",
                        Manifest(
                            ("RES-1", "items/1.xml", Meta),
                            ("RES-2", "items/2.xml", Meta),
                            ("RES-3", "items/3.xml", Meta),
                            ("RES-4", "items/4.xml", Meta),
                            ("RES-5", "items/5.xml", overflow)
                        )
                    ),
                    ("items/1.xml", lineBreak),
                    ("items/2.xml", unlimited),
                    ("items/3.xml", twoNoPrompt),
                    ("items/4.xml", imageOnly),
                    ("items/5.xml", lineBreak.Replace("q-linebreak", "q-overflow")),
                    ("style.css", "p{}")
                )
            )
        );

        // Each report line is its resource's (RES-n), though every item's own identifier differs from it.
        Assert.Equal(["RES-1", "RES-2", "RES-3", "RES-4", "RES-5", "css"], report.Select(r => r.Reference));
        var linebreak = items.Single(i => i.Item.Reference == "q-linebreak");
        Assert.Equal(0, linebreak.Line);
        Assert.Equal(["True That's correct", "False"], linebreak.Item.Options); // one choice, not three
        Assert.Equal("Read the statement. Is this right?", linebreak.Item.Stem); // the body's text and the prompt, both kept
        var any = items.Single(i => i.Item.Reference == "q-unlimited").Item;
        Assert.Equal((ItemType.MultipleResponse, 2), (any.Type, any.OptionsToChoose)); // max-choices="0": as many as the key has
        Assert.Contains("Split it into separate items", report[2].Message);
        Assert.False(report[2].Imported);
        // Image-only choices are kept as their descriptions; one with no description at all could not be shown.
        Assert.Equal(
            ["[Image: A house]", "[Image: A car]"],
            items.Single(i => i.Item.Reference == "q-image").Item.Options
        );
        Assert.Contains("is not an area number", report[4].Message);
        Assert.False(report[5].IsItem); // the stylesheet is not counted as a question
        Assert.Equal(3, items.Count);
        var (_, noAlt) = QtiImport.Import(
            new MemoryStream(
                Package(
                    ("imsmanifest.xml", Manifest(("RES-1", "items/1.xml", Meta))),
                    ("items/1.xml", imageOnly.Replace(" alt=\"A house\"", ""))
                )
            )
        );
        Assert.Contains("image-only choice", noAlt[0].Message);
    }

    [Fact]
    public void A_package_of_huge_questions_is_refused_question_by_question_and_stops_at_the_most_a_package_may_bring()
    {
        // The probe that grew the database to 578 MB: hundreds of items of almost 2 MB of text each.
        var huge = Item(
            "q-huge",
            $"<qti-choice-interaction response-identifier=\"RESPONSE\"><qti-prompt>{new string('x', 1_900_000)}</qti-prompt><qti-simple-choice identifier=\"A\">Yes</qti-simple-choice><qti-simple-choice identifier=\"B\">No</qti-simple-choice></qti-choice-interaction>"
        );
        var (items, report) = QtiImport.Import(
            new MemoryStream(Package(("imsmanifest.xml", Manifest(("R1", "items/1.xml", Meta))), ("items/1.xml", huge)))
        );
        Assert.Empty(items);
        Assert.Contains("a question may be at most 4,000", report[0].Message);

        var small = Item(
            "q",
            "<qti-choice-interaction response-identifier=\"RESPONSE\"><qti-prompt>Is it?</qti-prompt><qti-simple-choice identifier=\"A\">Yes</qti-simple-choice><qti-simple-choice identifier=\"B\">No</qti-simple-choice></qti-choice-interaction>"
        );
        var many = Enumerable
            .Range(0, QtiPackage.MaxItems + 3)
            .Select(n => ($"R{n}", $"items/{n}.xml", Meta))
            .ToArray();
        var files = many.Select(m => (m.Item2, small.Replace("identifier=\"q\"", $"identifier=\"q{m.Item1}\"")))
            .Prepend(("imsmanifest.xml", Manifest(many)))
            .ToArray();
        var (kept, lines) = QtiImport.Import(new MemoryStream(Package(files)));
        Assert.Equal(QtiPackage.MaxItems, kept.Count);
        Assert.Equal(3, lines.Count(l => l.Message.Contains($"at most {QtiPackage.MaxItems} questions")));
    }

    [Fact]
    public void One_feedback_text_becomes_the_rationale_and_a_pair_of_outcome_messages_is_reported_as_left_out()
    {
        const string choices =
            "<qti-choice-interaction response-identifier=\"RESPONSE\"><qti-prompt>Is it?</qti-prompt><qti-simple-choice identifier=\"A\">Yes</qti-simple-choice><qti-simple-choice identifier=\"B\">No</qti-simple-choice></qti-choice-interaction>";
        var one = Item("one", choices)
            .Replace(
                "</qti-assessment-item>",
                "<qti-modal-feedback outcome-identifier=\"FEEDBACK\" identifier=\"x\" show-hide=\"show\"><qti-content-body>Because it is.</qti-content-body></qti-modal-feedback></qti-assessment-item>"
            );
        var two = Item("two", choices)
            .Replace(
                "</qti-assessment-item>",
                "<qti-modal-feedback outcome-identifier=\"FEEDBACK\" identifier=\"correct\" show-hide=\"show\"><qti-content-body>correct</qti-content-body></qti-modal-feedback><qti-modal-feedback outcome-identifier=\"FEEDBACK\" identifier=\"incorrect\" show-hide=\"show\"><qti-content-body>incorrect</qti-content-body></qti-modal-feedback></qti-assessment-item>"
            );
        var noMeta = "";
        var (items, _) = QtiImport.Import(
            new MemoryStream(
                Package(
                    ("imsmanifest.xml", Manifest(("R1", "items/1.xml", noMeta), ("R2", "items/2.xml", noMeta))),
                    ("items/1.xml", one),
                    ("items/2.xml", two)
                )
            )
        );
        Assert.Equal("Because it is.", items.Single(i => i.Item.Reference == "one").Item.Rationale);
        var pair = items.Single(i => i.Item.Reference == "two").Item;
        Assert.Null(pair.Rationale);
        Assert.Contains("2 feedback messages, one for each outcome, were left out", pair.Changes);
    }

    [Fact]
    public void Formatting_in_a_question_is_reported_as_shown_in_plain_text()
    {
        var formatted = Item(
            "fmt",
            "<p>Which is <strong>not</strong> a sign of H<sub>2</sub>O?</p><qti-choice-interaction response-identifier=\"RESPONSE\"><qti-prompt>Choose one.</qti-prompt><qti-simple-choice identifier=\"A\">Ice</qti-simple-choice><qti-simple-choice identifier=\"B\">Steam</qti-simple-choice><qti-simple-choice identifier=\"C\">Sand</qti-simple-choice></qti-choice-interaction>"
        );
        var (items, _) = QtiImport.Import(
            new MemoryStream(
                Package(("imsmanifest.xml", Manifest(("R1", "items/1.xml", Meta))), ("items/1.xml", formatted))
            )
        );
        var item = Assert.Single(items).Item;
        Assert.Equal("Which is not a sign of H2O? Choose one.", item.Stem);
        Assert.Contains("its formatting (strong, sub) is shown as plain text", item.Changes);
    }
}
