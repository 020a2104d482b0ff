using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.App.Features.Questionnaire.Cards;

/// <summary>Errors, help and status wording in French and English.</summary>
internal static class QuestionnaireMessages
{
    public static readonly LocalizedText ErrorTitle = new("Action impossible", "This could not be done");
    public static readonly LocalizedText NothingWritten = new("Rien n'a été modifié.", "Nothing was changed.");
    public static readonly LocalizedText Help = new("Aide", "Help");
    public static readonly LocalizedText Status = new("Où en suis-je ?", "My progress");

    public static readonly LocalizedText HelpTitle = new("Ce que je sais faire", "What I can do");
    public static readonly LocalizedText HelpIntro = new(
        "Je vous envoie les questionnaires d'auto-évaluation de vos compétences. Écrivez l'une de ces commandes :",
        "I send you the self-assessment questionnaires about your competencies. Type one of these commands:");
    public static readonly LocalizedText HelpCommands = new(
        "- **reprendre** : reprendre le questionnaire en cours là où vous vous êtes arrêté(e)\n- **statut** : vos campagnes et votre avancement\n- **aide** : ce message",
        "- **resume**: continue the current questionnaire where you left off\n- **status**: your campaigns and your progress\n- **help**: this message");
    public static readonly LocalizedText HelpUnknown = new("Je n'ai pas compris « {0} ».", "I did not understand \"{0}\".");

    public static readonly LocalizedText StatusTitle = new("Vos campagnes", "Your campaigns");
    public static readonly LocalizedText StatusNone = new("Vous n'avez aucune campagne d'évaluation pour le moment.", "You have no assessment campaign at the moment.");
    public static readonly LocalizedText StatusNotStarted = new("Pas commencé · 0/{0}", "Not started · 0/{0}");
    public static readonly LocalizedText StatusInProgress = new("En cours · {0}/{1} réponses", "In progress · {0}/{1} answers");
    public static readonly LocalizedText StatusSubmitted = new("Envoyé", "Submitted");
    public static readonly LocalizedText StatusValidated = new("Validé par votre responsable", "Validated by your manager");
    public static readonly LocalizedText StatusClosed = new("Clos", "Closed");
    public static readonly LocalizedText StatusUpcoming = new("Ouvre bientôt", "Opens soon");
    public static readonly LocalizedText NotSavedTitle = new("Vos réponses n'ont pas été enregistrées", "Your answers were not saved");
    public static readonly LocalizedText NotSavedBody = new(
        "Le stockage ne répond pas pour le moment. Vos réponses sont gardées sur cette carte : réessayez dans un instant.",
        "Storage is not responding right now. Your answers are kept on this card: try again in a moment.");
    public static readonly LocalizedText UnavailableTitle = new("Service momentanément indisponible", "Temporarily unavailable");
    public static readonly LocalizedText UnavailableBody = new("Le stockage ne répond pas pour le moment. Réessayez dans un instant.", "Storage is not responding right now. Please try again in a moment.");
    public static readonly LocalizedText TryAgain = new("Réessayer", "Try again");
    public static readonly LocalizedText ResumeNothing = new("Aucun questionnaire n'est ouvert pour vous en ce moment.", "No questionnaire is open for you at the moment.");

    /// <summary>What the person is told for each refusal code (domain codes and the questionnaire's own).</summary>
    public static LocalizedText ForCode(string code) => code switch
    {
        "questionnaire.no-sender" => new("Je ne sais pas qui vous êtes : ouvrez cette conversation depuis Teams avec votre compte professionnel.", "I cannot tell who you are: open this chat from Teams with your work account."),
        "questionnaire.unknown-campaign" => new("Cette campagne n'existe pas.", "This campaign does not exist."),
        "questionnaire.not-assigned" => new("Vous ne faites pas partie de cette campagne.", "You are not part of this campaign."),
        "questionnaire.bad-data" => new("La carte a envoyé des données illisibles. Rouvrez le questionnaire en écrivant « reprendre ».", "The card sent data I cannot read. Open the questionnaire again by typing \"resume\"."),
        "questionnaire.unknown-verb" => new("Cette action n'est pas reconnue.", "This action is not recognised."),
        "questionnaire.framework-missing" => new("Le référentiel de cette campagne est introuvable ; prévenez les RH.", "The framework of this campaign cannot be found; please tell HR."),
        "assessment.campaign-not-open" => new("La campagne n'accepte pas de réponses en ce moment (pas encore ouverte, close ou annulée).", "The campaign does not accept answers now (not open yet, closed or cancelled)."),
        "assessment.already-validated" => new("Votre responsable a validé votre évaluation ; elle n'est plus modifiable.", "Your manager has validated your assessment; it can no longer be changed."),
        "assessment.block-not-in-questionnaire" or "framework.unknown-block" => new("Ce bloc d'activités ne fait pas partie de votre questionnaire.", "This activity block is not part of your questionnaire."),
        "assessment.code-not-in-block" or "framework.unknown-competency" => new("Une compétence envoyée ne fait pas partie de ce bloc de votre questionnaire.", "A competency that was sent is not part of this block of your questionnaire."),
        "answer.level-out-of-scale" or "questionnaire.bad-level" => new("Un niveau envoyé n'existe pas sur l'échelle.", "A level that was sent is not on the scale."),
        "assessment.comment-too-long" => new("Le commentaire est trop long (2 000 caractères au plus).", "The comment is too long (2,000 characters at most)."),
        "timeshares.total" => new("Les parts de temps doivent totaliser 100 % (ou au moins une heure par semaine).", "The time shares must add up to 100 % (or at least one hour per week)."),
        "timeshares.out-of-range" or "timeshares.hours-out-of-range" or "questionnaire.bad-number" => new("Une part de temps est hors limites (0 à 100 %, ou 0 à 168 heures).", "A time share is out of range (0 to 100 %, or 0 to 168 hours)."),
        "assessment.incomplete" => new("Certaines compétences n'ont pas encore de réponse.", "Some competencies are not answered yet."),
        "assessment.time-shares-missing" => new("Cette campagne demande la répartition de votre temps de travail par bloc.", "This campaign asks how your working time is spent per block."),
        "questionnaire.card-too-large" => new("Cette carte serait trop grande pour Teams ; raccourcissez vos commentaires.", "This card would be too large for Teams; please shorten your comments."),
        "questionnaire.busy" => new("Vos réponses viennent d'être modifiées depuis un autre appareil. Réessayez.", "Your answers were just changed from another device. Please try again."),
        _ => new("Une erreur inattendue s'est produite. Réessayez dans un instant.", "Something unexpected went wrong. Please try again in a moment."),
    };
}
