using CompetencyTeams.App.Localization;
using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.App.Features.Privacy;

/// <summary>The privacy notice the tab shows (the invitation card carries its short form): what, who, how long, rights.</summary>
public sealed record PrivacyNoticeView(string Language, string Title, IReadOnlyList<PrivacyNoticeSection> Sections, int RetentionMonths, string RetentionMode, int SmallGroupThreshold);

public sealed record PrivacyNoticeSection(string Heading, string Text);

public static class PrivacyNotice
{
    private static readonly LocalizedText Title = new("Vos données personnelles dans CompetencyTeams", "Your personal data in CompetencyTeams");

    private static readonly (LocalizedText Heading, LocalizedText Text)[] Sections =
    [
        (new("Ce qui est collecté", "What is collected"), new(
            "Votre nom, votre adresse, votre équipe, votre responsable et votre profil de poste (annuaire de l'organisation) ; vos réponses aux campagnes (niveau par compétence, commentaires, répartition de votre temps) ; l'évaluation et les commentaires de votre responsable ; les actions du plan d'équipe qui vous concernent ; l'adresse de la conversation Teams où le bot vous écrit.",
            "Your name, address, team, manager and job profile (the organisation's directory); your campaign answers (level per competency, comments, how your time is split); your manager's assessment and comments; the team action-plan items that concern you; the address of the Teams chat where the bot writes to you.")),
        (new("Qui le voit", "Who sees it"), new(
            "Vous voyez vos réponses. Votre responsable voit celles des personnes de son équipe, pour les valider avec elles. Les RH administrent les campagnes, voient les résultats par équipe et, sur demande justifiée, les données d'une personne. Les synthèses publiées dans SharePoint sont regroupées par équipe.",
            "You see your answers. Your manager sees those of their team, to validate them with each person. HR runs the campaigns, sees results by team and, on a justified request, one person's data. The summaries published to SharePoint are grouped by team.")),
        (new("Combien de temps", "How long"), new(
            "Les réponses sont conservées {0} mois après la clôture de la campagne, puis {1}. Seules restent les synthèses des équipes d'au moins {2} personnes.",
            "Answers are kept for {0} months after the campaign closes, then {1}. Only the summaries of teams of at least {2} people remain.")),
        (new("Traçabilité", "Accountability"), new(
            "Chaque consultation ou modification des données d'une autre personne par un responsable ou les RH est enregistrée dans un journal d'audit.",
            "Every read or change of another person's data by a manager or HR is recorded in an audit log.")),
        (new("Vos droits", "Your rights"), new(
            "Vous pouvez demander aux RH l'export de toutes vos données (JSON ou page lisible) ou leur effacement ; l'effacement supprime vos réponses, vos commentaires et votre conversation, et remplace votre identité par un pseudonyme dans le journal d'audit.",
            "You may ask HR for an export of all your data (JSON or a readable page) or for its erasure; erasure removes your answers, your comments and your chat reference, and replaces your identity with a pseudonym in the audit log.")),
    ];

    private static readonly LocalizedText Deleted = new("supprimées", "deleted");
    private static readonly LocalizedText Anonymized = new("anonymisées (les niveaux restent pour les statistiques, sans lien avec vous)", "anonymized (levels stay for statistics, with no link to you)");

    public static PrivacyNoticeView For(string? locale, PrivacyOptions options)
    {
        var what = (options.RetentionMode == RetentionMode.Delete ? Deleted : Anonymized).For(locale);
        return new PrivacyNoticeView(
            AppLocale.Language(locale),
            Title.For(locale),
            [.. Sections.Select(s => new PrivacyNoticeSection(s.Heading.For(locale), s.Text.Format(locale, options.RetentionMonths, what, options.SmallGroupThreshold)))],
            options.RetentionMonths,
            options.RetentionMode.ToString(),
            options.SmallGroupThreshold);
    }
}
