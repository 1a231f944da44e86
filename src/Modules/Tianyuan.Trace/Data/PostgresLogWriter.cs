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
                    PostgresArrays.Parameter("index", NpgsqlDbType.Bigint, leaves.Select(l => l.Index)),
                    PostgresArrays.Parameter("event", NpgsqlDbType.Uuid, leaves.Select(l => l.EventId)),
                    PostgresArrays.Parameter("hash", NpgsqlDbType.Text, leaves.Select(l => l.HashId)),
                    PostgresArrays.Parameter("leaf", NpgsqlDbType.Bytea, leaves.Select(l => l.LeafHash))),
                Command("""
                    INSERT INTO trace.trace_log_node ("Level", "Index", "Hash")
                    SELECT * FROM unnest(@level, @index, @hash)
                    """,
                    PostgresArrays.Parameter("level", NpgsqlDbType.Integer, nodes.Select(n => n.Level)),
                    PostgresArrays.Parameter("index", NpgsqlDbType.Bigint, nodes.Select(n => n.Index)),
                    PostgresArrays.Parameter("hash", NpgsqlDbType.Bytea, nodes.Select(n => n.Hash))),
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
}
