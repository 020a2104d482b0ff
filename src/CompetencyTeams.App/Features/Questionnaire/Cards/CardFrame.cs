using CompetencyTeams.App.Localization;
using CompetencyTeams.Cards;
using CompetencyTeams.Cards.Actions;
using CompetencyTeams.Cards.Elements;

namespace CompetencyTeams.App.Features.Questionnaire.Cards;

/// <summary>What every questionnaire card shares: language, full width, refresh for the agent, actions with a Submit fallback.</summary>
internal static class CardFrame
{
    public static AdaptiveCard Build(CardAudience audience, string fallbackText, IReadOnlyList<CardElement> body, IReadOnlyList<CardAction>? actions, CardActionData? refresh) =>
        new()
        {
            Lang = AppLocale.Language(audience.Locale),
            MsTeams = TeamsCardProperties.FullWidth,
            FallbackText = fallbackText,
            Body = body,
            Actions = actions is { Count: > 0 } ? actions : null,
            Refresh = refresh is null || string.IsNullOrEmpty(audience.ChannelUserId)
                ? null
                : new Refresh(new ExecuteAction(QuestionnaireVerbs.Refresh) { Data = refresh with { Verb = QuestionnaireVerbs.Refresh } }) { UserIds = [audience.ChannelUserId] },
        };

    /// <summary>An Action.Execute with its Action.Submit fallback carrying the same data (and the verb).</summary>
    public static ExecuteAction Execute(string title, CardActionData data, ActionStyle? style = null, bool sendInputs = true) => new(data.Verb)
    {
        Title = title,
        Data = data,
        Style = style,
        AssociatedInputs = sendInputs ? null : AssociatedInputs.None,
        Fallback = new SubmitAction { Title = title, Data = data, Style = style, AssociatedInputs = sendInputs ? null : AssociatedInputs.None },
    };

    public static TextBlock Heading(string text) => new(text) { Size = FontSize.Large, Weight = FontWeight.Bolder, Wrap = true, Style = TextBlockStyle.Heading };

    public static TextBlock Paragraph(string text) => new(text) { Wrap = true };

    public static TextBlock Subtle(string text) => new(text) { Wrap = true, IsSubtle = true, Size = FontSize.Small };

    /// <summary>Text typed by a person, shown without Markdown interpretation (a run is never Markdown).</summary>
    public static RichTextBlock Verbatim(string text) => new([new TextRun(text)]);

    public static TextBlock Notice(string text, TextColor color) => new(text) { Wrap = true, Color = color, Weight = FontWeight.Bolder };

    /// <summary>A date the client shows in the reader's own time zone and format.</summary>
    public static string LocalDateTime(DateTimeOffset instant)
    {
        var utc = instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        return $"{{{{DATE({utc}, LONG)}}}} {{{{TIME({utc})}}}}";
    }
}

/// <summary>Who a card is for: their locale and Teams user id (29:…) for the refresh.</summary>
public sealed record CardAudience(string? Locale, string? ChannelUserId);
