namespace Tianyuan.Market.Domain;

/// <summary>
/// One attempt to pay an order online through a provider (the sandbox today): the amount asked for and what the
/// provider's webhook said about it. An order can have several (a declined card, then a second try).
/// </summary>
sealed class PaymentIntent
{
    public Guid Id { get; init; }

    public Guid OrderId { get; init; }

    /// <summary>The <c>IPaymentProvider</c> name.</summary>
    public required string Provider { get; init; }

    /// <summary>CNY asked for; the webhook must report exactly this.</summary>
    public decimal Amount { get; init; }

    public string Status { get; set; } = PaymentIntentStatus.Pending;

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; set; }
}

static class PaymentIntentStatus
{
    public const string Pending = nameof(Pending);
    public const string Succeeded = nameof(Succeeded);
    public const string Failed = nameof(Failed);
}

/// <summary>
/// A provider webhook event we acted on. The unique (provider, event id) index is the replay guard: a second
/// delivery of the same event cannot insert its row, so it cannot change an order twice.
/// </summary>
sealed class ProviderEvent
{
    public long Id { get; init; }

    public required string Provider { get; init; }

    public required string EventId { get; init; }

    public Guid IntentId { get; init; }

    public required string Type { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }
}

/// <summary>Module settings the app makes itself and keeps across restarts (the generated sandbox webhook secret).</summary>
sealed class Setting
{
    public required string Key { get; init; }

    public required string Value { get; init; }
}
