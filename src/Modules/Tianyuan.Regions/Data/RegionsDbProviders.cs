namespace Tianyuan.Regions.Data;

using Tianyuan.Kernel.Persistence;

// One subclass per provider so each provider keeps its own migrations (Data/Migrations/Sqlite and /Postgres);
// the rest of the module only ever sees RegionsDb.
sealed class RegionsDbSqlite(DbContextOptions<RegionsDbSqlite> options) : RegionsDb(options);

sealed class RegionsDbPostgres(DbContextOptions<RegionsDbPostgres> options) : RegionsDb(options);

sealed class RegionsDbSqliteFactory : SqliteDesignTimeFactory<RegionsDbSqlite>;

sealed class RegionsDbPostgresFactory : PostgresDesignTimeFactory<RegionsDbPostgres>;
