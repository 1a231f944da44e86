namespace Tianyuan.Trace.Data;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Tianyuan.Trace.Domain;

/// <summary>
/// Writes an append run's leaves and nodes on PostgreSQL as two array inserts in the appender's transaction. Row by
/// row they were two statements per event, the largest part of PostgreSQL's work per event under batched capture.
/// </summary>
static class PostgresLogWriter
{
    public static async Task InsertAsync(TraceDb db, IReadOnlyList<LogLeafRecord> leaves, IReadOnlyList<LogNode> nodes, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var transaction = (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        await using var batch = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands =
            {
                Command("""
                    INSERT INTO trace.trace_log_leaf ("Index", "EventId", "HashId", "LeafHash")
                    SELECT * FROM unnest(@index, @event, @hash, @leaf)
                    """,
                    Array("index", NpgsqlDbType.Bigint, leaves.Select(l => l.Index)), Array("event", NpgsqlDbType.Uuid, leaves.Select(l => l.EventId)),
                    Array("hash", NpgsqlDbType.Text, leaves.Select(l => l.HashId)), Array("leaf", NpgsqlDbType.Bytea, leaves.Select(l => l.LeafHash))),
                Command("""
                    INSERT INTO trace.trace_log_node ("Level", "Index", "Hash")
                    SELECT * FROM unnest(@level, @index, @hash)
                    """,
                    Array("level", NpgsqlDbType.Integer, nodes.Select(n => n.Level)), Array("index", NpgsqlDbType.Bigint, nodes.Select(n => n.Index)),
                    Array("hash", NpgsqlDbType.Bytea, nodes.Select(n => n.Hash))),
            },
        };
        await batch.ExecuteNonQueryAsync(ct);
    }

    static NpgsqlBatchCommand Command(string sql, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddRange(parameters);
        return command;
    }

    static NpgsqlParameter Array<T>(string name, NpgsqlDbType type, IEnumerable<T> values) =>
        new(name, NpgsqlDbType.Array | type) { Value = values.ToArray() };
}
