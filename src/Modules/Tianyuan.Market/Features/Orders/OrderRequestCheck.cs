namespace Tianyuan.Market.Features.Orders;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;
using Tianyuan.Market.Payments;
using Tianyuan.Market.Pricing;
using Tianyuan.Market.Resources;

/// <summary>
/// Everything about an order request that can be checked before taking stock: the lines (offers on sale, units,
/// minimum and steps), the campaign (open, its offers, its group prices), the pickup point and the payment method.
/// Fields are named as the JSON has them (lines[1].quantity), so forms and API clients can show the message in place.
/// </summary>
static class OrderRequestCheck
{
    public sealed record PricedLine(int RequestIndex, Offer Offer, Product Product, decimal Quantity, decimal UnitPrice, decimal LineTotal)
    {
        public string Name => $"{Product.NameZh} · {Offer.NameZh}";
    }

    public sealed record Result(Outcome<OrderView>? Failure, IReadOnlyList<PricedLine> Lines, string PaymentMethod);

    public static async Task<Result> RunAsync(PlaceOrder.Request request, MarketDb db, IStringLocalizer<MarketText> t, DateTimeOffset now, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var lines = request.Lines ?? [];
        if (lines.Count == 0)
            errors["lines"] = [t["LinesRequired"]];
        else if (lines.Count > PlaceOrder.MaxLines)
            errors["lines"] = [t["TooManyLines", PlaceOrder.MaxLines]];
        for (var i = 0; i < Math.Min(lines.Count, PlaceOrder.MaxLines); i++)
        {
            if (lines[i]?.OfferId is null)
                errors[$"lines[{i}].offerId"] = [t["OfferRequired"]];
            else if (lines.Take(i).Any(l => l?.OfferId == lines[i].OfferId))
                errors[$"lines[{i}].offerId"] = [t["OfferTwice"]];
        }

        var paymentMethod = request.PaymentMethod ?? (request.PickupPointId is null ? PaymentMethods.BankTransfer : PaymentMethods.PayAtPickup);
        if (!PaymentMethods.IsKnown(paymentMethod))
            errors["paymentMethod"] = [t["PaymentMethodUnknown", string.Join(", ", PaymentMethods.All)]];
        if (request.ContactPhone is { } phone && !ChinaPhone.IsValid(phone.Trim()))
            errors["contactPhone"] = [t["ContactPhoneInvalid"]];
        if (request.ContactName is { Length: > 40 })
            errors["contactName"] = [t["ContactNameTooLong"]];
        if (request.DeliveryAddress is { Length: > 200 })
            errors["deliveryAddress"] = [t["AddressTooLong"]];
        if (request.CampaignId is not null && request.PickupPointId is null)
            errors["pickupPointId"] = [t["PickupPointRequired"]];
        if (errors.Count > 0)
            return Fail(Outcome<OrderView>.Invalid(errors));

        var offerIds = lines.Select(l => l.OfferId!.Value).ToList();
        var offers = await db.Offers.AsNoTracking().Where(o => offerIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        var productIds = offers.Values.Select(o => o.ProductId).Distinct().ToList();
        var products = await db.Products.AsNoTracking().Where(p => productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);

        Campaign? campaign = null;
        if (request.CampaignId is { } campaignId)
        {
            campaign = await db.Campaigns.AsNoTracking().Include(c => c.Items).FirstOrDefaultAsync(c => c.Id == campaignId, ct);
            if (campaign is null)
                return Fail(Outcome<OrderView>.NotFound(t["CampaignNotFound", campaignId]));
            if (campaign.Status != CampaignStatus.Open || campaign.CutOffAt <= now)
                return Fail(Outcome<OrderView>.Unprocessable("campaign-closed", t["CampaignClosed"], "campaignId"));
            if (campaign.OpensAt > now)
                return Fail(Outcome<OrderView>.Unprocessable("campaign-not-open", t["CampaignNotOpen", campaign.OpensAt.ToChinaTime().ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)], "campaignId"));
        }

        if (request.PickupPointId is { } pointId)
        {
            var point = await db.PickupPoints.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pointId, ct);
            if (point is null || !point.Active)
                return Fail(Outcome<OrderView>.NotFound(t["PickupPointNotFound", pointId]));
        }

        var priced = new List<PricedLine>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (!offers.TryGetValue(line.OfferId!.Value, out var offer) || !offer.Active || !products[offer.ProductId].Published)
                return Fail(Outcome<OrderView>.NotFound(t["OfferNotFound", line.OfferId!.Value]));
            var problem = SaleQuantity.Check(offer, line.Quantity, line.Unit, out var quantity);
            if (problem != SaleQuantity.Problem.None)
                errors[$"lines[{i}].{(problem is SaleQuantity.Problem.UnknownUnit or SaleQuantity.Problem.UnitMismatch ? "unit" : "quantity")}"] =
                    [QuantityMessage(problem, offer, t)];
            var unitPrice = offer.UnitPrice;
            if (campaign is not null)
            {
                if (campaign.Items.FirstOrDefault(it => it.OfferId == offer.Id) is not { } item)
                {
                    errors[$"lines[{i}].offerId"] = [t["OfferNotInCampaign"]];
                    continue;
                }

                unitPrice = item.GroupPrice;
            }

            priced.Add(new PricedLine(i, offer, products[offer.ProductId], quantity, unitPrice, Money.Yuan(unitPrice * quantity).RoundToFen().Amount));
        }

        return errors.Count > 0 ? Fail(Outcome<OrderView>.Invalid(errors)) : new Result(null, priced, paymentMethod);
    }

    public static string QuantityMessage(SaleQuantity.Problem problem, Offer offer, IStringLocalizer<MarketText> t) => problem switch
    {
        SaleQuantity.Problem.Missing or SaleQuantity.Problem.NotPositive => t["QuantityPositive"],
        SaleQuantity.Problem.UnknownUnit => t["UnitUnknown"],
        SaleQuantity.Problem.UnitMismatch => t["UnitMismatch", t["Unit_" + offer.Unit]],
        SaleQuantity.Problem.BelowMinimum => t["QuantityBelowMinimum", QuantityText.Format(offer.MinQuantity, offer.Unit, t)],
        SaleQuantity.Problem.NotAStep => t["QuantityNotAStep", QuantityText.Format(offer.Step, offer.Unit, t), QuantityText.Format(offer.MinQuantity, offer.Unit, t)],
        _ => t["QuantityTooPrecise"],
    };

    static Result Fail(Outcome<OrderView> failure) => new(failure, [], "");
}
