using Azure.Data.Tables;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Infrastructure.Storage.Tables;
using static CompetencyTeams.Infrastructure.Storage.Tables.KeyEncoding;

namespace CompetencyTeams.App.Features.Summaries;

/// <summary>
/// Publication state rows: table "SummaryPublications", PartitionKey = campaign, RowKey = team, plain columns (readable
/// in Storage Explorer). Writes are guarded by the row's ETag so a newer request is never overwritten by an older run.
/// </summary>
public sealed class PublicationStatusStore(StorageTables tables)
{
    public const string TableName = "SummaryPublications";

    private StorageTable Table => tables.Get(TableName);

    public async Task<Versioned<PublicationStatus>?> GetAsync(string campaignId, string teamId, CancellationToken cancellationToken)
    {
        var row = await Table.GetAsync(Encode(campaignId), Encode(teamId), cancellationToken);
        return row is null ? null : new Versioned<PublicationStatus>(Read(row.Value), row.Version);
    }

    /// <summary>Creates (version null) or replaces conditionally; a stale version gives <see cref="ConcurrencyConflictException"/>.</summary>
    public Task<string> SaveAsync(PublicationStatus status, string? version, CancellationToken cancellationToken) =>
        Table.SaveAsync(Write(status), version, cancellationToken);

    public async Task<IReadOnlyList<PublicationStatus>> ListForCampaignAsync(string campaignId, CancellationToken cancellationToken)
    {
        var rows = await Table.QueryBoundedAsync(TableClient.CreateQueryFilter($"PartitionKey eq {Encode(campaignId)}"), 5_000, cancellationToken);
        return [.. rows.Select(Read)];
    }

    private static TableEntity Write(PublicationStatus s) => new(Encode(s.CampaignId), Encode(s.TeamId))
    {
        ["CampaignId"] = s.CampaignId,
        ["TeamId"] = s.TeamId,
        ["State"] = s.State.ToString(),
        ["RequestId"] = s.RequestId,
        ["RequestedBy"] = s.RequestedBy,
        ["RequestedAt"] = s.RequestedAt,
        ["Attempts"] = s.Attempts,
        ["CompletedAt"] = s.CompletedAt,
        ["ItemUrl"] = s.ItemUrl,
        ["ItemsWritten"] = s.ItemsWritten,
        ["FailureReason"] = s.FailureReason is { Length: > 4000 } reason ? reason[..4000] : s.FailureReason,
        ["RetryAt"] = s.RetryAt,
    };

    private static PublicationStatus Read(TableEntity e) =>
        new(e.GetString("CampaignId"), e.GetString("TeamId"), Enum.Parse<PublicationState>(e.GetString("State")), e.GetString("RequestId"))
        {
            RequestedBy = e.GetString("RequestedBy") ?? "",
            RequestedAt = e.GetDateTimeOffset("RequestedAt") ?? default,
            Attempts = e.GetInt32("Attempts") ?? 0,
            CompletedAt = e.GetDateTimeOffset("CompletedAt"),
            ItemUrl = e.GetString("ItemUrl"),
            ItemsWritten = e.GetInt32("ItemsWritten") ?? 0,
            FailureReason = e.GetString("FailureReason"),
            RetryAt = e.GetDateTimeOffset("RetryAt"),
        };
}
