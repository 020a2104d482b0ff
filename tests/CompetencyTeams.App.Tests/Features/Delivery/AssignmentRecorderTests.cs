using CompetencyTeams.App.Features.Delivery;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Infrastructure.Storage;
using Moq;

namespace CompetencyTeams.App.Tests.Features.Delivery;

/// <summary>Results arriving while a write of the same campaign runs share the next transaction; nobody waits for a timer.</summary>
public sealed class AssignmentRecorderTests
{
    private const string Campaign = "camp-recorder";
    private readonly Mock<IAssignmentRepository> _repository = new(MockBehavior.Strict);

    [Fact]
    public async Task Saves_ArrivingDuringAWrite_GoTogetherInTheNextTransaction()
    {
        var running = new TaskCompletionSource<string>();
        _repository.Setup(r => r.SaveAsync(It.Is<Assignment>(a => a.PersonId == "p0"), "1", It.IsAny<CancellationToken>())).Returns(running.Task);
        _repository.Setup(r => r.SaveManyAsync(Campaign, It.IsAny<IReadOnlyList<(Assignment, string)>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string _, IReadOnlyList<(Assignment, string)> changes, CancellationToken _) => [.. changes.Select(_ => "2")]);
        var recorder = new AssignmentRecorder(_repository.Object);

        var first = recorder.SaveAsync(Row("p0"), "1", CancellationToken.None);
        var others = new[] { "p1", "p2", "p3" }.Select(p => recorder.SaveAsync(Row(p), "1", CancellationToken.None)).ToList();
        running.SetResult("2");

        Assert.Equal("2", await first);
        Assert.All(await Task.WhenAll(others), v => Assert.Equal("2", v));
        _repository.Verify(
            r => r.SaveManyAsync(Campaign, It.Is<IReadOnlyList<(Assignment Assignment, string Version)>>(c => c.Select(x => x.Assignment.PersonId).SequenceEqual(new[] { "p1", "p2", "p3" })), It.IsAny<CancellationToken>()),
            Times.Once);
    }

    [Fact]
    public async Task Group_WithOneRowChangedMeanwhile_SavesTheOthersAndGivesOnlyThatOneItsConflict()
    {
        var running = new TaskCompletionSource<string>();
        _repository.Setup(r => r.SaveAsync(It.Is<Assignment>(a => a.PersonId == "p0"), "1", It.IsAny<CancellationToken>())).Returns(running.Task);
        _repository.Setup(r => r.SaveManyAsync(Campaign, It.IsAny<IReadOnlyList<(Assignment, string)>>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ConcurrencyConflictException("p2 changed"));
        _repository.Setup(r => r.SaveAsync(It.Is<Assignment>(a => a.PersonId == "p1" || a.PersonId == "p3"), "1", It.IsAny<CancellationToken>())).ReturnsAsync("2");
        _repository.Setup(r => r.SaveAsync(It.Is<Assignment>(a => a.PersonId == "p2"), "1", It.IsAny<CancellationToken>())).ThrowsAsync(new ConcurrencyConflictException("p2 changed"));
        var recorder = new AssignmentRecorder(_repository.Object);

        var first = recorder.SaveAsync(Row("p0"), "1", CancellationToken.None);
        var p1 = recorder.SaveAsync(Row("p1"), "1", CancellationToken.None);
        var p2 = recorder.SaveAsync(Row("p2"), "1", CancellationToken.None);
        var p3 = recorder.SaveAsync(Row("p3"), "1", CancellationToken.None);
        running.SetResult("2");

        await first;
        Assert.Equal("2", await p1);
        Assert.Equal("2", await p3);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => p2);
    }

    [Fact]
    public async Task StorageFailure_DuringAGroupWrite_ReachesEveryoneInTheGroupAndTheNextSaveStillWrites()
    {
        var running = new TaskCompletionSource<string>();
        _repository.Setup(r => r.SaveAsync(It.Is<Assignment>(a => a.PersonId == "p0"), "1", It.IsAny<CancellationToken>())).Returns(running.Task);
        _repository.SetupSequence(r => r.SaveManyAsync(Campaign, It.IsAny<IReadOnlyList<(Assignment, string)>>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new StorageUnavailableException("Azurite is down"));
        _repository.Setup(r => r.SaveAsync(It.Is<Assignment>(a => a.PersonId == "p9"), "1", It.IsAny<CancellationToken>())).ReturnsAsync("2");
        var recorder = new AssignmentRecorder(_repository.Object);

        var first = recorder.SaveAsync(Row("p0"), "1", CancellationToken.None);
        var group = new[] { "p1", "p2" }.Select(p => recorder.SaveAsync(Row(p), "1", CancellationToken.None)).ToList();
        running.SetResult("2");

        await first;
        foreach (var save in group)
        {
            await Assert.ThrowsAsync<StorageUnavailableException>(() => save);
        }

        Assert.Equal("2", await recorder.SaveAsync(Row("p9"), "1", CancellationToken.None));
    }

    private static Assignment Row(string personId) => Assignment.Create(Campaign, personId, "team", null, null);
}
