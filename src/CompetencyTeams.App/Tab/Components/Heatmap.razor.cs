using CompetencyTeams.App.Features.Dashboards;
using CompetencyTeams.App.Tab.Texts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;

namespace CompetencyTeams.App.Tab.Components;

/// <summary>
/// The heatmap's keyboard model (ARIA grid, roving tabindex): one cell of the shown page holds tabindex 0 — column 0 is
/// the person's name, then one column per competency — and the keys move it; focus follows after the render.
/// </summary>
public sealed partial class Heatmap : IAsyncDisposable
{
    private readonly Dictionary<int, ElementReference> _cells = [];
    private readonly string _hintId = "ct-heatmap-keys-" + Guid.NewGuid().ToString("N")[..8];
    private ElementReference _grid;
    private IJSObjectReference? _keys;
    private int _page;
    private int _row;
    private int _col;
    private bool _focusPending;

    [Parameter, EditorRequired]
    public TeamDashboard Dashboard { get; set; } = null!;

    [Parameter, EditorRequired]
    public TabText Text { get; set; } = null!;

    [Parameter]
    public int PageSize { get; set; } = 25;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private IJSRuntime JS { get; set; } = null!;

    private List<HeatmapColumn> Columns { get; set; } = [];

    private List<HeatmapRow> VisibleRows { get; set; } = [];

    private string HintId => _hintId;

    /// <summary>The focused cell as (row on the page, column); (0, 0) until the user moves.</summary>
    public (int Row, int Column) ActiveCell => (_row, _col);

    protected override void OnParametersSet()
    {
        Columns = [.. Dashboard.Blocks.SelectMany(b => b.Competencies)];
        if (_page * PageSize >= Math.Max(1, Dashboard.People.Count))
        {
            _page = 0;
        }

        ShowRows();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            await KeepNavigationKeysAsync();
        }

        if (_focusPending && _cells.TryGetValue(CellKey(_row, _col), out var cell))
        {
            _focusPending = false;
            await cell.FocusAsync();
        }
    }

    private async Task KeepNavigationKeysAsync()
    {
        try
        {
            _keys = await JS.InvokeAsync<IJSObjectReference?>("import", "./Tab/Components/Heatmap.razor.js");
            if (_keys is not null)
            {
                await _keys.InvokeVoidAsync("keepNavigationKeys", _grid);
            }
        }
        catch (JSException)
        {
            // Without the module the keys still move the focus; the page may scroll a little as well.
        }
    }

    private Task OnKeyDownAsync(KeyboardEventArgs e)
    {
        var lastRow = VisibleRows.Count - 1;
        var lastCol = Columns.Count;
        if (lastRow < 0)
        {
            return Task.CompletedTask;
        }

        switch (e.Key)
        {
            case "ArrowRight": Move(_row, _col + 1); break;
            case "ArrowLeft": Move(_row, _col - 1); break;
            case "ArrowDown": Move(_row + 1, _col); break;
            case "ArrowUp": Move(_row - 1, _col); break;
            case "Home": Move(e.CtrlKey ? 0 : _row, 0); break;
            case "End": Move(e.CtrlKey ? lastRow : _row, lastCol); break;
            case "PageDown" when (_page + 1) * PageSize < Dashboard.People.Count: ShowPage(_page + 1); _focusPending = true; break;
            case "PageUp" when _page > 0: ShowPage(_page - 1); _focusPending = true; break;
            case "Enter": Navigation.NavigateTo(PersonHref(VisibleRows[_row])); break;
            default: break;
        }

        return Task.CompletedTask;
    }

    private void Move(int row, int col)
    {
        _row = Math.Clamp(row, 0, Math.Max(0, VisibleRows.Count - 1));
        _col = Math.Clamp(col, 0, Columns.Count);
        _focusPending = true;
    }

    private void Activate(int row, int col)
    {
        _row = row;
        _col = col;
    }

    private void ShowPage(int page)
    {
        _page = page;
        ShowRows();
    }

    private void ShowRows()
    {
        VisibleRows = [.. Dashboard.People.Skip(_page * PageSize).Take(PageSize)];
        _row = Math.Clamp(_row, 0, Math.Max(0, VisibleRows.Count - 1));
        _col = Math.Clamp(_col, 0, Columns.Count);
    }

    private int TabIndexOf(int row, int col) => row == _row && col == _col ? 0 : -1;

    private int CellKey(int row, int col) => (row * (Columns.Count + 1)) + col;

    private string PersonHref(HeatmapRow row) =>
        $"tab/campaigns/{Uri.EscapeDataString(Dashboard.CampaignId)}/people/{Uri.EscapeDataString(row.PersonId)}?team={Uri.EscapeDataString(Dashboard.TeamId)}";

    public async ValueTask DisposeAsync()
    {
        if (_keys is not null)
        {
            try
            {
                await _keys.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone: so is the module.
            }
        }
    }
}
