namespace Tianyuan.Trace.Data;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Tianyuan.Trace.Domain;

/// <summary>
/// Stores a capture on PostgreSQL in one statement, so one round trip and no explicit transaction (a statement is
/// atomic): the events go in as arrays, <c>ON CONFLICT ("HashId") DO NOTHING</c> keeps those already stored out — a
/// concurrent capture of the same event waits on the unique index and then finds it, so duplicates are counted
/// exactly — and only the events this statement inserted get their EPC rows and their place in the log's queue, in
/// document order. EF's change tracking cost more than the database did for a 100-event document.
/// </summary>
static class PostgresEventWriter
{
    const string Sql = """
        WITH input AS (
            SELECT * FROM unnest(@id, @hash, @event_id, @type, @event_time, @offset, @action, @biz_step, @disposition, @read_point, @biz_location, @json)
                WITH ORDINALITY AS i("Id", "HashId", "EventId", "Type", "EventTime", "EventTimeZoneOffset", "Action", "BizStep", "Disposition",
                    "ReadPoint", "BizLocation", "Json", "Ord")
        ), stored AS (
            INSERT INTO trace.trace_epcis_event ("Id", "HashId", "EventId", "Type", "EventTime", "EventTimeZoneOffset", "RecordTime", "Action",
                "BizStep", "Disposition", "ReadPoint", "BizLocation", "Json", "CaptureId")
            SELECT "Id", "HashId", "EventId", "Type", "EventTime", "EventTimeZoneOffset", @record_time, "Action",
                "BizStep", "Disposition", "ReadPoint", "BizLocation", "Json", @job_id
            FROM input ORDER BY "Ord"
            ON CONFLICT ("HashId") DO NOTHING
            RETURNING "Id", "HashId"
        ), epcs AS (
            INSERT INTO trace.trace_epcis_event_epc ("EventId", "Role", "Epc")
            SELECT x."EventId", x."Role", x."Epc" FROM unnest(@epc_event, @epc_role, @epc) AS x("EventId", "Role", "Epc")
            WHERE x."EventId" IN (SELECT "Id" FROM stored)
        ), queued AS (
            INSERT INTO trace.trace_log_pending ("EventId", "HashId")
            SELECT s."Id", s."HashId" FROM stored s JOIN input i ON i."Id" = s."Id" ORDER BY i."Ord"
        ), job AS (
            INSERT INTO trace.trace_capture_job ("Id", "Running", "Success", "ErrorBehaviour", "ErrorsJson", "EventCount", "StoredCount",
                "DuplicateCount", "CapturedBy", "CreatedAt", "FinishedAt")
            SELECT @job_id, @running, @success, @behaviour, @errors, @event_count, count(*), cardinality(@id) - count(*), @captured_by,
                @created_at, @finished_at
            FROM stored
        )
        SELECT "HashId" FROM stored
        """;

    /// <summary>Inserts the job and the events not stored yet; returns the hash IDs of those it inserted.</summary>
    public static async Task<HashSet<string>> InsertNewAsync(TraceDb db, CaptureJob job, IReadOnlyList<EpcisEvent> records, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = new NpgsqlCommand(Sql, (NpgsqlConnection)db.Database.GetDbConnection(),
                (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction());
            var p = command.Parameters;
            p.Add(Array("id", NpgsqlDbType.Uuid, records.Select(r => r.Id)));
            p.Add(Array("hash", NpgsqlDbType.Text, records.Select(r => r.HashId)));
            p.Add(Array("event_id", NpgsqlDbType.Text, records.Select(r => r.EventId)));
            p.Add(Array("type", NpgsqlDbType.Text, records.Select(r => r.Type)));
            p.Add(Array("event_time", NpgsqlDbType.TimestampTz, records.Select(r => r.EventTime.UtcDateTime)));
            p.Add(Array("offset", NpgsqlDbType.Text, records.Select(r => r.EventTimeZoneOffset)));
            p.Add(Array("action", NpgsqlDbType.Text, records.Select(r => r.Action)));
            p.Add(Array("biz_step", NpgsqlDbType.Text, records.Select(r => r.BizStep)));
            p.Add(Array("disposition", NpgsqlDbType.Text, records.Select(r => r.Disposition)));
            p.Add(Array("read_point", NpgsqlDbType.Text, records.Select(r => r.ReadPoint)));
            p.Add(Array("biz_location", NpgsqlDbType.Text, records.Select(r => r.BizLocation)));
            p.Add(Array("json", NpgsqlDbType.Text, records.Select(r => r.Json)));
            var epcs = records.SelectMany(r => r.Epcs).ToList();
            p.Add(Array("epc_event", NpgsqlDbType.Uuid, epcs.Select(x => x.EventId)));
            p.Add(Array("epc_role", NpgsqlDbType.Text, epcs.Select(x => x.Role)));
            p.Add(Array("epc", NpgsqlDbType.Text, epcs.Select(x => x.Epc)));
            p.Add(Value("record_time", NpgsqlDbType.TimestampTz, records.Count > 0 ? records[0].RecordTime.UtcDateTime : job.CreatedAt.UtcDateTime));
            p.Add(Value("job_id", NpgsqlDbType.Uuid, job.Id));
            p.Add(Value("running", NpgsqlDbType.Boolean, job.Running));
            p.Add(Value("success", NpgsqlDbType.Boolean, job.Success));
            p.Add(Value("behaviour", NpgsqlDbType.Text, job.ErrorBehaviour));
            p.Add(Value("errors", NpgsqlDbType.Text, job.ErrorsJson));
            p.Add(Value("event_count", NpgsqlDbType.Integer, job.EventCount));
            p.Add(Value("captured_by", NpgsqlDbType.Uuid, job.CapturedBy));
            p.Add(Value("created_at", NpgsqlDbType.TimestampTz, job.CreatedAt.UtcDateTime));
            p.Add(Value("finished_at", NpgsqlDbType.TimestampTz, job.FinishedAt?.UtcDateTime));

            // Prepared once per pooled connection (Npgsql keeps it), so PostgreSQL plans this statement once, not per capture.
            await command.PrepareAsync(ct);
            var stored = new HashSet<string>(StringComparer.Ordinal);
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                    stored.Add(reader.GetString(0));
            }

            return stored;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    static NpgsqlParameter Array<T>(string name, NpgsqlDbType type, IEnumerable<T> values) =>
        new(name, NpgsqlDbType.Array | type) { Value = values.ToArray() };

    static NpgsqlParameter Value(string name, NpgsqlDbType type, object? value) =>
        new(name, type) { Value = value ?? DBNull.Value };
}
