using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.App.Features.Questionnaire.Cards;

/// <summary>The questionnaire's own wording in French and English (the framework's text stays in its own language).</summary>
internal static class QuestionnaireTexts
{
    public static readonly LocalizedText InvitationTitle = new("Auto-évaluation de vos compétences", "Your competency self-assessment");
    public static readonly LocalizedText InvitationIntro = new(
        "Vous êtes invité(e) à évaluer votre niveau sur les compétences de votre profil de poste, bloc d'activités par bloc d'activités. Vos réponses sont enregistrées à chaque étape : vous pouvez vous arrêter et reprendre quand vous voulez.",
        "You are invited to rate your level on the competencies of your job profile, one activity block at a time. Your answers are saved at every step: you can stop and come back whenever you like.");
    public static readonly LocalizedText Campaign = new("Campagne", "Campaign");
    public static readonly LocalizedText Deadline = new("Date limite", "Deadline");
    public static readonly LocalizedText DeadlineLine = new("Date limite : {0}", "Deadline: {0}");
    public static readonly LocalizedText Duration = new("Durée estimée", "Estimated time");
    public static readonly LocalizedText DurationMinutes = new("environ {0} minutes", "about {0} minutes");
    public static readonly LocalizedText Questions = new("Questions", "Questions");
    public static readonly LocalizedText QuestionsCount = new("{0} compétences en {1} blocs", "{0} competencies in {1} blocks");
    public static readonly LocalizedText PrivacyTitle = new("Qui voit vos réponses", "Who sees your answers");
    public static readonly LocalizedText PrivacyWithManager = new(
        "Vous, votre responsable, qui les valide avec vous, et les RH ; toute consultation par une autre personne que vous est tracée. Les synthèses publiées dans SharePoint sont regroupées par équipe. Vos réponses sont conservées {0} mois après la clôture de la campagne, puis supprimées.",
        "You, your manager, who validates them with you, and HR; every consultation by someone other than you is logged. Summaries published to SharePoint are grouped by team. Your answers are kept for {0} months after the campaign closes, then deleted.");
    public static readonly LocalizedText PrivacyWithoutManager = new(
        "Vous, votre responsable et les RH ; toute consultation par une autre personne que vous est tracée. Les synthèses publiées dans SharePoint sont regroupées par équipe. Vos réponses sont conservées {0} mois après la clôture de la campagne, puis supprimées.",
        "You, your manager and HR; every consultation by someone other than you is logged. Summaries published to SharePoint are grouped by team. Your answers are kept for {0} months after the campaign closes, then deleted.");
    public static readonly LocalizedText Start = new("Commencer", "Start");
    public static readonly LocalizedText Resume = new("Reprendre", "Resume");

    public static readonly LocalizedText Progress = new("Bloc {0}/{1} · {2}/{3} réponses", "Block {0}/{1} · {2}/{3} answers");
    public static readonly LocalizedText KnowledgeAndExamples = new("Savoirs associés et exemples", "Related knowledge and examples");
    public static readonly LocalizedText Knowledge = new("Savoirs associés", "Related knowledge");
    public static readonly LocalizedText Examples = new("Exemples concrets", "Concrete examples");
    public static readonly LocalizedText YourLevel = new("Votre niveau pour « {0} »", "Your level for \"{0}\"");
    public static readonly LocalizedText BlockComment = new("Commentaire sur ce bloc (facultatif)", "Comment on this block (optional)");
    public static readonly LocalizedText BlockCommentPlaceholder = new("Précisez ce qui vous semble utile…", "Add anything you find useful…");
    public static readonly LocalizedText Previous = new("Précédent", "Previous");
    public static readonly LocalizedText Next = new("Suivant", "Next");
    public static readonly LocalizedText SaveLater = new("Enregistrer et finir plus tard", "Save and finish later");
    public static readonly LocalizedText ToReview = new("Vérifier et envoyer", "Review and submit");
    public static readonly LocalizedText ReadOnlyNotice = new("Ces réponses ne sont plus modifiables.", "These answers can no longer be changed.");

