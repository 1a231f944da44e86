namespace Tianyuan.Stays.Features.CalendarSync;

using System.Text;
using Tianyuan.Stays.Calendar;

/// <summary>Reads a calendar body as text, stopping at <see cref="IcalImport.MaxBytes"/> rather than loading whatever a server or an upload sends.</summary>
static class IcalFile
{
    /// <summary>The text (UTF-8; a BOM is left for the parser to drop), or null when there is more than the limit.</summary>
    public static async Task<string?> ReadAsync(Stream body, CancellationToken ct)
    {
        var buffer = new byte[IcalImport.MaxBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await body.ReadAsync(buffer.AsMemory(length), ct)) > 0)
            length += read;
        return length > IcalImport.MaxBytes ? null : Encoding.UTF8.GetString(buffer, 0, length);
    }

    public static string TooLarge => IcalParseResult.Message(
        $"日历文件超过 {IcalImport.MaxBytes / 1024 / 1024} MB", $"the calendar is larger than {IcalImport.MaxBytes / 1024 / 1024} MB");
}
