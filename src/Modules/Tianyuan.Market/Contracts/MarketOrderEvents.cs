namespace Tianyuan.Market.Contracts;

using Tianyuan.Kernel.Outbox;

/// <summary>An order was placed: its stock is reserved. Farm adoption reacts to orders of its adoption offers.</summary>
public sealed record MarketOrderPlaced(Guid OrderId, Guid CustomerUserId, IReadOnlyList<MarketOrderLine> Lines, DateTimeOffset At) : IIntegrationEvent;

/// <summary>An order was cancelled and its stock returned; whatever another module gave for it should be taken back.</summary>
public sealed record MarketOrderCancelled(Guid OrderId, Guid CustomerUserId, DateTimeOffset At) : IIntegrationEvent;

/// <summary>One line of an order as other modules see it: which offer, how much, in the offer's unit.</summary>
public sealed record MarketOrderLine(Guid OfferId, Guid ProductId, Guid OrganisationId, decimal Quantity, string Unit);
