using Bunit;
using CompetencyTeams.App.Tab.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.FluentUI.AspNetCore.Components;
using Moq;

namespace CompetencyTeams.App.Tests.Tab;

/// <summary>A bUnit context with Fluent UI's services, loose JS interop, and the tab's API clients mocked.</summary>
public sealed class TabComponentTestContext : IAsyncDisposable
{
    public const string ManagerId = "7a09dc94-6a38-57e2-9346-7764b7f7cca8";

    public TabComponentTestContext()
    {
        Bunit.JSInterop.Mode = JSRuntimeMode.Loose;
        Bunit.Services.AddFluentUIComponents();
        Bunit.Services.AddSingleton(Api.Object);
        Bunit.Services.AddSingleton(Hr.Object);
    }

    public BunitContext Bunit { get; } = new();

    public Mock<ITabApiClient> Api { get; } = new(MockBehavior.Strict);

    public Mock<ITabHrApiClient> Hr { get; } = new(MockBehavior.Strict);

    public static TabMe Manager { get; } = new(ManagerId, "Léa Dubois", false, true, [new TabManagedTeam("accueil", "Accueil et admissions")]);

    public static TabContext Context(string locale, TabMe? me = null) => TabContext.For(locale, me ?? Manager);

    public IRenderedComponent<T> Render<T>(string locale, Action<ComponentParameterCollectionBuilder<T>>? parameters = null, TabMe? me = null)
        where T : IComponent =>
        Bunit.Render<T>(builder =>
        {
            builder.AddCascadingValue(Context(locale, me));
            parameters?.Invoke(builder);
        });

    public ValueTask DisposeAsync() => Bunit.DisposeAsync();
}
