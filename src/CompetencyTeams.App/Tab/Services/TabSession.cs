using System.Text;
using System.Text.Json;
using Microsoft.JSInterop;

namespace CompetencyTeams.App.Tab.Services;

/// <summary>The signed-in user's tab SSO token and Teams locale, for the API calls of one circuit.</summary>
public interface ITabSession
{
    /// <summary>The Teams locale ("fr-FR"…), sent as Accept-Language so the API's messages are in the user's language.</summary>
    string Locale { get; }

    ValueTask<string> GetTokenAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Asks the page (teams-js authentication.getAuthToken, or the DevChannel's token in Development) for the token and
/// keeps it until shortly before it expires. The token is only read for its expiry here; the API validates it.
/// </summary>
public sealed class TabSession(IJSRuntime js, TimeProvider clock) : ITabSession
{
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);
    private string? _token;
    private DateTimeOffset _expires;

    public string Locale { get; private set; } = "en-US";

    /// <summary>What the page handed over with the Teams context (saves one round trip on the first call).</summary>
    public void Start(string token, string locale)
    {
        Locale = locale;
        Seed(token);
    }

    private void Seed(string token)
    {
        _token = token;
        _expires = ExpiryOf(token) ?? clock.GetUtcNow().Add(RefreshMargin);
    }

    public async ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_token is not null && clock.GetUtcNow() < _expires - RefreshMargin)
        {
            return _token;
        }

        var token = await js.InvokeAsync<string?>("ctTab.getToken", cancellationToken)
            ?? throw new TabApiException(401, "no-token", null);
        Seed(token);
        return token;
    }

    /// <summary>The "exp" claim of a JWT, or null when the token is not a readable JWT.</summary>
    public static DateTimeOffset? ExpiryOf(string token)
    {
        var parts = token.Split('.');
        if (parts.Length < 2)
        {
            return null;
        }

        try
        {
            var payload = parts[1].Replace('-', '+').Replace('_', '/');
            payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
            using var json = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload)));
            return json.RootElement.TryGetProperty("exp", out var exp) && exp.TryGetInt64(out var seconds)
                ? DateTimeOffset.FromUnixTimeSeconds(seconds)
                : null;
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return null;
        }
    }
}
