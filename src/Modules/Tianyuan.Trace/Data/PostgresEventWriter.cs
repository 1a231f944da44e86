namespace Tianyuan.Trace.Data;

using Npgsql;
using NpgsqlTypes;
using Tianyuan.Trace.Domain;

/// <summary>
/// Stores captures on PostgreSQL in one statement, so one round trip and no explicit transaction (a statement is
/// atomic): the events of every capture go in as arrays, <c>ON CONFLICT ("HashId") DO NOTHING</c> keeps those already
/// stored out — a concurrent capture of the same event waits on the unique index and then finds it, and of two
/// captures in one statement the first wins — so duplicates are counted exactly; only the events this statement
/// inserted get their EPC rows and their place in the log's queue, in order; each capture's job row counts its own.
/// Several captures share a statement when <see cref="PostgresCaptureBatcher"/> groups them. EF's change tracking cost
/// more than the database did for a 100-event document.
/// </summary>
static class PostgresEventWriter
{
    /// <summary>One capture: its job and the events to store (distinct by hash).</summary>
    public sealed record Capture(CaptureJob Job, IReadOnlyList<EpcisEvent> Records);

    const string Sql = """
        WITH input AS (
            SELECT * FROM unnest(@id, @hash, @event_id, @type, @event_time, @offset, @record_time, @action, @biz_step, @disposition, @read_point,
                    @biz_location, @json, @capture)
                WITH ORDINALITY AS i("Id", "HashId", "EventId", "Type", "EventTime", "EventTimeZoneOffset", "RecordTime", "Action", "BizStep",
                    "Disposition", "ReadPoint", "BizLocation", "Json", "CaptureId", "Ord")
        ), stored AS (
            INSERT INTO trace.trace_epcis_event ("Id", "HashId", "EventId", "Type", "EventTime", "EventTimeZoneOffset", "RecordTime", "Action",
                "BizStep", "Disposition", "ReadPoint", "BizLocation", "Json", "CaptureId")
            SELECT "Id", "HashId", "EventId", "Type", "EventTime", "EventTimeZoneOffset", "RecordTime", "Action",
                "BizStep", "Disposition", "ReadPoint", "BizLocation", "Json", "CaptureId"
            FROM input ORDER BY "Ord"
            ON CONFLICT ("HashId") DO NOTHING
            RETURNING "Id", "HashId", "CaptureId"
        ), epcs AS (
            INSERT INTO trace.trace_epcis_event_epc ("EventId", "Role", "Epc")
            SELECT x."EventId", x."Role", x."Epc" FROM unnest(@epc_event, @epc_role, @epc) AS x("EventId", "Role", "Epc")
            WHERE x."EventId" IN (SELECT "Id" FROM stored)
        ), queued AS (
            INSERT INTO trace.trace_log_pending ("EventId", "HashId")
            SELECT s."Id", s."HashId" FROM stored s JOIN input i ON i."Id" = s."Id" ORDER BY i."Ord"
        ), jobs AS (
            INSERT INTO trace.trace_capture_job ("Id", "Running", "Success", "ErrorBehaviour", "ErrorsJson", "EventCount", "StoredCount",
                "DuplicateCount", "CapturedBy", "CreatedAt", "FinishedAt")
            SELECT j."Id", j."Running", j."Success", j."ErrorBehaviour", j."ErrorsJson", j."EventCount", n.stored, j."Records" - n.stored,
                j."CapturedBy", j."CreatedAt", j."FinishedAt"
            FROM unnest(@job_id, @running, @success, @behaviour, @errors, @event_count, @records, @captured_by, @created_at, @finished_at)
                AS j("Id", "Running", "Success", "ErrorBehaviour", "ErrorsJson", "EventCount", "Records", "CapturedBy", "CreatedAt", "FinishedAt")
            CROSS JOIN LATERAL (SELECT count(*)::int AS stored FROM stored s WHERE s."CaptureId" = j."Id") n
        )
        SELECT "Id" FROM stored
        """;

