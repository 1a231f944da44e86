namespace Tianyuan.Farm.Alerts;

/// <summary>An alert as a sink tells it: the farm and the sentence (in Chinese, the farms' language).</summary>
sealed record AlertNotice(Guid AlertId, Guid FarmId, string FarmName, string Text);

/// <summary>What became of one delivery: delivered, logged-only (nothing was sent) or failed, with a word on why.</summary>
sealed record DeliveryResult(string Status, string? Detail);

/// <summary>
/// A way to tell a farm's people about a new alert. Every registered sink gets every new alert once, and the outcome is
/// recorded on the alert (farm_alert_delivery), so "was the farmer told?" has an answer. WeChat or a real SMS gateway
/// are further sinks.
/// </summary>
interface IAlertSink
{
    /// <summary>inbox, sms …: the name the delivery is recorded under.</summary>
    string Channel { get; }

    Task<DeliveryResult> DeliverAsync(AlertNotice notice, CancellationToken ct);
}
