using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CompetencyTeams.App.Tests.Auth;
using static CompetencyTeams.App.Tests.Auth.TabOrganisation;

namespace CompetencyTeams.App.Tests.Features.HrConsole;

/// <summary>Who calls, in the authorization matrices: the roles of <see cref="TabOrganisation"/>.</summary>
public enum Caller
{
    Agent,
    ManagerA,
    ManagerB,
    Hr,
    Nobody,
}

/// <summary>Calls the tab API of a running App with real signed tokens, JSON or raw file bodies, and a chosen language.</summary>
public sealed class TabCalls(HttpClient client, TabDevChannel devChannel)
{
    public string Token(Caller caller) => caller switch
    {
        Caller.Agent => devChannel.Token(AgentA1),
        Caller.ManagerA => devChannel.Token(ManagerA),
        Caller.ManagerB => devChannel.Token(ManagerB),
        Caller.Hr => devChannel.Token(Hr, HrRole),
        _ => devChannel.Token(Nobody),
    };

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, Caller caller, object? body = null, string? locale = null) =>
        SendAsync(method, path, Token(caller), body is null ? null : JsonContent.Create(body, body.GetType()), locale);

    public Task<HttpResponseMessage> SendFileAsync(string path, Caller caller, string content, string contentType = "text/csv", string? locale = null) =>
        SendAsync(HttpMethod.Post, path, Token(caller), new StringContent(content, Encoding.UTF8, contentType), locale);

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string token, HttpContent? content, string? locale)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (locale is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(locale);
        }

        return await client.SendAsync(request);
    }

    /// <summary>Sends and reads the JSON answer, asserting the status first (with the body in the message when it differs).</summary>
    public async Task<JsonElement> JsonAsync(HttpMethod method, string path, Caller caller, object? body = null, HttpStatusCode expected = HttpStatusCode.OK, string? locale = null)
    {
        using var response = await SendAsync(method, path, caller, body, locale);
        return await ExpectAsync(response, expected);
    }

    public static async Task<JsonElement> ExpectAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>A problem answer: its status, problem content type and stable code; returns its detail.</summary>
    public static async Task<string> ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await ExpectAsync(response, status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(code, body.GetProperty("code").GetString());
        return body.GetProperty("detail").GetString()!;
    }
}
