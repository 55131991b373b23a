using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using Naas.Domain.Knowledge;
using Naas.Domain.Workforce;
using Naas.Web.Features.ItemBank;

namespace Naas.Web.Tests;

/// <summary>IMS QTI 3.0 interchange: export then import gives back the same items; a broken item is reported
/// and never half-imported.</summary>
public class QtiPackageTests
{
    private static readonly QtiItem[] Items =
    [
        new("K-00001", ItemType.Binary, "A child protection plan is a court order.", ["True", "False"], ["False"], 1, PartialCreditRule.PerPart,
            StatusLevel.Practitioner, 8, null, "Child protection", "Plans are made by conferences, not courts.", "Working Together to Safeguard Children"),
        new("K-00002", ItemType.SingleBestAnswer, "At what age does stranger anxiety usually appear?", ["Birth to 2 months", "6 to 8 months", "3 years", "5 years"], ["6 to 8 months"], 1,
            PartialCreditRule.PerPart, StatusLevel.Practitioner, 3, null, "Children in need", null, null),
        new("K-00003", ItemType.MultipleResponse, "Which three are signs of neglect?", ["Untreated tooth decay", "A grazed knee", "Persistent hunger", "Shyness", "Poor hygiene", "Tiredness after sport", "Freckles", "Curiosity"],
            ["Untreated tooth decay", "Persistent hunger", "Poor hygiene"], 3, PartialCreditRule.AllOrNothing, StatusLevel.Practitioner, 5, null, "Any setting", null, null),
        new("K-00004", ItemType.MultiPart, "Sam, 15, is looked after and wants to see his father. Mark each statement.", ["Sam's wishes must be ascertained", "Contact is never allowed", "The IRO reviews the plan"],
            ["Sam's wishes must be ascertained", "The IRO reviews the plan"], 1, PartialCreditRule.PerPart, StatusLevel.Supervisor, 2, StatusLevel.Supervisor, "Looked-after children", null, null),
    ];

    [Fact]
    public void Export_then_import_gives_back_the_same_items()
    {
        var package = QtiPackage.Export(Items);
        var (items, report) = QtiPackage.Import(new MemoryStream(package));
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
        using var zip = new ZipArchive(new MemoryStream(QtiPackage.Export(Items)));
        var manifest = XDocument.Load(zip.GetEntry("imsmanifest.xml")!.Open());
        var resources = manifest.Descendants(QtiPackage.Cp + "resource").ToList();
        Assert.Equal(4, resources.Count);
        Assert.All(resources, r => Assert.Equal("imsqti_item_xmlv3p0", (string?)r.Attribute("type")));
        var item = XDocument.Load(zip.GetEntry("items/K-00003.xml")!.Open()).Root!;
        Assert.Equal(QtiPackage.Qti + "qti-assessment-item", item.Name);
        var declaration = item.Element(QtiPackage.Qti + "qti-response-declaration")!;
        Assert.Equal("multiple", (string?)declaration.Attribute("cardinality"));
        Assert.Equal(3, declaration.Descendants(QtiPackage.Qti + "qti-value").Count());
        Assert.Equal("3", (string?)item.Descendants(QtiPackage.Qti + "qti-choice-interaction").Single().Attribute("max-choices"));
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
        var good = QtiPackage.Export([Items[1]]);
        using var goodZip = new ZipArchive(new MemoryStream(good));
        var goodItem = new StreamReader(goodZip.GetEntry("items/K-00002.xml")!.Open()).ReadToEnd();
        var meta = "<metadata><naas:item area-status=\"Practitioner\" area-number=\"3\" applied-for=\"\" setting=\"Any setting\" scoring=\"PerPart\"/></metadata>";
        var manifest = $"""
            <manifest xmlns="http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1" xmlns:naas="urn:naas:item-metadata:1" identifier="p"><resources>
              <resource identifier="K-00002" type="imsqti_item_xmlv3p0" href="items/good.xml">{meta}</resource>
              <resource identifier="nokey" type="imsqti_item_xmlv3p0" href="items/nokey.xml">{meta}</resource>
              <resource identifier="text" type="imsqti_item_xmlv3p0" href="items/text.xml">{meta}</resource>
              <resource identifier="gone" type="imsqti_item_xmlv3p0" href="items/gone.xml">{meta}</resource>
              <resource identifier="dtd" type="imsqti_item_xmlv3p0" href="items/dtd.xml">{meta}</resource>
            </resources></manifest>
            """;
        var noKey = goodItem.Replace("<qti-correct-response>", "<qti-correct-response><qti-value>choice_9</qti-value>").Replace("<qti-value>choice_2</qti-value>", "");
        var text = """<qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" identifier="text"><qti-item-body><qti-extended-text-interaction response-identifier="R"/></qti-item-body></qti-assessment-item>""";
        var dtd = """<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" identifier="dtd">&e;</qti-assessment-item>""";
        var (items, report) = QtiPackage.Import(new MemoryStream(Package(("imsmanifest.xml", manifest), ("items/good.xml", goodItem),
            ("items/nokey.xml", noKey), ("items/text.xml", text), ("items/dtd.xml", dtd))));

        Assert.Equal("K-00002", Assert.Single(items).Reference);
        Assert.True(report.Single(r => r.Reference == "K-00002").Imported);
        Assert.Contains("choice_9, which is not one of the choices", report.Single(r => r.Reference == "nokey").Message);
        Assert.Contains("Only choice interactions", report.Single(r => r.Reference == "text").Message);
        Assert.Contains("not in the package", report.Single(r => r.Reference == "gone").Message);
        Assert.False(report.Single(r => r.Reference == "dtd").Imported);
    }

    [Fact]
    public void A_file_that_is_not_a_package_is_refused_with_a_reason()
    {
        var (_, report) = QtiPackage.Import(new MemoryStream("not a zip"u8.ToArray()));
        Assert.Equal("The file is not a zip package", Assert.Single(report).Message);
        var (_, noManifest) = QtiPackage.Import(new MemoryStream(Package(("items/a.xml", "<x/>"))));
        Assert.Equal("The package has no imsmanifest.xml", Assert.Single(noManifest).Message);
    }
}
