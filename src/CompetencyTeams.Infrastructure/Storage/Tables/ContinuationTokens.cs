using System.Buffers.Text;
using System.Text;

namespace CompetencyTeams.Infrastructure.Storage.Tables;

/// <summary>
/// Our continuation tokens: the SDK's token wrapped as URL-safe base64 with a version tag, so callers can pass it in a
/// query string and cannot depend on its content. A tampered token can only move within the query's own filter.
/// </summary>
public static class ContinuationTokens
{
    private const string Version = "1.";

    public static string? Wrap(string? sdkToken) =>
        sdkToken is null ? null : Version + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(sdkToken));

    public static string? Unwrap(string? token)
    {
        if (token is null)
        {
            return null;
        }

        if (!token.StartsWith(Version, StringComparison.Ordinal) || !Base64Url.IsValid(token.AsSpan(Version.Length)))
        {
            throw new ArgumentException("The continuation token is not one this service issued.", nameof(token));
        }

        return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token.AsSpan(Version.Length)));
    }
}
