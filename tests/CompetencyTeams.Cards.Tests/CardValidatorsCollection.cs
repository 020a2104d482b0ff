using CompetencyTeams.TestSupport.Cards;

namespace CompetencyTeams.Cards.Tests;

/// <summary>One headless browser (and one parsed schema) for every card-validating test of this assembly.</summary>
[CollectionDefinition(Name)]
public sealed class CardValidatorsCollection : ICollectionFixture<AdaptiveCardValidators>
{
    public const string Name = "Card validators";
}
