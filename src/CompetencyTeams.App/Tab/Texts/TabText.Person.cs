namespace CompetencyTeams.App.Tab.Texts;

/// <summary>The person view, the validation form and the action plan.</summary>
public sealed partial class TabText
{
    public string PersonView => T("Évaluation", "Assessment");

    public string Status => T("Statut", "Status");

    public string AssessmentStatus(string status) => status switch
    {
        "NotStarted" => T("Pas commencée", "Not started"),
        "Draft" => T("En cours de saisie", "Being filled in"),
        "Submitted" => T("Envoyée, à valider", "Submitted, to validate"),
        "Validated" => T("Validée", "Validated"),
        _ => status,
    };

    public string SubmittedOn => T("Envoyée le", "Submitted");

    public string ValidatedOn => T("Validée le", "Validated");

    public string SelfLevel => T("Auto-évaluation", "Self");

    public string ManagerLevel => T("Manager", "Manager");

    public string RequiredLevel => T("Requis", "Required");

    public string FinalLevel => T("Retenu", "Final");

    public string Gap => T("Écart", "Gap");

    public string AgentComment => T("Commentaire de l'agent", "Agent's comment");

    public string ManagerComment => T("Votre commentaire", "Your comment");

    public string OverallComment => T("Commentaire général", "Overall comment");

    public string History => T("Historique des campagnes", "Campaign history");

    public string Answered(int count) => string.Format(Culture, T("{0} réponse(s)", "{0} answer(s)"), count);

    public string Level(string? answer) => answer switch
    {
        null => NotAssessed,
        "na" => NotApplicable,
        _ => answer,
    };

    public string KeepSelfLevel => T("Garder le niveau de l'agent", "Keep the agent's level");

    public string Validate => T("Valider l'évaluation", "Validate the assessment");

    public string ValidationDone => T("Évaluation validée. L'agent en est informé dans Teams.", "Assessment validated. The agent is told in Teams.");

    public string ValidationNotPossible => T("Cette évaluation n'est pas encore envoyée : elle ne peut pas être validée.", "This assessment is not submitted yet: it cannot be validated.");

    public string CommentNeeded => T("Expliquez l'ajustement dans un commentaire.", "Explain the adjustment in a comment.");

    public string AdjustLevelOf(string competency) => string.Format(Culture, T("Niveau retenu pour {0}", "Level kept for {0}"), competency);

    public string CommentOn(string competency) => string.Format(Culture, T("Commentaire sur {0}", "Comment on {0}"), competency);

    // Action plan
    public string ActionPlan => T("Plan d'action", "Action plan");

    public string Proposals => T("Leviers proposés", "Proposed levers");

    public string NoProposal => T("Aucun levier proposé : pas d'écart à traiter.", "No lever proposed: no gap to address.");

    public string Accept => T("Retenir", "Accept");

    public string Accepted => T("Retenu", "Accepted");

    public string Actions => T("Actions", "Actions");

    public string NoAction => T("Aucune action pour l'instant.", "No action yet.");

    public string AddAction => T("Ajouter une action", "Add an action");

    public string Lever => T("Levier", "Lever");

    public string LeverName(string lever) => lever switch
    {
        "Training" => T("Formation", "Training"),
        "Recruitment" => T("Recrutement", "Recruitment"),
        "Mobility" => T("Mobilité", "Mobility"),
        "Organisation" => T("Organisation", "Organisation"),
        _ => lever,
    };

    public string Reason => T("Motif", "Reason");

    public string Owner => T("Responsable", "Owner");

    public string DueDate => T("Échéance", "Due date");

    public string ActionStatus(string status) => status switch
    {
        "Planned" => T("Prévue", "Planned"),
        "InProgress" => T("En cours", "In progress"),
        "Done" => T("Faite", "Done"),
        "Cancelled" => T("Annulée", "Cancelled"),
        _ => status,
    };
}
