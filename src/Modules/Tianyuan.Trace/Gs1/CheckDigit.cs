namespace Tianyuan.Trace.Gs1;

/// <summary>
/// The GS1 mod-10 check digit (GS1 General Specifications §7.9.1), shared by GTIN, GLN, SSCC, GDTI and GRAI:
/// weights 3 and 1 alternate from the digit next to the check digit leftwards, and the check digit brings the sum up
/// to a multiple of ten. One algorithm for every length, so the same code serves all keys.
/// </summary>
static class CheckDigit
{
    /// <summary>The check digit for <paramref name="body"/>, the key's digits without the check digit.</summary>
    public static int Compute(ReadOnlySpan<char> body)
    {
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            // Position 1 is the digit right of which the check digit will stand; odd positions weigh 3.
            var fromRight = body.Length - i;
            sum += (body[i] - '0') * (fromRight % 2 == 1 ? 3 : 1);
        }

        return (10 - (sum % 10)) % 10;
    }

    /// <summary>The body with its check digit appended.</summary>
    public static string Append(string body) => body + (char)('0' + Compute(body));

    public static bool AllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return text.Length > 0;
    }

    /// <summary>A fixed-length numeric key (GLN, SSCC): the trimmed digits, or what is wrong with them.</summary>
    public static Parsed<string> ReadKey(string? input, int length, string withArticle, string what)
    {
        var digits = (input ?? "").Trim();
        return digits.Length != length ? Parsed<string>.Fail($"{withArticle} has {length} digits, this has {digits.Length}", ParseProblem.Length)
            : Check(digits, what);
    }

    /// <summary>True for digits only, and for the empty string.</summary>
    public static bool AllDigitsOrEmpty(ReadOnlySpan<char> text) => text.Length == 0 || AllDigits(text);

    /// <summary>
    /// Null when <paramref name="digits"/> is all digits with the right check digit at the end; otherwise the sentence
    /// that tells the user which digit it should be.
    /// </summary>
    public static string? Problem(string digits, string what) => Check(digits, what).Error;

    /// <summary>The digits when they are all digits with the right check digit at the end; otherwise what is wrong, and its kind.</summary>
    public static Parsed<string> Check(string digits, string what)
    {
        if (!AllDigits(digits))
        {
            return Parsed<string>.Fail($"{what} must contain only digits 0-9", ParseProblem.NotDigits);
        }

        var expected = Compute(digits.AsSpan(0, digits.Length - 1));
        var actual = digits[^1] - '0';
        return expected == actual ? Parsed<string>.Success(digits) : Parsed<string>.Fail($"{what} check digit should be {expected}, not {actual}", ParseProblem.CheckDigit);
    }
}
