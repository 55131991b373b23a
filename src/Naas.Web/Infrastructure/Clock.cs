namespace Naas.Web.Infrastructure;

public static class Clock
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>Today's date in England, which is what every eligibility rule means by "today".</summary>
    public static DateOnly Today(this TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), London).DateTime);

    /// <summary>The instant a day starts in England (midnight, GMT or BST as the date falls).</summary>
    public static DateTimeOffset StartOfUkDay(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, London.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>An instant as people in England read it, like "1 December 2026 at 09:00".</summary>
    public static string UkDateTime(DateTimeOffset t) =>
        TimeZoneInfo.ConvertTime(t, London).ToString("d MMMM yyyy 'at' HH:mm");

    /// <summary>The day an instant falls on in England.</summary>
    public static DateOnly UkDay(DateTimeOffset t) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(t, London).DateTime);

    public static string UkDate(DateTimeOffset t) => TimeZoneInfo.ConvertTime(t, London).ToString("d MMMM yyyy");

    /// <summary>A date as people in England read it, like "1 December 2026".</summary>
    public static string UkDate(DateOnly d) =>
        d.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The instant a clock time on a day in England is (GMT or BST as the date falls).</summary>
    public static DateTimeOffset AtUkTime(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, London.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>An instant at England's offset, so its date and clock time are what people there read.</summary>
    public static DateTimeOffset InUk(DateTimeOffset t) => TimeZoneInfo.ConvertTime(t, London);
}
