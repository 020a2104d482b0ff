using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Campaigns;

namespace CompetencyTeams.App.Features.Questionnaire.Cards;

/// <summary>Everything a questionnaire card is built from: the reader, the campaign, their questionnaire and answers, and now.</summary>
public sealed record QuestionnaireSnapshot(CardAudience Audience, Campaign Campaign, AssessmentContext Context, Assessment? Assessment, DateTimeOffset Now, int RetentionMonths)
{
    public string? Locale => Audience.Locale;

    public int Answered => Assessment?.AnsweredCount(Context) ?? 0;

    public int Total => Context.ScopeCodes.Count;

    /// <summary>The agent may still change answers: the campaign accepts them now and the manager has not validated.</summary>
    public bool Editable => Campaign.AcceptsAnswersAt(Now) && Assessment?.Status != AssessmentStatus.Validated;

    public CardActionData Data(string verb, string? block = null, string? view = null) => new(verb, Campaign.Id, block, view);

    /// <summary>The position of a block in the questionnaire (0-based), or -1.</summary>
    public int IndexOf(string blockCode)
    {
        for (var i = 0; i < Context.Blocks.Count; i++)
        {
            if (string.Equals(Context.Blocks[i].Code, blockCode, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
