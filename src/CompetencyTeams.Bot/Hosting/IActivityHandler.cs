using CompetencyTeams.Bot.Schema;

namespace CompetencyTeams.Bot.Hosting;

/// <summary>
/// What the host implements to receive validated activities. For an invoke, the returned response is written
/// synchronously (null means 501); for other activities a null return means 200 with no body.
/// </summary>
public interface IActivityHandler
{
    Task<InvokeResponse?> HandleAsync(TurnContext turn, CancellationToken cancellationToken);
}
