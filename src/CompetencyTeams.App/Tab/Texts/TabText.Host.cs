namespace CompetencyTeams.App.Tab.Texts;

/// <summary>The page around the screens: outside Teams, sign-in, navigation, theme.</summary>
public sealed partial class TabText
{
    public string OutsideTeamsTitle => T("Ouvrez CompetencyTeams dans Microsoft Teams", "Open CompetencyTeams in Microsoft Teams");

    public string OutsideTeamsBody => T(
        "Cet onglet fonctionne à l'intérieur de Teams, qui vous identifie. Dans Teams, ouvrez l'application CompetencyTeams (Applications › Gérées par votre organisation), puis l'onglet « Tableau de bord ».",
        "This tab works inside Teams, which signs you in. In Teams, open the CompetencyTeams app (Apps › Built for your organisation), then its \"Dashboard\" tab.");

    public string OutsideTeamsDev => T(
        "En local : choisissez un utilisateur de démonstration sur le DevChannel, qui rouvrira cette page avec son jeton.",
        "Locally: pick a demo user on the DevChannel, which reopens this page with their token.");

    public string PickDemoUser => T("Choisir un utilisateur de démonstration", "Pick a demo user");

    public string SignInFailed => T("Teams n'a pas pu vous connecter à l'application.", "Teams could not sign you in to the app.");

    public string SignInFailedHelp => T(
        "Votre administrateur doit peut-être autoriser l'application. Réessayez, ou contactez le support.",
        "Your administrator may need to grant the app. Try again, or contact support.");

    public string ConnectingToTeams => T("Connexion à Teams…", "Connecting to Teams…");

    public string MainNavigation => T("Navigation principale", "Main navigation");

    public string SignedInAs(string? name) => string.Format(Culture, T("Connecté : {0}", "Signed in: {0}"), name ?? "?");

    public string SkipToContent => T("Aller au contenu", "Skip to content");
}
