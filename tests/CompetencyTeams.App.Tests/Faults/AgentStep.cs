using System.Globalization;
using System.Text.Json.Nodes;
using CompetencyTeams.App.Features.Questionnaire.Cards;
using CompetencyTeams.App.Tests.Features.Questionnaire.Flow;
using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Frameworks;

namespace CompetencyTeams.App.Tests.Faults;

/// <summary>
/// One answer of an agent: a block's levels and comment (verb "next"), or the submission. <see cref="Expected"/> is a
/// piece of the card that acknowledges it: the next block's first input, the review card, or the confirmation.
/// </summary>
public sealed record AgentStep(string Verb, string? Block, JsonObject Data, IReadOnlyList<(string Code, string Value)> Answers, string? Comment, string Expected)
{
    /// <summary>
    /// Every block with random levels (or "na") and a comment naming the agent and block, then the submission. One block
    /// is sent with "save and finish later" (acknowledged by the "saved" card), the others with "next".
    /// </summary>
    public static IReadOnlyList<AgentStep> Script(AnsweringCampaign campaign, Agent agent, Random random)
    {
        var context = campaign.Context;
        var french = agent.Locale.StartsWith("fr", StringComparison.Ordinal);
        var steps = new List<AgentStep>();
        var savedAt = random.Next(context.Blocks.Count - 1);
        for (var i = 0; i < context.Blocks.Count; i++)
        {
            var block = context.Blocks[i].Code;
            var answers = context.CompetenciesOf(context.Blocks[i])
                .Select(c => (c.Code, Value(random.Next(5))))
                .ToList();
            var comment = $"{agent.ObjectId[..8]} {block}";
            var expected = i == savedAt ? (french ? "Vos réponses sont enregistrées" : "Your answers are saved")
                : i < context.Blocks.Count - 1 ? $"\"id\":\"{QuestionnaireInputs.Answer(context.CompetenciesOf(context.Blocks[i + 1])[0].Code)}\""
                : french ? "Vérifiez vos réponses" : "Check your answers";
            steps.Add(new AgentStep(i == savedAt ? QuestionnaireVerbs.Save : QuestionnaireVerbs.Next, block, FlowActivities.BlockData(campaign.Campaign.Id, block, answers, comment), answers, comment, expected));
        }

        var submitted = french ? "Merci, vos réponses sont envoyées" : "Thank you, your answers are submitted";
        steps.Add(new AgentStep(QuestionnaireVerbs.Submit, null, FlowActivities.CampaignData(campaign.Campaign.Id), [], null, submitted));
        return steps;
    }

    /// <summary>What the stored assessment lacks of this acknowledged answer; null when it holds all of it.</summary>
    public string? MissingFrom(Assessment? stored)
    {
        if (stored is null)
        {
            return "no assessment";
        }

        if (Block is null)
        {
            return stored.Status is AssessmentStatus.Submitted ? null : $"status {stored.Status}, not submitted";
        }

        var wrong = Answers.Where(a => stored.SelfAnswer(a.Code) != Level(a.Value)).Select(a => $"{a.Code}={stored.SelfAnswer(a.Code)} (sent {a.Value})").ToList();
        if (stored.BlockComments.GetValueOrDefault(Block) != Comment)
        {
            wrong.Add($"comment '{stored.BlockComments.GetValueOrDefault(Block)}'");
        }

        return wrong.Count == 0 ? null : $"block {Block}: {string.Join(", ", wrong)}";
    }

    private static string Value(int roll) => roll == 0 ? QuestionnaireInputs.NotApplicableValue : roll.ToString(CultureInfo.InvariantCulture);

    private static LevelAnswer Level(string value) =>
        value == QuestionnaireInputs.NotApplicableValue ? LevelAnswer.NotApplicable : LevelAnswer.Of(int.Parse(value, CultureInfo.InvariantCulture));
}
