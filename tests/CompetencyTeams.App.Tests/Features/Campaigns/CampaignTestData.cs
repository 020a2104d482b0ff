using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.People;

namespace CompetencyTeams.App.Tests.Features.Campaigns;

/// <summary>A campaign opening Monday 2 November 2026 09:00 Paris, deadline Monday 30 November 18:00 Paris, reminders D-7 and D-2 at 09:00 skipping weekends.</summary>
public static class CampaignTestData
{
    public static readonly DateTimeOffset Opens = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Deadline = new(2026, 11, 30, 17, 0, 0, TimeSpan.Zero);

    public static ReminderPlan Reminders => new([7, 2], new TimeOnly(9, 0), true, "Europe/Paris");

    public static Campaign Scheduled(string id, AudienceSpec audience, TimeProvider clock) =>
        Campaign.CreateDraft(id, new LocalizedText("Campagne " + id, "Campaign " + id), ShippedFrameworks.AnapAfr.Ref, audience, Opens, Deadline, Reminders, "hr", clock)
            .Schedule(clock);

    public static Person Person(string id, string team, string? chatConversation = null, string? serviceUrl = null) =>
        new(id, "Agent " + id, id + "@contoso.test", team, "manager-" + team, null, 1.0, TimeShares.Empty, "fr-FR")
        {
            ChatAddress = chatConversation is null ? null : new ChatAddress(serviceUrl ?? "https://localhost/", chatConversation, "tenant", "29:" + id),
        };
}
