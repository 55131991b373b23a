using System.Text;
using Naas.Domain.Marking;

namespace Naas.Domain.Tests.Marking;

/// <summary>Who may mark (an authorised marker independent of the candidate's employers) and which evidence files a
/// reviewer can be given (¶42: "marks, written work and recordings").</summary>
public class MarkingRulesTests
{
    private static readonly Guid Endorsing = Guid.NewGuid(),
        Current = Guid.NewGuid(),
        Partner = Guid.NewGuid();

    [Fact]
    public void A_marker_from_the_endorsing_employer_or_a_current_employer_is_not_independent_but_a_delivery_partner_or_no_organisation_is()
    {
        Assert.Contains("endorsing employer", MarkingRules.Independence(Endorsing, Endorsing, [Endorsing, Current]));
        Assert.Contains("not their colleague", MarkingRules.Independence(Current, Endorsing, [Endorsing, Current]));
        Assert.Null(MarkingRules.Independence(Partner, Endorsing, [Endorsing, Current]));
        Assert.Null(MarkingRules.Independence(null, Endorsing, [Endorsing]));
    }

    [Theory]
    [InlineData(
        "observation.mp4",
        new byte[]
        {
            0,
            0,
            0,
            0x20,
            (byte)'f',
            (byte)'t',
            (byte)'y',
            (byte)'p',
            (byte)'i',
            (byte)'s',
            (byte)'o',
            (byte)'m',
        },
        "Recording"
    )]
    [InlineData("observation.webm", new byte[] { 0x1A, 0x45, 0xDF, 0xA3, 0x9F }, "Recording")]
    [InlineData("audio.mp3", new byte[] { (byte)'I', (byte)'D', (byte)'3', 4, 0 }, "Recording")]
    [InlineData("audio.MP3", new byte[] { 0xFF, 0xFB, 0x90, 0x64 }, "Recording")]
    [InlineData(
        "written.pdf",
        new byte[] { (byte)'%', (byte)'P', (byte)'D', (byte)'F', (byte)'-', (byte)'1' },
        "WrittenWork"
    )]
    [InlineData("reflective.docx", new byte[] { (byte)'P', (byte)'K', 3, 4, 20 }, "WrittenWork")]
    [InlineData("notes.txt", new byte[] { (byte)'H', (byte)'i' }, "WrittenWork")]
    public void Each_accepted_format_is_recognised_by_its_first_bytes(string name, byte[] header, string kind)
    {
        var (format, problem) = EvidenceFormats.Check(name, header, 1000);
        Assert.Null(problem);
        Assert.Equal(kind, format!.Kind);
    }

    [Fact]
    public void Evidence_for_review_is_refused_for_its_type_its_contents_its_emptiness_or_its_size_with_a_reason_para42()
    {
        Assert.StartsWith(
            "The selected file must be one of: .mp4",
            EvidenceFormats.Check("run.exe", "MZ"u8, 10).Problem
        );
        Assert.Equal(
            "The selected file is not a real PDF: its contents do not match its name",
            EvidenceFormats.Check("written.pdf", "MZ\x90\0"u8, 10).Problem
        );
        Assert.Equal(
            "The selected file is not a real MP4 video: its contents do not match its name",
            EvidenceFormats.Check("v.mp4", "%PDF-1.4"u8, 10).Problem
        );
        Assert.Contains(
            "not a real plain text",
            EvidenceFormats.Check("notes.txt", new byte[] { 0x4D, 0, 0x5A }, 10).Problem
        );
        Assert.Equal("The selected file is empty", EvidenceFormats.Check("written.pdf", [], 0).Problem);
        Assert.Equal(
            "The selected file must be smaller than 250MB",
            EvidenceFormats
                .Check("written.pdf", Encoding.ASCII.GetBytes("%PDF-1.7"), EvidenceFormats.MaxBytes + 1)
                .Problem
        );
    }
}
