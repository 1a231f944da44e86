namespace Tianyuan.Market.Features.PreSales;

using Tianyuan.Kernel;

/// <summary>
/// Shares a harvest among pre-orders. Enough for everyone: everyone gets what they ordered. Short: each gets the
/// same fraction of their quantity (actual / committed), rounded down to the step; the steps left over go one at a
/// time to the earliest pre-orders still short. For each: the deposit counts towards what was delivered, the rest
/// of the value is due on delivery, and the deposit of what was not delivered is refunded.
/// </summary>
static class PreSaleAllocation
{
    public sealed record Claim(Guid Id, decimal Quantity, decimal Deposit);

    public sealed record Share(Guid Id, decimal Fulfilled, decimal BalanceDue, decimal DepositRefund);

    /// <param name="claims">In arrival order (first come first).</param>
    public static IReadOnlyList<Share> Allocate(IReadOnlyList<Claim> claims, decimal actual, decimal step, decimal pricePerUnit)
    {
        var committed = claims.Sum(c => c.Quantity);
        var fulfilled = claims.Select(c => actual >= committed ? c.Quantity : Math.Floor(c.Quantity * actual / committed / step) * step).ToArray();
        var left = actual >= committed ? 0 : actual - fulfilled.Sum();
        while (left >= step)
        {
            var given = false;
            for (var i = 0; i < claims.Count && left >= step; i++)
            {
                if (fulfilled[i] + step > claims[i].Quantity)
                    continue;
                fulfilled[i] += step;
                left -= step;
                given = true;
            }

            if (!given)
                break;
        }

        return [.. claims.Select((c, i) => ShareOf(c, fulfilled[i], pricePerUnit))];
    }

    static Share ShareOf(Claim claim, decimal fulfilled, decimal pricePerUnit)
    {
        // The deposit is paid per unit, so the part of it for the delivered units is the same fraction of it.
        var depositUsed = Money.Yuan(claim.Deposit * fulfilled / claim.Quantity).RoundToFen().Amount;
        var value = Money.Yuan(pricePerUnit * fulfilled).RoundToFen().Amount;
        return new Share(claim.Id, fulfilled, value - depositUsed, claim.Deposit - depositUsed);
    }
}
