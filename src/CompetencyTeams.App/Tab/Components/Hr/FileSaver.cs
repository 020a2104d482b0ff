using CompetencyTeams.App.Tab.Services;
using Microsoft.JSInterop;

namespace CompetencyTeams.App.Tab.Components.Hr;

/// <summary>Hands a file the server fetched (with the user's token) to the browser to save.</summary>
public static class FileSaver
{
    public static async Task SaveAsync(IJSRuntime js, TabFile file, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(file.Content);
        using var reference = new DotNetStreamReference(stream);
        await js.InvokeVoidAsync("ctTab.download", cancellationToken, file.Name, file.ContentType, reference);
    }

    /// <summary>Reads an uploaded text file (import), at most <paramref name="maxBytes"/>.</summary>
    public static async Task<string> ReadTextAsync(Microsoft.AspNetCore.Components.Forms.IBrowserFile file, long maxBytes, CancellationToken cancellationToken)
    {
        await using var stream = file.OpenReadStream(maxBytes, cancellationToken);
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync(cancellationToken);
    }
}
