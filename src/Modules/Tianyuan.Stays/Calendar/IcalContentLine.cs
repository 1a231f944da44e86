namespace Tianyuan.Stays.Calendar;

/// <summary>
/// One unfolded RFC 5545 content line (§3.1): NAME *(";" param "=" value) ":" value. Names and parameter names are
/// upper-cased; <see cref="Line"/> is the physical line it starts on, so errors point where the host can look.
/// </summary>
sealed record IcalContentLine(int Line, string Name, IReadOnlyDictionary<string, string> Parameters, string Value)
{
    public string? Parameter(string name) => Parameters.TryGetValue(name, out var value) ? value : null;

    /// <summary>
    /// Splits on CRLF, LF or lone CR (feeds use all three), unfolds lines that start with a space or tab, skips blank lines.
    /// Returns null with <paramref name="error"/> set for the first line that is not a content line.
    /// </summary>
    public static List<IcalContentLine>? ReadAll(string text, out string? error)
    {
        var result = new List<IcalContentLine>();
        var logical = new System.Text.StringBuilder();
        int physical = 0, start = 0;
        var position = 0;
        error = null;
        while (position <= text.Length)
        {
            var end = text.IndexOfAny(['\r', '\n'], position);
            if (end < 0)
                end = text.Length;
            var line = text.AsSpan(position, end - position);
            physical++;
            if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t') && logical.Length > 0)
                logical.Append(line[1..]);
            else
            {
                if (!Flush(logical, start, result, out error))
                    return null;
                logical.Clear().Append(line);
                start = physical;
            }

            if (end == text.Length)
                break;
            position = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }

        return Flush(logical, start, result, out error) ? result : null;
    }

    static bool Flush(System.Text.StringBuilder logical, int line, List<IcalContentLine> result, out string? error)
    {
        error = null;
        if (logical.Length == 0 || string.IsNullOrWhiteSpace(logical.ToString()))
            return true;
        var parsed = Parse(logical.ToString(), line);
        if (parsed is null)
        {
            var text = logical.ToString();
            var shown = text.Length > 40 ? text[..40] + "…" : text;
            error = IcalParseResult.AtLine(line, $"不是 iCalendar 格式的行 “{shown}”", $"not an iCalendar content line '{shown}'");
            return false;
        }

        result.Add(parsed);
        return true;
    }

    static IcalContentLine? Parse(string text, int line)
    {
        var i = NameEnd(text, 0);
        if (i == 0)
            return null;
        var name = text[..i].ToUpperInvariant();
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        while (i < text.Length && text[i] == ';')
        {
            var nameStart = i + 1;
            i = NameEnd(text, nameStart);
            if (i == nameStart || i >= text.Length || text[i] != '=')
                return null;
            var parameterName = text[nameStart..i].ToUpperInvariant();
            var values = new List<string>();
            do
            {
                i++;
                if (i < text.Length && text[i] == '"')
                {
                    var close = text.IndexOf('"', i + 1);
                    if (close < 0)
                        return null;
                    values.Add(text[(i + 1)..close]);
                    i = close + 1;
                }
                else
                {
                    var valueStart = i;
                    while (i < text.Length && text[i] is not (';' or ':' or ','))
                        i++;
                    values.Add(text[valueStart..i]);
                }
            }
            while (i < text.Length && text[i] == ',');
            parameters[parameterName] = string.Join(',', values);
        }

        return i < text.Length && text[i] == ':' ? new IcalContentLine(line, name, parameters, text[(i + 1)..]) : null;
    }

    /// <summary>§3.1: names are IANA tokens or X-names, letters, digits and dashes.</summary>
    static int NameEnd(string text, int start)
    {
        var i = start;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '-'))
            i++;
        return i;
    }
}
