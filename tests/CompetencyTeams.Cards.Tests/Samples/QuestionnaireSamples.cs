using System.Globalization;
using CompetencyTeams.Cards.Actions;
using CompetencyTeams.Cards.Elements;
using CompetencyTeams.Cards.Inputs;

namespace CompetencyTeams.Cards.Tests.Samples;

/// <summary>
/// Questionnaire-shaped sample cards (one block of competencies, FR or EN), the shape the product's cards take:
/// a toggle per competency for the savoirs and examples, the level scale plus "not applicable", a comment per block,
/// Execute actions with Submit fallbacks, and a refresh for the agent.
/// </summary>
internal static class QuestionnaireSamples
{
    private static readonly string[] LevelsFr = ["Notions", "Application", "Maîtrise", "Expertise"];
    private static readonly string[] LevelsEn = ["Awareness", "Practice", "Proficiency", "Expertise"];

    public static AdaptiveCard BlockCard(int block, int blocks, int competencies, bool french, int textRepeat = 1)
    {
        var body = new List<CardElement>
        {
            new TextBlock(french ? $"Bloc {block}/{blocks} — Accueil physique et téléphonique" : $"Block {block}/{blocks} — Front desk and phone")
            {
                Style = TextBlockStyle.Heading, Size = FontSize.Medium, Weight = FontWeight.Bolder, Wrap = true,
            },
            new TextBlock(french ? $"Répondu : 0/{competencies}" : $"Answered: 0/{competencies}") { IsSubtle = true, Spacing = Spacing.None },
        };
        for (var c = 1; c <= competencies; c++)
        {
            body.AddRange(Competency($"B{block}C{c}", french, textRepeat));
        }

        body.Add(new TextInput($"comment-B{block}")
        {
            IsMultiline = true, MaxLength = 2000, Label = french ? "Commentaire sur le bloc (facultatif)" : "Comment on this block (optional)",
            Value = textRepeat > 1 ? Repeat(french ? "Commentaire long de l’agent. " : "A long comment by the agent. ", 20 * textRepeat) : null,
        });
        body.Add(new ActionSet([
            Navigate("questionnaire.previous", french ? "Précédent" : "Previous", block),
            Navigate("questionnaire.next", french ? "Suivant" : "Next", block),
            Navigate("questionnaire.later", french ? "Enregistrer et finir plus tard" : "Save and finish later", block),
        ]));
        return new AdaptiveCard
        {
            Lang = french ? "fr" : "en",
            MsTeams = TeamsCardProperties.FullWidth,
            FallbackText = french ? "Ouvrez Teams pour répondre au questionnaire." : "Open Teams to answer the questionnaire.",
            Refresh = new Refresh(new ExecuteAction("questionnaire.refresh") { Data = new { campaignId = "camp-2026", block } }) { UserIds = ["29:agent-1"] },
            Body = body,
        };
    }

    /// <summary>The largest block card that stays under <paramref name="limitBytes"/>, grown competency by competency.</summary>
    public static AdaptiveCard LargestBlockCardUnder(int limitBytes)
    {
        var best = BlockCard(1, 9, 1, french: true, textRepeat: 3);
        for (var competencies = 2; competencies < 200; competencies++)
        {
            var candidate = BlockCard(1, 9, competencies, french: true, textRepeat: 3);
            if (candidate.Utf8Size() > limitBytes)
            {
                return best;
            }

            best = candidate;
        }

        return best;
    }

    /// <summary>Every block of a 9-block questionnaire in both languages, at several sizes and states.</summary>
    public static IEnumerable<(string Name, AdaptiveCard Card)> Batch(int copies)
    {
        for (var copy = 0; copy < copies; copy++)
        {
            for (var block = 1; block <= 9; block++)
            {
                foreach (var french in new[] { true, false })
                {
                    var competencies = 1 + ((block + copy) % 8);
                    yield return ($"block {block} {(french ? "fr" : "en")} ×{competencies} #{copy}", BlockCard(block, 9, competencies, french, 1 + (copy % 2)));
                }
            }
        }
    }

    private static IEnumerable<CardElement> Competency(string code, bool french, int textRepeat)
    {
        var levels = french ? LevelsFr : LevelsEn;
        var choices = levels.Select((label, i) => new Choice($"{i + 1} — {label}", (i + 1).ToString(CultureInfo.InvariantCulture)))
            .Append(new Choice(french ? "Non concerné(e)" : "Not applicable", "na"))
            .ToList();
        var details = $"details-{code}";
        yield return new TextBlock(french ? $"{code} · Accueillir et orienter l’usager" : $"{code} · Welcome and direct the patient")
        {
            Weight = FontWeight.Bolder, Wrap = true, Separator = true, Spacing = Spacing.Medium,
        };
        yield return new TextBlock(Repeat(french ? "Identifier la demande, orienter vers le bon service, expliquer les démarches. " : "Identify the request, direct to the right service, explain the steps. ", textRepeat)) { Wrap = true };
        yield return new ActionSet([new ToggleVisibilityAction([details]) { Title = french ? "Savoirs et exemples" : "Knowledge and examples" }]);
        yield return new Container([
            new TextBlock(french ? "Savoirs associés" : "Associated knowledge") { Weight = FontWeight.Bolder },
            new TextBlock(Repeat(french ? "- Organisation de l’établissement et des services\n" : "- Organisation of the hospital and its services\n", 2 * textRepeat)) { Wrap = true },
            new TextBlock(french ? "Exemples concrets" : "Concrete examples") { Weight = FontWeight.Bolder },
            new TextBlock(Repeat(french ? "- Orienter un patient vers la radiologie\n" : "- Direct a patient to radiology\n", 2 * textRepeat)) { Wrap = true },
        ]) { Id = details, IsVisible = false, Style = ContainerStyle.Emphasis };
        yield return new ChoiceSetInput($"level-{code}", choices)
        {
            Style = ChoiceInputStyle.Expanded, Label = french ? "Votre niveau" : "Your level", Wrap = true,
        };
    }

    private static ExecuteAction Navigate(string verb, string title, int block) => new(verb)
    {
        Title = title,
        Data = new { campaignId = "camp-2026", block },
        Fallback = new SubmitAction { Title = title, Data = new { verb, campaignId = "camp-2026", block } },
    };

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));
}
