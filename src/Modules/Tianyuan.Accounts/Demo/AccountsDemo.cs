namespace Tianyuan.Accounts.Demo;

using Tianyuan.Kernel.Demo;
using Tianyuan.Regions.Contracts;

/// <summary>Gives the demo people (seeded by Regions) their logins with the published demo password.</summary>
sealed class AccountsDemo(AccountsDb db, UserManager<TianyuanUser> users, IPeopleDirectory people) : IDemoContributor
{
    public int Order => 100;

    public Task<bool> HasDataAsync(CancellationToken ct) => db.Users.AnyAsync(ct);

    public async Task SeedAsync(DemoSeed seed, CancellationToken ct)
    {
        foreach (var email in DemoAccounts.All.Keys)
        {
            var person = await people.FindByEmailAsync(email, ct)
                ?? throw new InvalidOperationException($"The Regions demo did not create the person for {email}.");
            var user = new TianyuanUser { UserName = email, Email = email, EmailConfirmed = true, PersonId = person.Id, DisplayName = person.Name };
            var result = await users.CreateAsync(user, DemoAccounts.Password);
            if (!result.Succeeded)
                throw new InvalidOperationException($"Demo account {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }

    /// <summary>
    /// A database seeded in demo mode and now run without it: the demo accounts' password is in the README,
    /// so they are locked for good and their sessions end.
    /// </summary>
    public async Task RetireAsync(CancellationToken ct)
    {
        var suffix = "@" + DemoAccounts.Domain;
        var demo = await users.Users.Where(u => u.NormalizedEmail != null && u.NormalizedEmail.EndsWith(suffix.ToUpperInvariant())).ToListAsync(ct);
        foreach (var user in demo.Where(u => u.LockoutEnd != DateTimeOffset.MaxValue))
        {
            await users.SetLockoutEnabledAsync(user, true);
            await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
            await users.UpdateSecurityStampAsync(user);
        }
    }
}