    public static readonly LocalizedText TimeSharesTitle = new("Répartition de votre temps de travail", "How your working time is spent");
    public static readonly LocalizedText TimeSharesIntro = new(
        "Indiquez la part de votre temps de travail consacrée à chaque bloc d'activités, en pourcentage (le total doit faire 100 %) ou en heures par semaine. Laissez vide ou 0 un bloc qui ne vous concerne pas.",
        "Enter the share of your working time spent on each activity block, as a percentage (the total must be 100 %) or in hours per week. Leave a block that does not concern you empty or at 0.");
    public static readonly LocalizedText TimeSharesUnit = new("Unité", "Unit");
    public static readonly LocalizedText Percent = new("Pourcentage du temps (%)", "Share of time (%)");
    public static readonly LocalizedText HoursPerWeek = new("Heures par semaine", "Hours per week");
    public static readonly LocalizedText Continue = new("Continuer", "Continue");

    public static readonly LocalizedText ReviewTitle = new("Vérifiez vos réponses", "Check your answers");
    public static readonly LocalizedText ReviewMissing = new("{0} compétence(s) sans réponse : complétez-les avant d'envoyer.", "{0} competencies are not answered yet: complete them before submitting.");
    public static readonly LocalizedText ReviewComplete = new("Toutes les compétences ont une réponse.", "Every competency has an answer.");
    public static readonly LocalizedText Unanswered = new("— sans réponse —", "— not answered —");
    public static readonly LocalizedText EditBlock = new("Modifier le bloc {0}", "Edit block {0}");
    public static readonly LocalizedText TimeSharesHeading = new("Temps de travail par bloc", "Working time per block");
    public static readonly LocalizedText Submit = new("Envoyer mes réponses", "Submit my answers");

    public static readonly LocalizedText ConfirmationTitle = new("Merci, vos réponses sont envoyées", "Thank you, your answers are submitted");
    public static readonly LocalizedText ConfirmationBody = new("Vous pouvez encore les modifier jusqu'à la date limite :", "You can still change them until the deadline:");
    public static readonly LocalizedText ValidatedBody = new("Votre responsable a validé votre évaluation ; elle n'est plus modifiable.", "Your manager has validated your assessment; it can no longer be changed.");
    public static readonly LocalizedText EditAnswers = new("Modifier mes réponses", "Change my answers");
    public static readonly LocalizedText SavedTitle = new("Vos réponses sont enregistrées", "Your answers are saved");
    public static readonly LocalizedText SavedBody = new(
        "Reprenez quand vous voulez, depuis cette carte, un autre appareil, ou en écrivant « reprendre » dans cette conversation. Date limite :",
        "Come back whenever you like, from this card, another device, or by typing \"resume\" in this chat. Deadline:");

    public static readonly LocalizedText ResultTitle = new("Votre résultat", "Your result");
    public static readonly LocalizedText ResultClosed = new("La campagne est close : vos réponses ne sont plus modifiables.", "The campaign is closed: your answers can no longer be changed.");
    public static readonly LocalizedText ResultSummary = new("{0} compétence(s) au niveau requis ou au-dessus, {1} en dessous.", "{0} competencies at or above the required level, {1} below it.");
    public static readonly LocalizedText ResultCompetency = new("Compétence", "Competency");
    public static readonly LocalizedText ResultYours = new("Votre niveau", "Your level");
    public static readonly LocalizedText ResultRequired = new("Requis", "Required");
    public static readonly LocalizedText ResultGap = new("Écart", "Gap");
    public static readonly LocalizedText ResultNotRequired = new("—", "—");
    public static readonly LocalizedText ResultNoAnswers = new("Vous n'avez pas répondu pendant cette campagne.", "You did not answer during this campaign.");
}
