namespace Tianyuan.Farm.Alerts;

/// <summary>
/// The farm's inbox: the 我的农场 page and GET /api/farm/alerts read open alerts straight from the table, so an alert is
/// in the inbox the moment it is stored. Recording it keeps the delivery history complete next to the other channels.
/// </summary>
sealed class InboxSink : IAlertSink
{
    public string Channel => "inbox";

    public Task<DeliveryResult> DeliverAsync(AlertNotice notice, CancellationToken ct) => Task.FromResult(new DeliveryResult("delivered", "/farm"));
}
