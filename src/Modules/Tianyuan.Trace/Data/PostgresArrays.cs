namespace Tianyuan.Trace.Data;

using Npgsql;
using NpgsqlTypes;

/// <summary>A column's values as one array parameter, for the <c>unnest</c> inserts of the PostgreSQL writers.</summary>
static class PostgresArrays
{
    public static NpgsqlParameter Parameter<T>(string name, NpgsqlDbType type, IEnumerable<T> values) =>
        new(name, NpgsqlDbType.Array | type) { Value = values.ToArray() };
}
