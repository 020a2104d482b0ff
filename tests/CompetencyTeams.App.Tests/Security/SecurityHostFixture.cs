using System.Collections.Concurrent;
using CompetencyTeams.App.Tests.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CompetencyTeams.App.Tests.Security;

/// <summary>
/// The tab API host with a tight per-user rate limit (5 requests, then one per hour), a 2 KB body limit, and every log
/// line at every level captured, so tests can look for secrets in them.
/// </summary>
public sealed class SecurityHostFixture : TabApiFixture
{
    public const int Burst = 5;
    public const int MaxBodyBytes = 2048;

    public LogCapture Logs { get; } = new();

    protected override void ConfigureHost(IWebHostBuilder host)
    {
        host.UseSetting("Security:TabApiBurst", Burst.ToString(System.Globalization.CultureInfo.InvariantCulture));
        host.UseSetting("Security:TabApiRequestsPerPeriod", "1");
        host.UseSetting("Security:TabApiReplenishmentPeriod", "01:00:00");
        host.UseSetting("Security:TabApiMaxRequestBodyBytes", MaxBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        host.UseSetting("Logging:LogLevel:Default", "Trace");
        host.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Trace");
        host.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(Logs));
    }
}

[CollectionDefinition(Name)]
public sealed class SecurityHostCollection : ICollectionFixture<SecurityHostFixture>
{
    public const string Name = "Tab API with tight limits and captured logs";
}

/// <summary>Every log line written through Microsoft.Extensions.Logging: message, exception and scopes.</summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            lines.Enqueue($"{category} scope: {state}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{category} [{logLevel}] {formatter(state, exception)} {state} {exception}");
    }
}
