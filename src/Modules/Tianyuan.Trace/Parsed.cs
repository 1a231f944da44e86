namespace Tianyuan.Trace;

/// <summary>
/// The outcome of reading something a person, a partner or an auditor handed in (a GTIN, a Digital Link, a signed
/// checkpoint): a value, or one sentence saying what is wrong ("GTIN-13 check digit should be 7, not 3"). Such input
/// is expected to be wrong sometimes, so this is a value to show rather than an exception to catch.
/// </summary>
readonly record struct Parsed<T>
{
    readonly T? value;

    Parsed(T? value, string? error, ParseProblem kind) => (this.value, Error, Kind) = (value, error, kind);

    /// <summary>What is wrong, or null when the input was read.</summary>
    public string? Error { get; }

    /// <summary>Which kind of mistake <see cref="Error"/> describes, so a form can say it in the reader's language.</summary>
    public ParseProblem Kind { get; }

    public bool Ok => Error is null;

    /// <summary>The value read; asking for it after a failure is a programming error, not a user error.</summary>
    public T Value => Ok ? value! : throw new InvalidOperationException("No value: " + Error);

    public static Parsed<T> Success(T value) => new(value, null, ParseProblem.None);

    public static Parsed<T> Fail(string error, ParseProblem kind = ParseProblem.Other) => new(default, error, kind);

    /// <summary>Carries this failure over to a result of another type.</summary>
    public Parsed<TOther> As<TOther>() => Parsed<TOther>.Fail(Error ?? "no error to carry over", Kind);
}

/// <summary>The kinds of mistake people make typing a numeric GS1 key, each of which the record page says in its own words.</summary>
enum ParseProblem
{
    None,
    Other,
    Length,
    NotDigits,
    CheckDigit,
}

/// <summary>Chaining for <see cref="Parsed{T}"/>: each step runs only if the one before succeeded.</summary>
static class ParsedExtensions
{
    public static Parsed<TOut> Bind<TIn, TOut>(this Parsed<TIn> result, Func<TIn, Parsed<TOut>> next) =>
        result.Ok ? next(result.Value) : result.As<TOut>();
}
