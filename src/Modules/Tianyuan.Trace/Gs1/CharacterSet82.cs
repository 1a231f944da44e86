namespace Tianyuan.Trace.Gs1;

using System.Text;

/// <summary>
/// GS1 AI encodable character set 82 (GS1 General Specifications Figure 7.11-1): what serials, lots and other
/// alphanumeric AI values may contain, and how those characters are escaped in a Digital Link path and in an EPC URN.
/// </summary>
static class CharacterSet82
{
    const string Symbols = "!\"%&'()*+,-./:;<=>?_";

    public static bool Contains(char c) =>
        c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' || Symbols.Contains(c, StringComparison.Ordinal);

    /// <summary>Null when every character of <paramref name="value"/> is in the set; else the sentence naming the first that is not.</summary>
    public static string? Problem(string value, string what)
    {
        foreach (var c in value)
        {
            if (!Contains(c))
            {
                return $"{what} may not contain '{c}' (GS1 character set 82)";
            }
        }

        return null;
    }

    /// <summary>
    /// Percent-encodes a value for a Digital Link path segment. Only RFC 3986 unreserved characters stay literal, so a
    /// '/' in a serial cannot be read as a new segment and every tool writes the same canonical URI.
    /// </summary>
    public static string ForDigitalLink(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '.' or '_')
            {
                sb.Append(c);
            }
            else
            {
                AppendEscaped(sb, c);
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Escapes a value for an EPC URN (GS1 EPC Tag Data Standard §5): only the characters that the URN syntax reserves
    /// or that are unsafe in XML are escaped; the others stand as they are.
    /// </summary>
    public static string ForEpcUrn(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '"' or '%' or '&' or '/' or '<' or '>' or '?')
            {
                AppendEscaped(sb, c);
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Decodes %XX escapes; null when an escape is malformed, so the caller can say so.</summary>
    public static string? Unescape(string value)
    {
        if (!value.Contains('%', StringComparison.Ordinal))
        {
            return value;
        }

        var bytes = new List<byte>(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] != '%')
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(value[i].ToString()));
                continue;
            }

            if (i + 2 >= value.Length || !Uri.IsHexDigit(value[i + 1]) || !Uri.IsHexDigit(value[i + 2]))
            {
                return null;
            }

            bytes.Add((byte)Convert.ToInt32(value.Substring(i + 1, 2), 16));
            i += 2;
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }

    static void AppendEscaped(StringBuilder sb, char c) => sb.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
}
