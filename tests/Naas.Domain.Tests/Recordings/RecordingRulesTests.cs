using Naas.Domain.Recordings;

namespace Naas.Domain.Tests.Recordings;

/// <summary>Recordings (issue 15, item 7; ¶36): what may be uploaded, how a resumable upload moves on, when a
/// recording is deleted.</summary>
public class RecordingRulesTests
{
    [Fact]
    public void Only_video_and_audio_that_browsers_play_up_to_8GB_may_be_uploaded()
    {
        Assert.Null(RecordingRules.Start("Simulation 1.MP4", 2L * 1024 * 1024 * 1024).Problem);
        Assert.Equal(
            "The recording must be one of: .mp4, .webm, .mp3, .m4a",
            RecordingRules.Start("notes.pdf", 10).Problem
        );
        Assert.Equal("The recording is empty", RecordingRules.Start("a.webm", 0).Problem);
        Assert.Equal(
            "The recording must be smaller than 8GB",
            RecordingRules.Start("a.mp4", RecordingRules.MaxBytes + 1).Problem
        );
        Assert.Equal("Select the recording to upload", RecordingRules.Start(" ", 10).Problem);
    }

    [Fact]
    public void A_part_is_written_only_where_the_upload_stands()
    {
        Assert.Null(RecordingRules.Append(received: 100, length: 300, offset: 100, chunk: 200));
        Assert.Equal(
            "The upload stands at byte 100, not 0: send from there",
            RecordingRules.Append(received: 100, length: 300, offset: 0, chunk: 100)
        );
        Assert.Equal(
            "The recording was said to be 300 bytes; this part would take it past that",
            RecordingRules.Append(received: 100, length: 300, offset: 100, chunk: 201)
        );
        Assert.Equal(
            "Send the recording in parts of 64MB or less",
            RecordingRules.Append(0, RecordingRules.MaxBytes, 0, RecordingRules.MaxChunkBytes + 1)
        );
        Assert.Equal("The request carried no part of the recording", RecordingRules.Append(0, 10, 0, 0));
        Assert.Equal("The recording has been received in full", RecordingRules.Append(10, 10, 10, 1));
    }

    [Fact]
    public void A_recording_is_deleted_the_retention_period_after_its_simulation_ends()
    {
        var ends = new DateTimeOffset(2026, 3, 31, 12, 0, 0, TimeSpan.Zero);
        Assert.Equal(new DateTimeOffset(2027, 3, 31, 12, 0, 0, TimeSpan.Zero), RecordingRules.DeleteAfter(ends, 12));
        Assert.Equal(new DateTimeOffset(2026, 6, 30, 12, 0, 0, TimeSpan.Zero), RecordingRules.DeleteAfter(ends, 3));
    }
}
