namespace Tianyuan.Farm.Alerts;

using Microsoft.Extensions.Logging;

/// <summary>
/// SMS without a gateway: no SMS provider is integrated yet, so this sink sends nothing. It writes the text it would have
/// sent to the log and records the delivery as "logged-only", so nobody believes a farmer got a message they did not.
/// </summary>
sealed partial class LogOnlySmsSink(ILogger<LogOnlySmsSink> logger) : IAlertSink
{
    public string Channel => "sms";

    public Task<DeliveryResult> DeliverAsync(AlertNotice notice, CancellationToken ct)
    {
        NotSent(logger, notice.AlertId, notice.FarmName, notice.Text);
        return Task.FromResult(new DeliveryResult("logged-only", "No SMS gateway is configured: nothing was sent."));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No SMS gateway is configured: alert {AlertId} for {Farm} was not sent by SMS. Text: {Text}")]
    static partial void NotSent(ILogger logger, Guid alertId, string farm, string text);
}
