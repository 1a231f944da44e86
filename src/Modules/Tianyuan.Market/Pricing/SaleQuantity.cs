namespace Tianyuan.Market.Pricing;

using Tianyuan.Kernel;
using Tianyuan.Market.Domain;

/// <summary>
/// Is this a quantity the offer can be bought in? The customer may write it in any unit that converts to the
/// offer's (3 斤 of a kg offer is 1.5 kg); it must reach the minimum and be a whole number of steps.
/// </summary>
static class SaleQuantity
{
    /// <summary>Thousandths: the precision quantities are stored at (see MarketDb).</summary>
    public const int Decimals = 3;

    public enum Problem { None, Missing, NotPositive, UnknownUnit, UnitMismatch, BelowMinimum, NotAStep, TooPrecise }

    public static Problem Check(Offer offer, decimal? quantity, string? unitText, out decimal inOfferUnit)
    {
        inOfferUnit = 0;
        if (quantity is null)
            return Problem.Missing;
        if (quantity <= 0)
            return Problem.NotPositive;
        var unit = offer.SaleUnit;
        if (!string.IsNullOrWhiteSpace(unitText))
        {
            if (!Unit.TryParse(unitText, out var given))
                return Problem.UnknownUnit;
            if (!given.ConvertsTo(offer.SaleUnit))
                return Problem.UnitMismatch;
            unit = given;
        }

        inOfferUnit = Quantity.Of(quantity.Value, unit).ConvertTo(offer.SaleUnit).Value;
        if (Math.Round(inOfferUnit, Decimals) != inOfferUnit)
            return Problem.TooPrecise;
        if (inOfferUnit < offer.MinQuantity)
            return Problem.BelowMinimum;
        if ((inOfferUnit - offer.MinQuantity) % offer.Step != 0)
            return Problem.NotAStep;
        return Problem.None;
    }
}
