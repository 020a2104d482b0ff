namespace CompetencyTeams.Bot.Connector;

/// <summary>Bot Connector REST paths (v3), relative to the conversation's serviceUrl; ids are escaped.</summary>
public static class ConnectorPaths
{
    public static string Conversations() => "v3/conversations";

    public static string Activities(string conversationId) =>
        $"v3/conversations/{Escape(conversationId)}/activities";

    public static string Activity(string conversationId, string activityId) =>
        $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}";

    /// <summary>The absolute address: serviceUrl (which may carry a path, e.g. /emea/) + the relative path.</summary>
    public static Uri Combine(string serviceUrl, string relativePath)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var baseUri) || (baseUri.Scheme != Uri.UriSchemeHttps && baseUri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"'{serviceUrl}' is not an absolute http(s) service URL.", nameof(serviceUrl));
        }

        return new Uri(serviceUrl.TrimEnd('/') + "/" + relativePath);
    }

    private static string Escape(string segment)
    {
        ArgumentException.ThrowIfNullOrEmpty(segment);
        return Uri.EscapeDataString(segment);
    }
}
