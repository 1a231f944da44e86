namespace Tianyuan.Trace.Data;

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Tianyuan.Trace.Domain;

/// <summary>
/// Stores a capture on SQLite in one transaction with three prepared statements reused for every row: an event is
/// inserted unless its hash is stored already (<c>ON CONFLICT DO NOTHING</c>; SQLite has one writer at a time, so
/// nobody stores it in between), and only a new event gets its EPC rows and its place in the log's queue. Values
/// are written as EF Core's SQLite mapping stores them: GUIDs as upper-case text, times as UTC ticks (ModuleModel).
/// </summary>
static class SqliteEventWriter
{
    /// <summary>Inserts the job and the events not stored yet; returns the row ids of those it inserted.</summary>
    public static async Task<HashSet<Guid>> InsertNewAsync(TraceDb db, CaptureJob job, IReadOnlyList<EpcisEvent> records, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            var ambient = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
            await using var own = ambient is null ? (SqliteTransaction)await connection.BeginTransactionAsync(ct) : null;
            var tx = ambient ?? own!;
            await using var @event = Command(connection, tx, """
                INSERT INTO trace_epcis_event (Id, HashId, EventId, Type, EventTime, EventTimeZoneOffset, RecordTime, Action, BizStep,
                    Disposition, ReadPoint, BizLocation, Json, CaptureId)
                VALUES ($id, $hash, $event_id, $type, $event_time, $offset, $record_time, $action, $biz_step, $disposition, $read_point,
                    $biz_location, $json, $capture)
                ON CONFLICT (HashId) DO NOTHING
                """);
            await using var epc = Command(connection, tx, "INSERT INTO trace_epcis_event_epc (EventId, Role, Epc) VALUES ($event, $role, $epc)");
            await using var queued = Command(connection, tx, "INSERT INTO trace_log_pending (EventId, HashId) VALUES ($event, $hash)");

            var stored = new HashSet<Guid>();
            foreach (var r in records)
            {
                var id = Text(r.Id);
                Bind(@event, ("$id", id), ("$hash", r.HashId), ("$event_id", r.EventId), ("$type", r.Type), ("$event_time", r.EventTime.UtcTicks),
                    ("$offset", r.EventTimeZoneOffset), ("$record_time", r.RecordTime.UtcTicks), ("$action", r.Action), ("$biz_step", r.BizStep),
                    ("$disposition", r.Disposition), ("$read_point", r.ReadPoint), ("$biz_location", r.BizLocation), ("$json", r.Json),
                    ("$capture", Text(r.CaptureId)));
                if (await @event.ExecuteNonQueryAsync(ct) == 0)
                    continue;
                stored.Add(r.Id);
                foreach (var x in r.Epcs)
                {
                    Bind(epc, ("$event", id), ("$role", x.Role), ("$epc", x.Epc));
                    await epc.ExecuteNonQueryAsync(ct);
                }

                Bind(queued, ("$event", id), ("$hash", r.HashId));
                await queued.ExecuteNonQueryAsync(ct);
            }

            job.StoredCount = stored.Count;
            job.DuplicateCount = records.Count - stored.Count;
            await using var jobRow = Command(connection, tx, """
                INSERT INTO trace_capture_job (Id, Running, Success, ErrorBehaviour, ErrorsJson, EventCount, StoredCount, DuplicateCount,
                    CapturedBy, CreatedAt, FinishedAt)
                VALUES ($id, $running, $success, $behaviour, $errors, $event_count, $stored, $duplicates, $by, $created, $finished)
                """);
            Bind(jobRow, ("$id", Text(job.Id)), ("$running", job.Running), ("$success", job.Success), ("$behaviour", job.ErrorBehaviour),
                ("$errors", job.ErrorsJson), ("$event_count", job.EventCount), ("$stored", job.StoredCount), ("$duplicates", job.DuplicateCount),
                ("$by", job.CapturedBy is { } by ? Text(by) : null), ("$created", job.CreatedAt.UtcTicks), ("$finished", job.FinishedAt?.UtcTicks));
            await jobRow.ExecuteNonQueryAsync(ct);
            if (own is not null)
                await own.CommitAsync(ct);
            return stored;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    static string Text(Guid id) => id.ToString().ToUpperInvariant();

    static SqliteCommand Command(SqliteConnection connection, SqliteTransaction tx, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        return command;
    }

    /// <summary>The first call adds the parameters, later ones only change their values, so the statement stays prepared.</summary>
    static void Bind(SqliteCommand command, params (string Name, object? Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            if (command.Parameters.Contains(name))
                command.Parameters[name].Value = value ?? DBNull.Value;
            else
                command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
    }
}
