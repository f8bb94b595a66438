namespace Corroborate.Pipeline;

/// <summary>Which exceptions a catch site per input may record and pass over, and how it names them.</summary>
internal static class Failures
{
    /// <summary>A failure of this input, not of the process: cancellation and running out of memory are never swallowed.</summary>
    public static bool IsRecoverable(Exception e) => e is not (OperationCanceledException or OutOfMemoryException or InsufficientExecutionStackException);

    public static string Describe(Exception e) => $"{e.GetType().Name}: {e.Message}";
}
