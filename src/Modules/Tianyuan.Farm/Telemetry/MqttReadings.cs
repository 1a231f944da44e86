namespace Tianyuan.Farm.Telemetry;

using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using MQTTnet.Protocol;
using Tianyuan.Farm.Features.Telemetry;

/// <summary>What became of one MQTT message.</summary>
enum MqttVerdict
{
    /// <summary>Its readings are durable: acknowledge it.</summary>
    Stored,

    /// <summary>It can never be stored (bad topic, bad payload): acknowledge with the reason, never redeliver.</summary>
    Refused,

    /// <summary>The device is unknown or revoked: drop its connection (embedded) or the message (external).</summary>
    Unknown,

    /// <summary>Not stored this time (queue full, database down): do not acknowledge, so the message comes again.</summary>
    Retry,
}

readonly record struct MqttOutcome(MqttVerdict Verdict, MqttPubAckReasonCode Code = MqttPubAckReasonCode.Success, string? Reason = null);

/// <summary>
/// One MQTT message from a device into the ingest queue, the same for the embedded broker and an external one:
/// the topic must be the device's own (<c>farm/{farmId}/sensor/{deviceId}/up</c>), the payload SenML; the answer
/// says whether the message may be acknowledged.
/// </summary>
sealed class MqttReadings(IngestQueue queue, KnownDevices devices, TimeProvider clock, ILogger<MqttReadings> logger)
{
    /// <summary>Messages refused per device since start (bad topic, bad payload), for the logs.</summary>
    public ConcurrentDictionary<Guid, int> Refused { get; } = new();

    public static string Topic(Guid farmId, Guid deviceId) => $"farm/{farmId}/sensor/{deviceId}/up";

    public async Task<MqttOutcome> AcceptAsync(Guid deviceId, string topic, ReadOnlySequence<byte> payload, CancellationToken ct)
    {
        Domain.Device? device;
        try
        {
            device = await devices.FindActiveAsync(deviceId, ct);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            // The database is away (restart, failover): the message must come again, not be acknowledged.
            logger.LogWarning(e, "Could not look up device {Device}; the message will be delivered again", deviceId);
            return new MqttOutcome(MqttVerdict.Retry, Reason: "the database is not reachable");
        }

        if (device is null)
            return new MqttOutcome(MqttVerdict.Unknown);
        var own = Topic(device.FarmId, device.Id);
        if (topic != own)
            return Refuse(deviceId, MqttPubAckReasonCode.TopicNameInvalid, $"topic '{topic}' is not this device's ({own})");

        var now = clock.GetUtcNow();
        ReadingBatch batch;
        try
        {
            using var document = JsonDocument.Parse(payload);
            if (document.RootElement.ValueKind == JsonValueKind.Array && document.RootElement.GetArrayLength() > IngestSenml.MaxRecords)
                return Refuse(deviceId, MqttPubAckReasonCode.QuotaExceeded, $"more than {IngestSenml.MaxRecords} records in one message");

            var (records, errors) = SenmlPack.Parse(document.RootElement, now);
            (batch, var refused) = SenmlClassifier.Classify(device, records, now);
            if (errors.Count + refused.Count > 0)
                logger.LogWarning("Device {Device}: {Count} SenML records refused, first: {Reason}", deviceId, errors.Count + refused.Count,
                    errors.Select(x => x.Reason).Concat(refused.Select(x => x.Reason)).First());
        }
        catch (JsonException)
        {
            return Refuse(deviceId, MqttPubAckReasonCode.PayloadFormatInvalid, "payload is not JSON");
        }

        if (batch.Readings.Count + batch.Quarantined.Count == 0)
            return Refuse(deviceId, MqttPubAckReasonCode.PayloadFormatInvalid, "no record in the message could be stored (see the log for each reason)");
        try
        {
            if (await queue.StoreAsync(batch, ct) is null)
                return new MqttOutcome(MqttVerdict.Retry, Reason: "the ingest queue is full");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Readings from device {Device} were not stored; the message will be delivered again", deviceId);
            return new MqttOutcome(MqttVerdict.Retry, Reason: "the readings could not be stored");
        }

        // The readings are durable: from here nothing may make the device resend them.
        await devices.SeenAsync(device, ct);
        return new MqttOutcome(MqttVerdict.Stored);
    }

    MqttOutcome Refuse(Guid deviceId, MqttPubAckReasonCode code, string reason)
    {
        Refused.AddOrUpdate(deviceId, 1, (_, n) => n + 1);
        logger.LogWarning("Device {Device}: message refused, {Reason}", deviceId, reason);
        return new MqttOutcome(MqttVerdict.Refused, code, reason);
    }
}
