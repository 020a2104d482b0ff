using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Infrastructure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace CompetencyTeams.App.Features.Delivery;

/// <summary>
/// The queue consumer of one instance: receives delivery messages, works on up to MaxConcurrentMessages at once
/// (the recipients of one message together, see <see cref="ChunkDelivery"/>), renews a message's visibility while it
/// runs and deletes it once every recipient is settled. A crash leaves the message to reappear; the assignment rows make the second pass send nothing twice.
/// </summary>
public sealed partial class DeliveryWorker(
    DeliveryEnqueuer enqueuer,
    DeliveryWakeUp wakeUp,
    ChunkDelivery chunks,
    ICampaignRepository campaigns,
    IOptions<DeliveryOptions> options,
    TimeProvider clock,
    ILogger<DeliveryWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        using var slots = new SemaphoreSlim(settings.MaxConcurrentMessages);
        var running = new List<Task>();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await slots.WaitAsync(stoppingToken);
                var free = slots.CurrentCount + 1;
                var received = await enqueuer.Queue.ReceiveAsync(Math.Min(free, WorkQueueClient.MaxReceiveBatch), settings.MessageVisibility, stoppingToken);
                if (received.Count == 0)
                {
                    slots.Release();
                    await wakeUp.WaitAsync(settings.IdlePoll, stoppingToken);
                    continue;
                }

                // One slot is already held for the first message; take the others without waiting (they were free).
                for (var i = 1; i < received.Count; i++)
                {
                    await slots.WaitAsync(stoppingToken);
                }

                foreach (var message in received)
                {
                    running.Add(ProcessAndReleaseAsync(message, slots, stoppingToken));
                }

                running.RemoveAll(t => t.IsCompleted);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                Log.ReceiveFailed(logger, ex.Message);
                await Task.Delay(TimeSpan.FromSeconds(1), clock, CancellationToken.None);
            }
        }

        await Task.WhenAll(running);
    }

    private async Task ProcessAndReleaseAsync(ReceivedQueueMessage message, SemaphoreSlim slots, CancellationToken stoppingToken)
    {
        try
        {
            await ProcessAsync(message, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the message reappears after its visibility timeout.
        }
        catch (Exception ex)
        {
            Log.MessageFailed(logger, message.MessageId, ex.Message);
        }
        finally
        {
            slots.Release();
        }
    }

    /// <summary>Handles one message to the end (public for tests): every recipient settled, then the message deleted.</summary>
    public async Task ProcessAsync(ReceivedQueueMessage message, CancellationToken cancellationToken)
    {
        var work = message.PayloadAs<DeliveryWork>();
        var campaign = (await campaigns.GetAsync(work.CampaignId, cancellationToken))?.Value;
        // After the close, only its notice and validation notices still go (managers validate after the deadline).
        if (campaign is null || campaign.Status == CampaignStatus.Cancelled || (campaign.Status == CampaignStatus.Closed && work.Kind is not (DeliveryKind.Closing or DeliveryKind.Validated)))
        {
            Log.Dropped(logger, message.MessageId, work.CampaignId, campaign?.Status);
            await enqueuer.Queue.DeleteAsync(message, cancellationToken);
            return;
        }

        await using var lease = new MessageLease(enqueuer.Queue, message, options.Value.MessageVisibility, clock);
        await chunks.DeliverAsync(work, campaign, cancellationToken);
        await lease.DeleteAsync(cancellationToken);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 8131, Level = LogLevel.Warning, Message = "Receiving delivery work failed: {Reason}")]
        public static partial void ReceiveFailed(ILogger logger, string reason);

        [LoggerMessage(EventId = 8132, Level = LogLevel.Warning, Message = "Delivery message {MessageId} failed and will reappear: {Reason}")]
        public static partial void MessageFailed(ILogger logger, string messageId, string reason);

        [LoggerMessage(EventId = 8133, Level = LogLevel.Information, Message = "Delivery message {MessageId} dropped: campaign {CampaignId} is {Status}")]
        public static partial void Dropped(ILogger logger, string messageId, string campaignId, CampaignStatus? status);
    }
}
