using System.Globalization;
using CompetencyTeams.App.Tab.Services;
using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.App.Tab.Components.Hr;

/// <summary>
/// The campaign form's fields and the rules of what it sends: dates are shown and typed in the campaign's time zone
/// (the reminders' one), reminder days are typed as "7, 2", and a field the campaign's state locks is sent unchanged so
/// that only what HR really changed reaches the API's per-state rules.
/// </summary>
public sealed class CampaignFormModel
{
    public const string DefaultTimeZone = "Europe/Paris";

    /// <summary>Offered in the time zone list; any IANA id may be typed.</summary>
    public static readonly string[] CommonTimeZones =
    [
        "Europe/Paris", "Europe/Brussels", "Europe/Luxembourg", "Europe/Zurich", "Europe/London", "America/Guadeloupe", "America/Martinique",
        "America/Cayenne", "Indian/Reunion", "Indian/Mayotte", "Pacific/Noumea", "Pacific/Tahiti", "America/Toronto", "UTC",
    ];

    public static readonly int[] RecurrenceChoices = [12, 6, 3, 1];

    private readonly TabCampaign? _existing;
    private readonly string _openedZone;
    private readonly DateTime _openedOpensAt;
    private readonly DateTime _openedDeadline;

    public CampaignFormModel(TabCampaign? existing, DateTimeOffset now)
    {
        _existing = existing;
        var reminders = existing?.Reminders;
        TimeZoneId = reminders?.TimeZoneId ?? DefaultTimeZone;
        NameFr = existing?.Name.Fr ?? "";
        NameEn = existing?.Name.En ?? "";
        Everyone = existing?.Audience.Everyone ?? true;
        TeamIds = new HashSet<string>(existing?.Audience.TeamIds ?? [], StringComparer.Ordinal);
        ManagerValidates = existing?.ManagerValidates ?? true;
        DeclareTimeShares = existing?.DeclareTimeShares ?? false;
        ReminderDays = string.Join(", ", (reminders?.DaysBeforeDeadline ?? [7, 2]).Select(d => d.ToString(CultureInfo.InvariantCulture)));
        ReminderTime = reminders?.TimeOfDay ?? new TimeOnly(9, 0);
        SkipWeekends = reminders?.SkipWeekends ?? true;
        RecurrenceMonths = existing?.Recurrence?.IntervalMonths;
        var today = InZone(now).Date;
        OpensAt = existing is null ? today.AddDays(7).AddHours(8) : InZone(existing.OpensAt);
        Deadline = existing is null ? today.AddDays(35).AddHours(17) : InZone(existing.Deadline);
        (_openedZone, _openedOpensAt, _openedDeadline) = (TimeZoneId, OpensAt, Deadline);
    }

    public string NameFr { get; set; }

    public string NameEn { get; set; }

    /// <summary>"frameworkId@version".</summary>
    public string Framework { get; set; } = "";

    public bool Everyone { get; set; }

    public HashSet<string> TeamIds { get; }

    public bool ManagerValidates { get; set; }

    public bool DeclareTimeShares { get; set; }

    /// <summary>Local date and time in <see cref="TimeZoneId"/>.</summary>
    public DateTime OpensAt { get; set; }

    public DateTime Deadline { get; set; }

    public string ReminderDays { get; set; }

    public TimeOnly ReminderTime { get; set; }

    public bool SkipWeekends { get; set; }

    public string TimeZoneId { get; set; }

    public int? RecurrenceMonths { get; set; }

    public string State => _existing?.State ?? "Draft";

    public bool CanChangeFramework => State == "Draft";

    public bool CanChangeAudience => State is "Draft" or "Scheduled";

    public bool CanChangeOpening => State is "Draft" or "Scheduled";

    /// <summary>The zone the dates are read in: the one typed when it exists, else UTC (the API then refuses the unknown id).</summary>
    public TimeZoneInfo Zone => TimeZoneInfo.TryFindSystemTimeZoneById(TimeZoneId.Trim(), out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>"+01:00" at the opening date, for the sentence that says which zone the dates are in.</summary>
    public string ZoneOffset
    {
        get
        {
            var offset = Zone.GetUtcOffset(OpensAt);
            return (offset < TimeSpan.Zero ? "-" : "+") + offset.ToString(@"hh\:mm", CultureInfo.InvariantCulture);
        }
    }

    /// <summary>The reminder days, or null when the text holds something other than whole numbers from 0 to 365.</summary>
    public IReadOnlyList<int>? ParseReminderDays()
    {
        var days = new List<int>();
        foreach (var part in ReminderDays.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var day) || day > 365)
            {
                return null;
            }

            days.Add(day);
        }

        return [.. days.Distinct().OrderDescending()];
    }

    /// <summary>The body to send; null when the reminder days do not parse.</summary>
    public TabCampaignEdit? ToEdit(IReadOnlyList<TabFrameworkVersion> frameworks)
    {
        if (ParseReminderDays() is not { } days)
        {
            return null;
        }

        var framework = CanChangeFramework || _existing is null ? ParseFramework(frameworks) : _existing.Framework;
        var audience = CanChangeAudience || _existing is null
            ? new TabAudience(Everyone, Everyone ? [] : [.. TeamIds.Order(StringComparer.Ordinal)], [], [])
            : _existing.Audience;
        return new TabCampaignEdit(
            null,
            new LocalizedText(NameFr.Trim(), NameEn.Trim()),
            framework,
            audience,
            CanChangeAudience ? ManagerValidates : _existing!.ManagerValidates,
            CanChangeAudience ? DeclareTimeShares : _existing!.DeclareTimeShares,
            CanChangeOpening ? Instant(OpensAt, _openedOpensAt, _existing?.OpensAt) : _existing!.OpensAt,
            Instant(Deadline, _openedDeadline, _existing?.Deadline),
            new TabReminders(days, ReminderTime, SkipWeekends, TimeZoneId.Trim()),
            _existing?.Version)
        {
            Recurrence = RecurrenceMonths is { } months ? new TabRecurrence(months) : null,
        };
    }

    private DateTime InZone(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    /// <summary>An untouched date keeps its exact stored instant (to the millisecond), so the API sees no change.</summary>
    private DateTimeOffset Instant(DateTime local, DateTime opened, DateTimeOffset? stored)
    {
        if (stored is { } unchanged && local == opened && TimeZoneId == _openedZone)
        {
            return unchanged;
        }

        var zone = Zone;
        var wall = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(wall))
        {
            wall = wall.AddMinutes(30);
        }

        return new DateTimeOffset(wall, zone.GetUtcOffset(wall));
    }

    private TabFrameworkRef ParseFramework(IReadOnlyList<TabFrameworkVersion> frameworks)
    {
        var chosen = frameworks.FirstOrDefault(f => Key(f.FrameworkId, f.Version) == Framework);
        if (chosen is not null)
        {
            return new TabFrameworkRef(chosen.FrameworkId, chosen.Version);
        }

        var at = Framework.LastIndexOf('@');
        return at > 0 && int.TryParse(Framework[(at + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? new TabFrameworkRef(Framework[..at], version)
            : new TabFrameworkRef(Framework, 1);
    }

    public static string Key(string frameworkId, int version) => frameworkId + "@" + version.ToString(CultureInfo.InvariantCulture);
}
