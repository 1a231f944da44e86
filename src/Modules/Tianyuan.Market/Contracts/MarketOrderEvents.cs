namespace Tianyuan.Market.Contracts;

using Tianyuan.Kernel.Outbox;

/// <summary>An order was placed: its stock is reserved. Farm adoption reacts to orders of its adoption offers.</summary>
public sealed record MarketOrderPlaced(Guid OrderId, Guid CustomerUserId, IReadOnlyList<MarketOrderLine> Lines, DateTimeOffset At) : IIntegrationEvent;

/// <summary>An order was cancelled and its stock returned; whatever another module gave for it should be taken back.</summary>
public sealed record MarketOrderCancelled(Guid OrderId, Guid CustomerUserId, DateTimeOffset At) : IIntegrationEvent;

/// <summary>One line of an order as other modules see it: which offer, how much, in the offer's unit.</summary>
public sealed record MarketOrderLine(Guid OfferId, Guid ProductId, Guid OrganisationId, decimal Quantity, string Unit);

/// <summary>An order left the farm; each line names the lot it was drawn from, when the stock had lots.</summary>
public sealed record MarketOrderDispatched(Guid OrderId, string OrderNumber, IReadOnlyList<MarketShippedLine> Lines, DateTimeOffset At) : IIntegrationEvent;

public sealed record MarketShippedLine(Guid LineId, Guid ProductId, string? LotCode, decimal Quantity, string Unit);
