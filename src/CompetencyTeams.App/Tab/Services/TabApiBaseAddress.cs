using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace CompetencyTeams.App.Tab.Services;

/// <summary>
/// Where the tab's components reach the App's own API: Tab:ApiBaseAddress, or else the address Kestrel listens on
/// (plain HTTP preferred, wildcard hosts replaced by the loopback). Never the browser's Host header.
/// </summary>
public sealed class TabApiBaseAddress(IServer server, IOptions<TabUiOptions> options)
{
    private Uri? _value;

    public Uri Value => _value ??= Resolve();

    private Uri Resolve()
    {
        if (options.Value.ApiBaseAddress is { Length: > 0 } configured)
        {
            return new Uri(configured.TrimEnd('/') + "/");
        }

        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var chosen = addresses.OrderBy(a => a.StartsWith("https:", StringComparison.OrdinalIgnoreCase)).FirstOrDefault()
            ?? throw new InvalidOperationException("The server listens on no address yet; set Tab:ApiBaseAddress.");
        return new Uri(Loopback(chosen).TrimEnd('/') + "/");
    }

    /// <summary>"http://+:80", "http://*:80", "http://[::]:80", "http://0.0.0.0:80" → the loopback on that port.</summary>
    public static string Loopback(string address)
    {
        foreach (var wildcard in new[] { "//+:", "//*:", "//[::]:", "//0.0.0.0:" })
        {
            var at = address.IndexOf(wildcard, StringComparison.Ordinal);
            if (at >= 0)
            {
                return string.Concat(address.AsSpan(0, at), "//127.0.0.1:", address.AsSpan(at + wildcard.Length));
            }
        }

        return address;
    }
}
