using CompetencyTeams.App.Localization;

namespace CompetencyTeams.App.Features.HrConsole;

/// <summary>The language of a tab request's messages: the tab sends the Teams locale as Accept-Language ("fr-FR" → French, else English).</summary>
public static class RequestLocale
{
    public static string Locale(this HttpRequest request) => AppLocale.Language(request.Headers.AcceptLanguage.ToString().TrimStart());
}