    /// <summary>Inserts the jobs and the events not stored yet; returns the row ids of the events it inserted.</summary>
    public static async Task<HashSet<Guid>> InsertNewAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, IReadOnlyList<Capture> captures,
        CancellationToken ct)
    {
        var records = captures.SelectMany(c => c.Records).ToList();
        var jobs = captures.Select(c => c.Job).ToList();
        var epcs = records.SelectMany(r => r.Epcs).ToList();
        await using var command = new NpgsqlCommand(Sql, connection, transaction);
        var p = command.Parameters;
        p.Add(PostgresArrays.Parameter("id", NpgsqlDbType.Uuid, records.Select(r => r.Id)));
        p.Add(PostgresArrays.Parameter("hash", NpgsqlDbType.Text, records.Select(r => r.HashId)));
        p.Add(PostgresArrays.Parameter("event_id", NpgsqlDbType.Text, records.Select(r => r.EventId)));
        p.Add(PostgresArrays.Parameter("type", NpgsqlDbType.Text, records.Select(r => r.Type)));
        p.Add(PostgresArrays.Parameter("event_time", NpgsqlDbType.TimestampTz, records.Select(r => r.EventTime.UtcDateTime)));
        p.Add(PostgresArrays.Parameter("offset", NpgsqlDbType.Text, records.Select(r => r.EventTimeZoneOffset)));
        p.Add(PostgresArrays.Parameter("record_time", NpgsqlDbType.TimestampTz, records.Select(r => r.RecordTime.UtcDateTime)));
        p.Add(PostgresArrays.Parameter("action", NpgsqlDbType.Text, records.Select(r => r.Action)));
        p.Add(PostgresArrays.Parameter("biz_step", NpgsqlDbType.Text, records.Select(r => r.BizStep)));
        p.Add(PostgresArrays.Parameter("disposition", NpgsqlDbType.Text, records.Select(r => r.Disposition)));
        p.Add(PostgresArrays.Parameter("read_point", NpgsqlDbType.Text, records.Select(r => r.ReadPoint)));
        p.Add(PostgresArrays.Parameter("biz_location", NpgsqlDbType.Text, records.Select(r => r.BizLocation)));
        p.Add(PostgresArrays.Parameter("json", NpgsqlDbType.Text, records.Select(r => r.Json)));
        p.Add(PostgresArrays.Parameter("capture", NpgsqlDbType.Uuid, records.Select(r => r.CaptureId)));
        p.Add(PostgresArrays.Parameter("epc_event", NpgsqlDbType.Uuid, epcs.Select(x => x.EventId)));
        p.Add(PostgresArrays.Parameter("epc_role", NpgsqlDbType.Text, epcs.Select(x => x.Role)));
        p.Add(PostgresArrays.Parameter("epc", NpgsqlDbType.Text, epcs.Select(x => x.Epc)));
        p.Add(PostgresArrays.Parameter("job_id", NpgsqlDbType.Uuid, jobs.Select(j => j.Id)));
        p.Add(PostgresArrays.Parameter("running", NpgsqlDbType.Boolean, jobs.Select(j => j.Running)));
        p.Add(PostgresArrays.Parameter("success", NpgsqlDbType.Boolean, jobs.Select(j => j.Success)));
        p.Add(PostgresArrays.Parameter("behaviour", NpgsqlDbType.Text, jobs.Select(j => j.ErrorBehaviour)));
        p.Add(PostgresArrays.Parameter("errors", NpgsqlDbType.Text, jobs.Select(j => j.ErrorsJson)));
        p.Add(PostgresArrays.Parameter("event_count", NpgsqlDbType.Integer, jobs.Select(j => j.EventCount)));
        p.Add(PostgresArrays.Parameter("records", NpgsqlDbType.Integer, captures.Select(c => c.Records.Count)));
        p.Add(PostgresArrays.Parameter("captured_by", NpgsqlDbType.Uuid, jobs.Select(j => j.CapturedBy)));
        p.Add(PostgresArrays.Parameter("created_at", NpgsqlDbType.TimestampTz, jobs.Select(j => j.CreatedAt.UtcDateTime)));
        p.Add(PostgresArrays.Parameter("finished_at", NpgsqlDbType.TimestampTz, jobs.Select(j => j.FinishedAt?.UtcDateTime)));

        // Prepared once per pooled connection (Npgsql keeps it), so PostgreSQL plans this statement once, not per capture.
        await command.PrepareAsync(ct);
        var stored = new HashSet<Guid>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            stored.Add(reader.GetGuid(0));
        return stored;
    }
}
