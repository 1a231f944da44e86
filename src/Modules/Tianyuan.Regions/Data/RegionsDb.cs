namespace Tianyuan.Regions.Data;

using Tianyuan.Kernel.Persistence;

/// <summary>The Regions module's tables: regions_region, regions_organisation, regions_person, ...</summary>
class RegionsDb(DbContextOptions options) : DbContext(options), IModuleDb
{
    public static string Module => "regions";

    public DbSet<Region> Regions => Set<Region>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<RoleAssignment> RoleAssignments => Set<RoleAssignment>();

    public DbSet<ConsentRecord> Consents => Set<ConsentRecord>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        ModuleModel.Conventions(configurationBuilder, this);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ModuleModel.Begin(modelBuilder, this, Module);

        modelBuilder.Entity<Region>(e =>
        {
            e.HasKey(r => r.Code);
            e.Property(r => r.Code).HasMaxLength(12);
            e.Property(r => r.ParentCode).HasMaxLength(12);
            e.Property(r => r.NameZh).HasMaxLength(40);
            e.Property(r => r.NameEn).HasMaxLength(80);
            e.Ignore(r => r.RegionCode);
            e.HasOne<Region>().WithMany().HasForeignKey(r => r.ParentCode).OnDelete(DeleteBehavior.Restrict);
            // Two villages of one township may not share a name: people find them by name.
            e.HasIndex(r => new { r.ParentCode, r.NameZh }).IsUnique();
            e.ToTable(t => t.HasCheckConstraint("ck_region_level", "\"Level\" BETWEEN 1 AND 5"));
        });

        modelBuilder.Entity<Organisation>(e =>
        {
            e.Property(o => o.Name).HasMaxLength(80);
            e.Property(o => o.Kind).HasConversion<string>().HasMaxLength(30);
            e.Property(o => o.RegionCode).HasMaxLength(12);
            e.Property(o => o.Address).HasMaxLength(200);
            e.Property(o => o.ContactPhone).HasMaxLength(20);
            e.Property(o => o.CreditCode).HasMaxLength(18);
            e.HasOne<Region>().WithMany().HasForeignKey(o => o.RegionCode).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(o => o.CreditCode).IsUnique();
            e.HasIndex(o => new { o.RegionCode, o.Name }).IsUnique();
        });

        modelBuilder.Entity<Person>(e =>
        {
            e.Property(p => p.Name).HasMaxLength(40);
            e.Property(p => p.Phone).HasMaxLength(20);
            e.Property(p => p.Email).HasMaxLength(200);
            e.Property(p => p.RegionCode).HasMaxLength(12);
            e.Ignore(p => p.MaskedPhone);
            e.HasOne<Region>().WithMany().HasForeignKey(p => p.RegionCode).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(p => p.Email).IsUnique();
            e.HasMany(p => p.Roles).WithOne().HasForeignKey(a => a.PersonId);
        });

        modelBuilder.Entity<RoleAssignment>(e =>
        {
            e.Property(a => a.Role).HasMaxLength(30);
            e.Property(a => a.RegionCode).HasMaxLength(12);
            e.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
            e.Property(a => a.Scope).HasMaxLength(60);
            // One active assignment per person, role and scope, whoever grants it and however fast they click.
            e.HasIndex(a => new { a.PersonId, a.Role, a.Scope }).IsUnique().HasFilter("\"RevokedAt\" IS NULL");
        });

        modelBuilder.Entity<ConsentRecord>(e =>
        {
            e.Property(c => c.DataCategory).HasMaxLength(60);
            e.Property(c => c.Purpose).HasMaxLength(200);
            e.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId);
            e.HasOne<Organisation>().WithMany().HasForeignKey(c => c.GranteeOrganisationId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(c => new { c.PersonId, c.GranteeOrganisationId });
            e.ToTable(t => t.HasCheckConstraint("ck_consent_validity", "\"ValidUntil\" > \"GrantedAt\""));
        });

        ModuleModel.End(modelBuilder, Module);
    }
}
