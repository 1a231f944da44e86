namespace Tianyuan.Regions.Features.People;

using Tianyuan.Kernel.Outbox;
using Tianyuan.Regions.Contracts;

/// <summary>The Regions side of sign-in: who a person is and which scoped roles they hold.</summary>
sealed class PeopleDirectory(RegionsDb db, TimeProvider clock) : IPeopleDirectory
{
    public async Task<PersonSummary?> FindByEmailAsync(string email, CancellationToken ct)
    {
        var normalised = email.Trim().ToLowerInvariant();
        return await db.People.AsNoTracking().Where(p => p.Email == normalised)
            .Select(p => new PersonSummary(p.Id, p.Name, p.Email, p.RegionCode)).FirstOrDefaultAsync(ct);
    }

    public async Task<IReadOnlyList<AccessScope>> GetScopesAsync(Guid personId, CancellationToken ct)
    {
        var roles = await db.RoleAssignments.AsNoTracking().Where(a => a.PersonId == personId && a.RevokedAt == null).ToListAsync(ct);
        return [.. roles.Select(a => new AccessScope(a.Role,
            RegionCode.TryParse(a.RegionCode, out var code) ? code : null, a.OrganisationId))];
    }

    public async Task<PersonSummary> EnsureAdministratorAsync(string name, string email, TopRegion? topRegion, CancellationToken ct)
    {
        var existing = await FindByEmailAsync(email, ct);
        var now = clock.GetUtcNow();
        var top = await db.Regions.Where(r => r.ParentCode == null).OrderBy(r => r.Code).FirstOrDefaultAsync(ct);
        if (top is null)
        {
            if (topRegion is null || !RegionCode.TryParse(topRegion.Code, out var code))
                throw new InvalidOperationException("The region tree is empty: give the install's county with --region CODE --region-name NAME.");
            top = new Region { Code = code.Value, Level = code.Level, NameZh = topRegion.NameZh, NameEn = topRegion.NameEn, CreatedAt = now };
            db.Regions.Add(top);
        }

        var personId = existing?.Id ?? Guid.CreateVersion7(now);
        if (existing is null)
            db.People.Add(new Person { Id = personId, Name = name, Email = email.Trim().ToLowerInvariant(), RegionCode = top.Code, CreatedAt = now });
        if (!await db.RoleAssignments.AnyAsync(a => a.PersonId == personId && a.Role == Roles.Admin && a.RevokedAt == null, ct))
        {
            db.RoleAssignments.Add(RoleAssignment.Grant(Guid.CreateVersion7(now), personId, Roles.Admin, top.Code, null, now));
            db.Publish(new RoleAssignmentChanged(personId, Roles.Admin, Granted: true), clock);
        }

        await db.SaveChangesAsync(ct);
        return new PersonSummary(personId, existing?.Name ?? name, email.Trim().ToLowerInvariant(), existing?.RegionCode ?? top.Code);
    }
}
