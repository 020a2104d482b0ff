using System.Collections.Concurrent;

namespace CompetencyTeams.App.Tests.Faults;

/// <summary>
/// What the answering agents lived through. Answers (a block step or the submission) are counted once each; the
/// failures are counted per call, since one answer may fail several times before it is saved.
/// </summary>
public sealed class AnswerFigures
{
    private const int KeptSamples = 5;
    private readonly ConcurrentQueue<string> _untoldSamples = new();
    private int _attempted;
    private int _acknowledged;
    private int _retriedOk;
    private int _told;
    private int _toldInWrongLanguage;
    private int _retryDataChanged;
    private int _untold;
    private long _slowestCallMs;

    /// <summary>Answers an agent began to send.</summary>
    public int Attempted => _attempted;

    /// <summary>Answers acknowledged as saved (the next card came back).</summary>
    public int Acknowledged => _acknowledged;

    /// <summary>Answers that failed at least once, then were acknowledged when sent again.</summary>
    public int RetriedOk => _retriedOk;

    /// <summary>Calls answered with the "not saved, try again" card.</summary>
    public int Told => _told;

    /// <summary>"Not saved" cards in a language other than the agent's.</summary>
    public int ToldInWrongLanguage => _toldInWrongLanguage;

    /// <summary>"Not saved" cards whose retry button did not carry back every input that was sent.</summary>
    public int RetryDataChanged => _retryDataChanged;

    /// <summary>Calls that failed without telling the agent: cut, refused, 5xx, or a card that was not the expected one.</summary>
    public int Untold => _untold;

    public long SlowestCallMs => Interlocked.Read(ref _slowestCallMs);

    public IReadOnlyList<string> UntoldSamples => [.. _untoldSamples];

    public void Attempt() => Interlocked.Increment(ref _attempted);

    public void Acknowledge(bool afterFailures)
    {
        Interlocked.Increment(ref _acknowledged);
        if (afterFailures)
        {
            Interlocked.Increment(ref _retriedOk);
        }
    }

    public void TellNotSaved(bool rightLanguage, bool inputsKept)
    {
        Interlocked.Increment(ref _told);
        if (!rightLanguage)
        {
            Interlocked.Increment(ref _toldInWrongLanguage);
        }

        if (!inputsKept)
        {
            Interlocked.Increment(ref _retryDataChanged);
        }
    }

    public void FailUntold(string reason)
    {
        if (Interlocked.Increment(ref _untold) <= KeptSamples)
        {
            _untoldSamples.Enqueue(reason);
        }
    }

    public void Took(long milliseconds)
    {
        var current = Interlocked.Read(ref _slowestCallMs);
        while (milliseconds > current)
        {
            var seen = Interlocked.CompareExchange(ref _slowestCallMs, milliseconds, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }

    public string Describe(int lost) =>
        $"answers attempted {Attempted}, acknowledged {Acknowledged}, retried-ok {RetriedOk}, lost {lost}; " +
        $"calls failed-and-told {Told} (wrong language {ToldInWrongLanguage}, inputs not kept {RetryDataChanged}), " +
        $"calls failed untold {Untold} (cut, refused, 5xx or unexpected card); slowest call {SlowestCallMs} ms" +
        (UntoldSamples.Count > 0 ? $"; first untold failures: {string.Join(" | ", UntoldSamples)}" : "");
}
