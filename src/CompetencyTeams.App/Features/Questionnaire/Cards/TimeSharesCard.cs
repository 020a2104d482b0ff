using CompetencyTeams.App.Localization;
using CompetencyTeams.Cards;
using CompetencyTeams.Cards.Elements;
using CompetencyTeams.Cards.Inputs;
using T = CompetencyTeams.App.Features.Questionnaire.Cards.QuestionnaireTexts;

namespace CompetencyTeams.App.Features.Questionnaire.Cards;

/// <summary>ANAP step 2b: the share of working time per activity block (percentages adding to 100, or hours per week).</summary>
public static class TimeSharesCard
{
    public static AdaptiveCard Build(QuestionnaireSnapshot s, string? errorCode = null)
    {
        var locale = s.Locale;
        var shares = s.Assessment?.TimeShares;
        var body = new List<CardElement>
        {
            CardFrame.Subtle(T.Progress.Format(locale, s.Context.Blocks.Count, s.Context.Blocks.Count, s.Answered, s.Total)),
            CardFrame.Heading(T.TimeSharesTitle.For(locale)),
            CardFrame.Paragraph(T.TimeSharesIntro.For(locale)),
        };
        if (errorCode is not null)
        {
            body.Add(CardFrame.Notice(QuestionnaireMessages.ForCode(errorCode).For(locale), TextColor.Attention));
        }

        var editable = s.Editable;
        if (editable)
        {
            body.Add(new ChoiceSetInput(QuestionnaireInputs.ShareUnit, [new Choice(T.Percent.For(locale), QuestionnaireInputs.UnitPercent), new Choice(T.HoursPerWeek.For(locale), QuestionnaireInputs.UnitHours)])
            {
                Label = T.TimeSharesUnit.For(locale),
                Value = QuestionnaireInputs.UnitPercent,
                Style = ChoiceInputStyle.Compact,
            });
        }

        foreach (var block in s.Context.Framework.Blocks)
        {
            double? current = shares is null || shares.Percent(block.Code) == 0 ? null : Math.Round(shares.Percent(block.Code), 1);
            body.Add(editable
                ? new NumberInput(QuestionnaireInputs.Share(block.Code)) { Label = $"{block.Code} · {block.Title}", Min = 0, Max = 168, Value = current, Placeholder = "0" }
                : new FactSet([new Fact($"{block.Code} · {block.Title}", current is null ? "0 %" : $"{current.Value.ToString(AppLocale.Culture(locale))} %")]));
        }

        var actions = editable
            ? new List<CardAction>
            {
                CardFrame.Execute(T.Previous.For(locale), s.Data(QuestionnaireVerbs.Open, s.Context.Blocks[^1].Code), sendInputs: false),
                CardFrame.Execute(T.Continue.For(locale), s.Data(QuestionnaireVerbs.TimeShares), ActionStyle.Positive),
            }
            : null;
        return CardFrame.Build(s.Audience, T.TimeSharesTitle.For(locale), body, actions, s.Data(QuestionnaireVerbs.Refresh, view: QuestionnaireViews.TimeShares));
    }
}
