using System.Runtime.InteropServices;

namespace CompetencyTeams.TestSupport;

/// <summary>POSIX signals for child processes: .NET's Process.Kill only sends SIGKILL.</summary>
public static partial class Signals
{
    private const int SigTerm = 15;

    public static bool Terminate(int processId) =>
        !OperatingSystem.IsWindows() && NativeKill(processId, SigTerm) == 0;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int NativeKill(int pid, int signal);
}
