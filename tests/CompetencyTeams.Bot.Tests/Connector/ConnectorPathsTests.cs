using CompetencyTeams.Bot.Connector;

namespace CompetencyTeams.Bot.Tests.Connector;

public sealed class ConnectorPathsTests
{
    [Fact]
    public void Activity_IdsWithReservedCharacters_AreEscapedOnTheWire()
    {
        var uri = ConnectorPaths.Combine("https://smba.trafficmanager.net/emea/", ConnectorPaths.Activity("19:abc@thread.tacv2;messageid=1/2", "1:9 x"));

        Assert.Equal("/emea/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D1%2F2/activities/1%3A9%20x", uri.PathAndQuery);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net/emea")]
    public void Combine_WithOrWithoutTrailingSlash_GivesOneSlash(string serviceUrl) =>
        Assert.Equal("https://smba.trafficmanager.net/emea/v3/conversations", ConnectorPaths.Combine(serviceUrl, ConnectorPaths.Conversations()).AbsoluteUri);

    [Fact]
    public void Activities_EmptyConversationId_Throws() =>
        Assert.Throws<ArgumentException>(() => ConnectorPaths.Activities(""));
}
