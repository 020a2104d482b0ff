using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace CompetencyTeams.DevChannel.Graph;

/// <summary>
/// Graph's paging of directory collections (GET /users, /users/{id}/directReports): "value" holds at most $top objects
/// (default 100, at most 999, as Graph documents), and "@odata.nextLink" — present only when more follow — is the
/// full URL of the next page, carrying an opaque $skiptoken.
/// </summary>
public static class GraphDirectoryPages
{
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 999;

    public static GraphResponse Page(GraphRequest request, IReadOnlyList<GraphUser> users, string collectionPath, Func<GraphUser, JsonObject> toJson)
    {
        var top = DefaultPageSize;
        if (request.QueryValue("$top") is { } topText
            && (!int.TryParse(topText, NumberStyles.None, CultureInfo.InvariantCulture, out top) || top is < 1 or > MaxPageSize))
        {
            return GraphErrors.BadRequest($"Invalid page size specified: '{topText}'. Must be between 1 and {MaxPageSize} inclusive.");
        }

        var skip = 0;
        if (request.QueryValue("$skiptoken") is { } token && !TryReadToken(token, out skip))
        {
            return GraphErrors.BadRequest("The specified page token value has expired or is invalid.");
        }

        var ordered = users.OrderBy(u => u.Id, StringComparer.OrdinalIgnoreCase).ToList();
        var body = new JsonObject
        {
            ["@odata.context"] = $"{request.BaseUrl}/$metadata#{(collectionPath == "users" ? "users" : "directoryObjects")}",
            ["value"] = new JsonArray([.. ordered.Skip(skip).Take(top).Select(toJson)]),
        };
        if (skip + top < ordered.Count)
        {
            body["@odata.nextLink"] = $"{request.BaseUrl}/{collectionPath}?$top={top}&$skiptoken={Uri.EscapeDataString(WriteToken(skip + top))}";
        }

        return GraphResponse.Json(200, body);
    }

    private static string WriteToken(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes("ct-skip:" + offset.ToString(CultureInfo.InvariantCulture)));

    private static bool TryReadToken(string token, out int offset)
    {
        offset = 0;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
            return text.StartsWith("ct-skip:", StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(8), NumberStyles.None, CultureInfo.InvariantCulture, out offset);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
