using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CompetencyTeams.App.Tab.Services;

/// <summary>
/// HTTP to the App's own /api/tab with the user's bearer token: JSON in and out (camelCase, enums as strings), problem
/// details turned into <see cref="TabApiException"/>. The authorization stays in the API.
/// </summary>
public sealed class TabApiTransport(HttpClient http, ITabSession session)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public async Task<T> GetAsync<T>(string path, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Get, path, null, cancellationToken);
        return await ReadAsync<T>(response, cancellationToken);
    }

    public async Task<T> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(method, path, body is null ? null : JsonContent.Create(body, body.GetType(), options: Json), cancellationToken);
        return await ReadAsync<T>(response, cancellationToken);
    }

    public async Task SendAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(method, path, body is null ? null : JsonContent.Create(body, body.GetType(), options: Json), cancellationToken);
    }

    /// <summary>Posts raw content (an import file) and reads the JSON answer.</summary>
    public async Task<T> PostContentAsync<T>(string path, HttpContent content, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Post, path, content, cancellationToken);
        return await ReadAsync<T>(response, cancellationToken);
    }

    /// <summary>A file answer (export): its name from Content-Disposition, its type and bytes.</summary>
    public async Task<TabFile> DownloadAsync(string path, string fallbackName, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Get, path, null, cancellationToken);
        var name = response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"') ?? fallbackName;
        var type = response.Content.Headers.ContentType?.MediaType ?? "application/octet-stream";
        return new TabFile(name, type, await response.Content.ReadAsByteArrayAsync(cancellationToken));
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path.TrimStart('/')) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await session.GetTokenAsync(cancellationToken));
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(session.Locale));
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw new TabApiException("The tab API could not be reached.", ex);
        }

        if (!response.IsSuccessStatusCode)
        {
            using (response)
            {
                throw await ProblemAsync(response, cancellationToken);
            }
        }

        return response;
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken) =>
        await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken)
            ?? throw new TabApiException((int)response.StatusCode, "empty", "The tab API answered with no content.");

    private static async Task<TabApiException> ProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        try
        {
            var problem = await response.Content.ReadFromJsonAsync<Problem>(Json, cancellationToken);
            return new TabApiException(status, problem?.Code, problem?.Detail ?? problem?.Title, problem?.Errors);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
            return new TabApiException(status, null, null);
        }
    }

    private sealed record Problem(string? Title, string? Detail, string? Code, Dictionary<string, string[]>? Errors);
}

/// <summary>A downloaded file.</summary>
public sealed record TabFile(string Name, string ContentType, byte[] Content);
