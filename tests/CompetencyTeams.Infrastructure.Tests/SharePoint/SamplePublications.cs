using CompetencyTeams.Infrastructure.SharePoint;

namespace CompetencyTeams.Infrastructure.Tests.SharePoint;

internal static class SamplePublications
{
    public static TeamSummaryPublication Team(int gaps = 5, int actions = 3, string campaignId = "camp-2026-q4", string teamId = "facturation") => new(
        new CampaignSummaryRow(
            campaignId,
            "Campagne T4 2026",
            teamId,
            "Facturation",
            new PublishedPerson("d172f37c-2b18-5723-88d3-a71259763a3e", "Élodie Rousseau", "elodie.rousseau@chu-demo.fr"),
            Headcount: 11,
            ParticipationPercent: 90.9,
            ValidatedCount: 8,
            MeanGap: -0.64,
            CriticalCompetencies: "FAC-03 Codage des actes; FAC-07 Relances",
            FteShortfallByProfile: "Agent de facturation: 1.5 ETP",
            TopLevers: "Formation (4), Recrutement (1)",
            TabLink: new Uri("https://teams.microsoft.com/l/entity/app/tab?context=%7B%22subEntityId%22%3A%22camp%22%7D")),
        [.. Enumerable.Range(1, gaps).Select(i => new CompetencyGapRow($"FAC-{i:00}", $"Compétence {i} <b>&</b>", 3, i % 4, 100.0 * (i % 4) / 11, -0.1 * i))],
        [.. Enumerable.Range(1, actions).Select(i => new ActionPlanRow(
            $"action-{i}",
            (PublishedLever)(i % 4),
            $"FAC-{i:00}",
            $"Compétence {i}",
            new PublishedPerson("owner-" + i, "Owner " + i, $"owner{i}@chu-demo.fr"),
            new DateOnly(2027, 3, i),
            PublishedActionStatus.Planned,
            "Écart critique"))]);
}
