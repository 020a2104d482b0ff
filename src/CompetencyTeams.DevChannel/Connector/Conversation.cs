using System.Text.Json.Nodes;

namespace CompetencyTeams.DevChannel.Connector;

public sealed class Conversation(string id, string tenantId, string botId, string userId)
{
    private readonly List<StoredActivity> _activities = [];
    private readonly Lock _gate = new();

    public string Id { get; } = id;

    public string TenantId { get; } = tenantId;

    public string BotId { get; } = botId;

    public string UserId { get; } = userId;

    public IReadOnlyList<StoredActivity> Activities
    {
        get
        {
            lock (_gate)
            {
                return [.. _activities];
            }
        }
    }

    internal void Append(StoredActivity activity)
    {
        lock (_gate)
        {
            _activities.Add(activity);
        }
    }

    internal bool Replace(string activityId, JsonObject activity, DateTimeOffset at)
    {
        lock (_gate)
        {
            var index = _activities.FindIndex(a => a.Id == activityId && !a.Deleted);
            if (index < 0)
            {
                return false;
            }

            activity["id"] = activityId;
            activity["conversation"] = new JsonObject { ["id"] = Id };
            _activities[index] = _activities[index] with { Activity = activity, UpdatedAt = at, Updates = _activities[index].Updates + 1 };
            return true;
        }
    }

    internal bool MarkDeleted(string activityId)
    {
        lock (_gate)
        {
            var index = _activities.FindIndex(a => a.Id == activityId && !a.Deleted);
            if (index < 0)
            {
                return false;
            }

            _activities[index] = _activities[index] with { Deleted = true };
            return true;
        }
    }
}

public sealed record StoredActivity(string Id, JsonObject Activity, DateTimeOffset PostedAt)
{
    public DateTimeOffset? UpdatedAt { get; init; }

    public int Updates { get; init; }

    public bool Deleted { get; init; }
}
