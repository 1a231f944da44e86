namespace Tianyuan.Market.Features.Orders;

/// <summary>Passes on a failed step's answer when one use case builds on another (a complaint resolved by a refund).</summary>
static class OutcomeFailure
{
    public static Outcome<TOut> As<TOut, TIn>(Outcome<TIn> failed)
    {
        var slug = failed.ProblemType?.Replace(Problems.TypePrefix, "", StringComparison.Ordinal) ?? "unprocessable";
        var field = failed.Errors.Keys.FirstOrDefault();
        return failed.Status switch
        {
            400 => Outcome<TOut>.Invalid(failed.Errors),
            403 => Outcome<TOut>.Forbidden(failed.Detail ?? ""),
            404 => Outcome<TOut>.NotFound(failed.Detail ?? ""),
            409 => Outcome<TOut>.Conflict(slug, failed.Detail ?? "", field),
            _ => Outcome<TOut>.Unprocessable(slug, failed.Detail ?? "", field),
        };
    }
}
