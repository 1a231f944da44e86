namespace Tianyuan.Accounts.Data;

using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Tianyuan.Kernel.Persistence;

/// <summary>
/// Identity's user tables, API keys and the Data Protection key ring. Keeping the key ring in the database is
/// what makes web nodes interchangeable: a cookie or bearer token issued by one node opens on every other.
/// </summary>
class AccountsDb(DbContextOptions options) : IdentityUserContext<TianyuanUser, Guid>(options), IDataProtectionKeyContext, IModuleDb
{
    public static string Module => "accounts";

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        ModuleModel.Conventions(configurationBuilder, this);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ModuleModel.Begin(builder, this, Module);
        base.OnModelCreating(builder);

        builder.Entity<TianyuanUser>(e =>
        {
            e.ToTable("accounts_user");
            e.Property(u => u.DisplayName).HasMaxLength(40);
            e.HasIndex(u => u.PersonId).IsUnique();
        });
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("accounts_user_claim");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("accounts_user_login");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("accounts_user_token");
        builder.Entity<ApiKey>(e =>
        {
            e.Property(k => k.Name).HasMaxLength(80);
            e.Property(k => k.Prefix).HasMaxLength(10);
            e.Property(k => k.Scopes).HasMaxLength(400);
            e.HasIndex(k => k.Prefix).IsUnique();
            e.Ignore(k => k.ScopeList);
        });
        builder.Entity<DataProtectionKey>().ToTable("accounts_data_protection_key");

        ModuleModel.End(builder, Module);
    }
}

sealed class AccountsDbSqlite(DbContextOptions<AccountsDbSqlite> options) : AccountsDb(options);

sealed class AccountsDbPostgres(DbContextOptions<AccountsDbPostgres> options) : AccountsDb(options);

sealed class AccountsDbSqliteFactory : SqliteDesignTimeFactory<AccountsDbSqlite>;

sealed class AccountsDbPostgresFactory : PostgresDesignTimeFactory<AccountsDbPostgres>;
