namespace Tianyuan.Stays.Calendar;

using System.Diagnostics.CodeAnalysis;

/// <summary>
/// What an imported feed says: the blocked ranges and warnings (events left out, and why), or one error for the host.
/// An error means "keep the blocks you have": a feed that cannot be read whole must not release anything.
/// </summary>
/// <remarks>Messages are Chinese then English, e.g. "第 12 行: … / line 12: …", since hosts read them as they are.</remarks>
sealed class IcalParseResult
{
    IcalParseResult(IReadOnlyList<BlockedRange> ranges, IReadOnlyList<string> warnings, string? error)
    {
        Ranges = ranges;
        Warnings = warnings;
        Error = error;
    }

    public IReadOnlyList<BlockedRange> Ranges { get; }

    public IReadOnlyList<string> Warnings { get; }

    public string? Error { get; }

    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Error is null;

    public static IcalParseResult Parsed(IReadOnlyList<BlockedRange> ranges, IReadOnlyList<string> warnings) => new(ranges, warnings, null);

    public static IcalParseResult Failed(string error) => new([], [], error);

    public static string Message(string zh, string en) => $"{zh} / {en}";

    public static string AtLine(int line, string zh, string en) => $"第 {line} 行: {zh} / line {line}: {en}";
}
