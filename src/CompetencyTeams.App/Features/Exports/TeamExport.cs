using CompetencyTeams.App.Features.Summaries;
using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Frameworks;

namespace CompetencyTeams.App.Features.Exports;

/// <summary>A table to export: column names and rows whose cells are text, a whole number, or empty (null).</summary>
public sealed record ExportTable(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);

/// <summary>
/// A team's campaign results as one row per person × competency (those their profile requires or that they answered):
/// self, manager and final levels, the required level and the gap, with the agent's block comment and the manager's comment.
/// Levels are numbers, "na" (not applicable) or empty (not assessed).
/// </summary>
public static class TeamExport
{
    public static readonly string[] Columns =
    [
        "campaign_id", "team_id", "person_id", "person_name", "profile_id", "participation", "block_code", "competency_code",
        "competency_title", "self_level", "manager_level", "final_level", "required_level", "gap", "block_comment", "manager_comment",
    ];

    public static ExportTable Build(CampaignAnalysis analysis, string teamId, IReadOnlyDictionary<string, Assessment> assessments)
    {
        var report = analysis.Report;
        var framework = report.Framework;
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var personId in report.TeamMembers(teamId))
        {
            var person = analysis.People[personId];
            var assessment = assessments.GetValueOrDefault(personId);
            var participation = analysis.ParticipationByPerson.TryGetValue(personId, out var state) ? state : ParticipationState.Invited;
            var gaps = report.PersonGaps(personId);
            for (var k = 0; k < gaps.Count; k++)
            {
                var gap = gaps[k];
                if (gap.Required is null && !gap.Final.IsAnswered)
                {
                    continue;
                }

                var competency = framework.Competencies[k];
                var block = framework.Blocks[framework.BlockOrdinalOfCompetency[k]];
                rows.Add(
                [
                    analysis.Campaign.Id, teamId, personId, person.DisplayName, person.ProfileId, participation.ToString(), block.Code, competency.Code,
                    competency.ShortTitle ?? competency.Title, Level(gap.Self), Level(gap.Manager), Level(gap.Final), gap.Required, gap.Gap,
                    assessment?.BlockComments.GetValueOrDefault(block.Code), assessment?.ManagerComments.GetValueOrDefault(competency.Code),
                ]);
            }
        }

        return new ExportTable(Columns, rows);
    }

    private static object? Level(LevelAnswer answer) => answer.Kind switch
    {
        AnswerKind.Level => answer.Level,
        AnswerKind.NotApplicable => "na",
        _ => null,
    };
}
