namespace Tianyuan.Trace.Gs1;

/// <summary>
/// The outcome of reading an identifier that a person or a partner typed: a value, or one sentence saying what is
/// wrong with it ("GTIN-13 check digit should be 7, not 3"). User input is expected to be wrong sometimes, so this is
/// a value to show rather than an exception to catch.
/// </summary>
readonly record struct Gs1Result<T>
{
    readonly T? value;

    Gs1Result(T? value, string? error) => (this.value, Error) = (value, error);

    /// <summary>What is wrong, or null when the input was read.</summary>
    public string? Error { get; }

    public bool Ok => Error is null;

    /// <summary>The value read; asking for it after a failure is a programming error, not a user error.</summary>
    public T Value => Ok ? value! : throw new InvalidOperationException("No value: " + Error);

    public static Gs1Result<T> Success(T value) => new(value, null);

    public static Gs1Result<T> Fail(string error) => new(default, error);

    /// <summary>Carries this failure over to a result of another type.</summary>
    public Gs1Result<TOther> As<TOther>() => Gs1Result<TOther>.Fail(Error ?? "no error to carry over");
}

/// <summary>Chaining for <see cref="Gs1Result{T}"/>: each step runs only if the one before succeeded.</summary>
static class Gs1ResultExtensions
{
    public static Gs1Result<TOut> Bind<TIn, TOut>(this Gs1Result<TIn> result, Func<TIn, Gs1Result<TOut>> next) =>
        result.Ok ? next(result.Value) : result.As<TOut>();
}
