namespace Tianyuan.Stays.Calendar;

using System.Text;

/// <summary>RFC 5545 TEXT escaping (§3.3.11) and content-line folding (§3.1), both ways.</summary>
static class IcalText
{
    /// <summary>§3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break.</summary>
    public const int MaxLineOctets = 75;

    public static string Escape(string value)
    {
        var sb = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\': sb.Append(@"\\"); break;
                case ';': sb.Append(@"\;"); break;
                case ',': sb.Append(@"\,"); break;
                case '\r':
                    // CRLF is one line break, a lone CR another.
                    if (i + 1 < value.Length && value[i + 1] == '\n')
                        i++;
                    sb.Append(@"\n");
                    break;
                case '\n': sb.Append(@"\n"); break;
                // TEXT excludes control characters other than tab (§3.3.11); drop them rather than emit an invalid line.
                case < ' ' and not '\t' or '\u007f': break;
                default: sb.Append(c); break;
            }
        }

        return sb.ToString();
    }

    public static string Unescape(string value)
    {
        if (!value.Contains('\\', StringComparison.Ordinal))
            return value;
        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c != '\\' || i + 1 == value.Length)
            {
                sb.Append(c);
                continue;
            }

            // Unknown escapes (some feeds write "\:") keep the character after the backslash.
            var next = value[++i];
            sb.Append(next is 'n' or 'N' ? '\n' : next);
        }

        return sb.ToString();
    }

    /// <summary>
    /// Appends one content line folded at <see cref="MaxLineOctets"/> UTF-8 octets, each continuation starting with a space,
    /// and ends it with CRLF. Folds fall between characters (whole runes), never inside a UTF-8 sequence or a surrogate pair.
    /// </summary>
    public static void AppendFolded(StringBuilder output, string line)
    {
        int octets = 0, index = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > MaxLineOctets)
            {
                output.Append("\r\n ");
                octets = 1;
            }

            output.Append(line, index, rune.Utf16SequenceLength);
            index += rune.Utf16SequenceLength;
            octets += size;
        }

        output.Append("\r\n");
    }
}
