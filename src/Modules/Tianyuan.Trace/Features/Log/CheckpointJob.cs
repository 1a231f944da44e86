namespace Tianyuan.Trace.Features.Log;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Tianyuan.Kernel.Jobs;
using Tianyuan.Trace.Data;
using Tianyuan.Trace.Domain;
using Tianyuan.Trace.Log;

/// <summary>
/// Every <c>Trace:Log:CheckpointSeconds</c> (60), on one node: signs a checkpoint when the log grew since the last
/// one (and a size-0 one on a new log, so there is always a signed head to verify against). Capture never signs:
/// it stays free of key access, and an event is covered by a checkpoint at most one interval after it is logged.
/// With <c>Trace:Log:WitnessUrl</c> set, each new note is POSTed there; a refusal is retried on the next tick.
/// </summary>
sealed class CheckpointJob(IServiceProvider services, TimeProvider clock, LogSettings settings, CheckpointKey key, IHttpClientFactory http, ILogger<CheckpointJob> logger)
    : ScheduledJob<TraceDb>(services, clock, logger)
{
    public const string WitnessClient = "trace-log-witness";

    protected override string Name => "log-checkpoint";

    protected override TimeSpan Interval => settings.CheckpointInterval;

    protected override async Task RunAsync(TraceDb db, CancellationToken ct)
    {
        var source = await DbLeafSource.OpenAsync(db, ct);
        var signed = await db.LogCheckpoints.MaxAsync(c => (long?)c.Size, ct);
        if (signed is null || source.Count > signed)
        {
            var root = await new MerkleTree(source).RootAsync(source.Count, ct);
            var note = key.Sign(new Checkpoint(settings.Origin, source.Count, root));
            db.LogCheckpoints.Add(new LogCheckpoint { Size = source.Count, RootHash = root, Note = note, SignedAt = Clock.GetUtcNow() });
            await db.SaveChangesAsync(ct);
        }

        if (settings.WitnessUrl is { } witness)
            await WitnessAsync(db, witness, ct);
    }

    async Task WitnessAsync(TraceDb db, Uri witness, CancellationToken ct)
    {
        var pending = await db.LogCheckpoints.Where(c => c.WitnessedAt == null).OrderBy(c => c.Size).Take(20).ToListAsync(ct);
        using var client = http.CreateClient(WitnessClient);
        foreach (var checkpoint in pending)
        {
            try
            {
                using var response = await client.PostAsync(witness, new StringContent(checkpoint.Note, System.Text.Encoding.UTF8, "text/plain"), ct);
                response.EnsureSuccessStatusCode();
                checkpoint.WitnessedAt = Clock.GetUtcNow();
            }
            catch (HttpRequestException e)
            {
                // Later notes extend this one; send them in order, so stop and try again next tick.
                logger.LogWarning(e, "The witness at {Witness} did not take checkpoint {Size}; retrying next tick", witness, checkpoint.Size);
                break;
            }
        }

        await db.SaveChangesAsync(ct);
    }
}
