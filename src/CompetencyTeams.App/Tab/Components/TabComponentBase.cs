using CompetencyTeams.App.Tab.Services;
using CompetencyTeams.App.Tab.Texts;
using Microsoft.AspNetCore.Components;

namespace CompetencyTeams.App.Tab.Components;

/// <summary>
/// A screen of the tab: the cascaded <see cref="TabContext"/>, a loading flag and the last API error, and a token
/// cancelled when the user leaves the screen.
/// </summary>
public abstract class TabComponentBase : ComponentBase, IDisposable
{
    private readonly CancellationTokenSource _leaving = new();

    [CascadingParameter]
    public TabContext Context { get; set; } = null!;

    protected TabText T => Context.Text;

    protected bool IsLoading { get; private set; }

    protected TabApiException? Error { get; private set; }

    protected CancellationToken Leaving => _leaving.Token;

    /// <summary>Runs an API call with the loading flag set; an API error is kept in <see cref="Error"/> instead of thrown.</summary>
    protected async Task<bool> RunAsync(Func<CancellationToken, Task> work)
    {
        IsLoading = true;
        Error = null;
        try
        {
            await work(Leaving);
            return true;
        }
        catch (TabApiException ex)
        {
            Error = ex;
            return false;
        }
        catch (OperationCanceledException) when (_leaving.IsCancellationRequested)
        {
            return false;
        }
        finally
        {
            IsLoading = false;
        }
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _leaving.Cancel();
            _leaving.Dispose();
        }
    }
}
