using System.Text.Json.Nodes;
using CompetencyTeams.DevChannel.Connector;
using CompetencyTeams.DevChannel.Directory;
using Microsoft.Extensions.Options;

namespace CompetencyTeams.DevChannel.Chat;

/// <summary>What the chat page calls: the Teams client's side of a 1:1 chat with the bot, for one demo user.</summary>
public static class ChatEndpoints
{
    private const string AdaptiveCardType = "application/vnd.microsoft.card.adaptive";

    public static IServiceCollection AddChatClient(this IServiceCollection services)
    {
        services.AddOptions<ChatOptions>().BindConfiguration(ChatOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DirectoryOptions>().BindConfiguration(DirectoryOptions.SectionName);
        services.AddSingleton<DemoDirectory>();
        services.AddSingleton<UserActivityFactory>();
        services.AddSingleton<IChannelTokenMinter, IssuerChannelTokenMinter>();
        services.AddHttpClient<ChannelRelay>();
        services.AddScoped<ChatContext>();
        return services;
    }

    public static IEndpointRouteBuilder MapChatClient(this IEndpointRouteBuilder endpoints)
    {
        var chat = endpoints.MapGroup("/devchannel/chat");
        chat.MapGet("/users", (DemoDirectory directory) => directory.People.Select(p => new
        {
            p.Id,
            p.DisplayName,
            p.JobTitle,
            p.TeamId,
            p.Locale,
            channelUserId = p.ChannelUserId,
            hr = p.IsHrAdmin,
            manager = directory.DirectReportsOf(p.Id).Any(),
        }));
        chat.MapGet("/{userId}/conversation", GetConversation);
        chat.MapPost("/{userId}/open", OpenAsync);
        chat.MapPost("/{userId}/messages", SendMessageAsync);
        chat.MapPost("/{userId}/invoke", InvokeAsync);
        return endpoints;
    }

    private static IResult GetConversation(string userId, DemoDirectory directory, ConversationStore store, IOptions<ChatOptions> options)
    {
        if (directory.Find(userId) is not { } user)
        {
            return Results.NotFound();
        }

        var conversation = store.All.FirstOrDefault(c => c.UserId == user.ChannelUserId && c.BotId == "28:" + options.Value.BotAppId);
        return Results.Ok(new
        {
            conversationId = conversation?.Id,
            activities = conversation?.Activities.Where(a => !a.Deleted).Select(a => new { a.Id, a.Updates, activity = a.Activity }) ?? [],
        });
    }

    private static async Task<IResult> OpenAsync(string userId, ChatContext context, CancellationToken cancellationToken)
    {
        if (context.Resolve(userId) is not { } session)
        {
            return Results.NotFound();
        }

        var installed = await context.Relay.SendAsync(context.Activities.InstallationAdded(session.Conversation, session.User, context.Options), cancellationToken);
        var added = await context.Relay.SendAsync(context.Activities.MembersAdded(session.Conversation, session.User, context.Options), cancellationToken);
        return Results.Ok(new { conversationId = session.Conversation.Id, installStatus = installed.Status, membersAddedStatus = added.Status });
    }

    private static async Task<IResult> SendMessageAsync(string userId, UserMessage message, ChatContext context, CancellationToken cancellationToken)
    {
        if (context.Resolve(userId) is not { } session)
        {
            return Results.NotFound();
        }

        var activity = context.Activities.Message(session.Conversation, session.User, context.Options, message.Text, message.Value, message.ReplyToId);
        if (!string.IsNullOrWhiteSpace(message.Text))
        {
            context.Store.Add(session.Conversation, (JsonObject)activity.DeepClone(), null);
        }

        var result = await context.Relay.SendAsync(activity, cancellationToken);
        return Results.Ok(new { status = result.Status, body = result.Body, error = result.Error });
    }

    private static async Task<IResult> InvokeAsync(string userId, UserInvoke invoke, ChatContext context, CancellationToken cancellationToken)
    {
        if (context.Resolve(userId) is not { } session)
        {
            return Results.NotFound();
        }

        var activity = context.Activities.CardAction(session.Conversation, session.User, context.Options, invoke.Action, invoke.Trigger ?? "manual", invoke.ReplyToId);
        var result = await context.Relay.SendAsync(activity, cancellationToken);
        if (result.Status == StatusCodes.Status200OK && result.Body?["type"]?.GetValue<string>() == AdaptiveCardType && result.Body["value"] is JsonObject card)
        {
            var replacement = new JsonObject
            {
                ["type"] = "message",
                ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = AdaptiveCardType, ["content"] = card.DeepClone() }),
            };
            context.Store.Update(session.Conversation, invoke.ReplyToId, replacement);
        }

        return Results.Ok(new { status = result.Status, body = result.Body, error = result.Error });
    }
}

public sealed record UserMessage(string? Text, JsonNode? Value, string? ReplyToId);

public sealed record UserInvoke(string ReplyToId, JsonObject Action, string? Trigger);
