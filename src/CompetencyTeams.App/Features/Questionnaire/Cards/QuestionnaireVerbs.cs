namespace CompetencyTeams.App.Features.Questionnaire.Cards;

/// <summary>The Action.Execute verbs of the questionnaire cards (also carried in the data of their Action.Submit fallbacks).</summary>
public static class QuestionnaireVerbs
{
    public const string Start = "start";
    public const string Next = "next";
    public const string Previous = "previous";
    public const string Save = "save";
    public const string Open = "open";
    public const string TimeShares = "timeshares";
    public const string Review = "review";
    public const string Submit = "submit";
    public const string Edit = "edit";
    public const string Refresh = "refresh";
    public const string Help = "help";
    public const string Status = "status";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(
        [Start, Next, Previous, Save, Open, TimeShares, Review, Submit, Edit, Refresh, Help, Status], StringComparer.Ordinal);
}

/// <summary>Which card a refresh must rebuild.</summary>
public static class QuestionnaireViews
{
    public const string Invitation = "invitation";
    public const string Block = "block";
    public const string TimeShares = "timeshares";
    public const string Review = "review";
    public const string Confirmation = "confirmation";
    public const string Saved = "saved";
    public const string Result = "result";
    public const string Status = "status";
    public const string Help = "help";
}

/// <summary>
/// The hidden data of every questionnaire action: which campaign, block and view — never who acts (that is the
/// validated sender). <see cref="Verb"/> is there for the Action.Submit fallback, whose message carries no verb.
/// </summary>
public sealed record CardActionData(string Verb, string? CampaignId, string? Block = null, string? View = null)
{
    /// <summary>Marks the data as ours among whatever else a message value may hold.</summary>
    public string Ct { get; init; } = "questionnaire";
}

/// <summary>Input ids: the answer of a competency, the block comment, the time share of a block and its unit.</summary>
public static class QuestionnaireInputs
{
    public const string AnswerPrefix = "answer:";
    public const string Comment = "comment";
    public const string SharePrefix = "share:";
    public const string ShareUnit = "shareUnit";
    public const string NotApplicableValue = "na";
    public const string UnitPercent = "percent";
    public const string UnitHours = "hours";

    public static string Answer(string competencyCode) => AnswerPrefix + competencyCode;

    public static string Share(string blockCode) => SharePrefix + blockCode;
}
