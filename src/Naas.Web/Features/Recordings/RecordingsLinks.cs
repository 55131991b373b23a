namespace Naas.Web.Features;

/// <summary>Every address of the Recordings capability, built from the same templates as its pages' <c>@page</c>
/// routes and its endpoints.</summary>
public static class RecordingsLinks
{
    public static string Centre() => "/centre/recordings";

    public static string CentreSession(Guid sessionId) => $"/centre/recordings/{sessionId}";

    public static string CentreStart(Guid sessionId) => $"/centre/recordings/{sessionId}/uploads";

    public static string CentreWhole(Guid sessionId) => $"/centre/recordings/{sessionId}/file";

    public static string CentreUpload(Guid uploadId) => $"/centre/recordings/uploads/{uploadId}";

    public static string Watch(Guid recordingId) => $"/recordings/{recordingId}";

    public static string Me() => "/me/recordings";
}
