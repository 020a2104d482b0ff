using System.Net.Http.Headers;
using CompetencyTeams.TestSupport.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CompetencyTeams.App.Tests.Auth;

/// <summary>Azurite, the DevChannel's Entra stand-in over HTTPS, and the real App trusting it, seeded with <see cref="TabOrganisation"/>.</summary>
public class TabApiFixture : IAsyncLifetime
{
    private WebApplicationFactory<Program> _factory = null!;

    public AzuriteFixture Azurite { get; } = new();

    public TabDevChannel DevChannel { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public IServiceProvider Services => _factory.Services;

    public async Task InitializeAsync()
    {
        await Azurite.InitializeAsync();
        DevChannel = await TabDevChannel.StartAsync();
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Testing");
            host.UseSetting("Storage:ConnectionString", Azurite.ConnectionString);
            host.UseSetting("Storage:Prefix", Azurite.NewPrefix());
            foreach (var (key, value) in DevChannel.AppSettings())
            {
                host.UseSetting(key, value);
            }

            ConfigureHost(host);
        });
        Client = _factory.CreateClient();
        await TabOrganisation.SeedAsync(_factory.Services);
    }

    /// <summary>Settings or services a derived fixture adds to the App (e.g. tighter limits, a log capture).</summary>
    protected virtual void ConfigureHost(IWebHostBuilder host)
    {
    }

    public T Service<T>()
        where T : notnull => _factory.Services.GetRequiredService<T>();

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, object? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = System.Net.Http.Json.JsonContent.Create(body, body.GetType());
        }

        return await Client.SendAsync(request);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        await DevChannel.DisposeAsync();
        await Azurite.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class TabApiCollection : ICollectionFixture<TabApiFixture>
{
    public const string Name = "Tab API against the DevChannel issuer and Azurite";
}
