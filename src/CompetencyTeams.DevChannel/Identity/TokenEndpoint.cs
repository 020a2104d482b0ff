using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CompetencyTeams.DevChannel.Identity;

/// <summary>
/// POST /{tenant}/oauth2/v2.0/token with grant_type=client_credentials, as MSAL calls it: the client id and secret
/// must match a configured client; the scope must be {resource}/.default; the answer is Entra's JSON shape.
/// </summary>
public static class TokenEndpoint
{
    public static async Task<IResult> HandleAsync(string tenantId, HttpRequest request, DevTokenIssuer issuer, IOptions<DevIdentityOptions> options)
    {
        if (!request.HasFormContentType)
        {
            return Error(400, "invalid_request", "The request body must be application/x-www-form-urlencoded.");
        }

        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        if (form["grant_type"] != "client_credentials")
        {
            return Error(400, "unsupported_grant_type", "Only client_credentials is supported here.");
        }

        var (clientId, secret) = ClientCredentials(request, form);
        if (!IsKnownClient(options.Value, clientId, secret))
        {
            return Error(401, "invalid_client", "AADSTS7000215: Invalid client secret or unknown client.");
        }

        var scope = form["scope"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).SingleOrDefault();
        if (scope is null || !scope.EndsWith("/.default", StringComparison.Ordinal))
        {
            return Error(400, "invalid_scope", "AADSTS1002012: The scope must be a single {resource}/.default scope.");
        }

        var audience = scope[..^"/.default".Length];
        var lifetime = (int)options.Value.AccessTokenLifetime.TotalSeconds;
        return Results.Json(new Dictionary<string, object>
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = lifetime,
            ["ext_expires_in"] = lifetime,
            ["access_token"] = issuer.MintAccessToken(tenantId, clientId!, audience),
        });
    }

    private static (string? ClientId, string? Secret) ClientCredentials(HttpRequest request, IFormCollection form)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim())).Split(':', 2);
                return pair.Length == 2 ? (Uri.UnescapeDataString(pair[0]), Uri.UnescapeDataString(pair[1])) : (null, null);
            }
            catch (FormatException)
            {
                return (null, null);
            }
        }

        return (form["client_id"].ToString(), form["client_secret"].ToString());
    }

    private static bool IsKnownClient(DevIdentityOptions options, string? clientId, string? secret) =>
        !string.IsNullOrEmpty(clientId) && !string.IsNullOrEmpty(secret)
        && (options.Clients ?? []).Any(c => c.ClientId == clientId && FixedTimeEquals(c.ClientSecret, secret));

    private static bool FixedTimeEquals(string expected, string actual) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(actual));

    private static IResult Error(int status, string error, string description) => Results.Json(
        new Dictionary<string, object> { ["error"] = error, ["error_description"] = description, ["error_codes"] = new[] { status == 401 ? 7000215 : 900144 } },
        statusCode: status);
}
