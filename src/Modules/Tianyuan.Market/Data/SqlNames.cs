namespace Tianyuan.Market.Data;

using Microsoft.EntityFrameworkCore;

/// <summary>
/// Table names for the few statements written in SQL (set-based INSERT … SELECT … GROUP BY over many thousand rows),
/// taken from the model so they stay right on both providers: market_order on SQLite, market.market_order on PostgreSQL.
/// </summary>
static class SqlNames
{
    public static string Table<T>(MarketDb db)
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var schema = entity.GetSchema();
        return schema is null ? $"\"{entity.GetTableName()}\"" : $"\"{schema}\".\"{entity.GetTableName()}\"";
    }

    /// <summary>An instant as a raw SQL parameter: SQLite stores UTC ticks (see ModuleModel), PostgreSQL timestamptz.</summary>
    public static object Instant(MarketDb db, DateTimeOffset at) => db.Database.IsSqlite() ? at.UtcTicks : at.ToUniversalTime();
}
