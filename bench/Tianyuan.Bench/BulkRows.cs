namespace Tianyuan.Bench;

using System.Data.Common;
using Npgsql;

/// <summary>
/// Appends rows to one table as fast as the provider allows: binary COPY on PostgreSQL, one prepared INSERT reused
/// inside the caller's transaction on SQLite. Values are CLR values; <see cref="StaysDatabase.Store"/> turns them
/// into what EF Core would have written.
/// </summary>
abstract class BulkRows : IAsyncDisposable
{
    public long Count { get; private set; }

    public static async Task<BulkRows> OpenAsync(StaysDatabase db, DbConnection connection, DbTransaction? transaction, string table, string[] columns)
    {
        var quoted = string.Join(", ", columns.Select(c => $"\"{c}\""));
        if (db.IsPostgres)
        {
            var importer = await ((NpgsqlConnection)connection).BeginBinaryImportAsync($"COPY {db.Table(table)} ({quoted}) FROM STDIN (FORMAT BINARY)");
            return new Copy(importer);
        }

        var insert = db.Command(connection, $"INSERT INTO {table} ({quoted}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})",
            new object?[columns.Length]);
        insert.Transaction = transaction;
        await insert.PrepareAsync();
        return new Insert(db, insert);
    }

    public async Task AddAsync(params object?[] values)
    {
        await WriteAsync(values);
        Count++;
    }

    protected abstract Task WriteAsync(object?[] values);

    public abstract ValueTask DisposeAsync();

    sealed class Copy(NpgsqlBinaryImporter importer) : BulkRows
    {
        protected override async Task WriteAsync(object?[] values)
        {
            await importer.StartRowAsync();
            foreach (var value in values)
            {
                if (value is null)
                    await importer.WriteNullAsync();
                else
                    await importer.WriteAsync(value);
            }
        }

        public override async ValueTask DisposeAsync()
        {
            await importer.CompleteAsync();
            await importer.DisposeAsync();
        }
    }

    sealed class Insert(StaysDatabase db, DbCommand insert) : BulkRows
    {
        protected override async Task WriteAsync(object?[] values)
        {
            for (var i = 0; i < values.Length; i++)
                insert.Parameters[i].Value = db.Store(values[i]);
            await insert.ExecuteNonQueryAsync();
        }

        public override ValueTask DisposeAsync() => insert.DisposeAsync();
    }
}
