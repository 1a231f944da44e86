namespace Tianyuan.Market.Payments;

using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Tianyuan.Kernel.Persistence;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;

/// <summary>
/// The key the sandbox signs its webhooks with: <c>Market:Payments:Sandbox:Secret</c> when configured (tests and
/// integrators set it), otherwise one generated on first use and kept in the database, so every node and every
/// restart agree on it and it never sits in the repository.
/// </summary>
sealed class SandboxSecret(IConfiguration configuration, IServiceScopeFactory scopes)
{
    public const string ConfigurationKey = "Market:Payments:Sandbox:Secret";
    const string SettingKey = "payments.sandbox.secret";

    byte[]? cached;

    public async Task<byte[]> GetAsync(CancellationToken ct)
    {
        if (cached is not null)
            return cached;
        var text = configuration[ConfigurationKey] is { Length: > 0 } configured ? configured : await StoredAsync(ct);
        return cached = Encoding.UTF8.GetBytes(text);
    }

    async Task<string> StoredAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketDb>();
        if (await db.Settings.AsNoTracking().FirstOrDefaultAsync(s => s.Key == SettingKey, ct) is { } stored)
            return stored.Value;
        db.Settings.Add(new Setting { Key = SettingKey, Value = "whsec_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)) });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Another node generated it at the same moment: use theirs.
        }

        db.ChangeTracker.Clear();
        return (await db.Settings.AsNoTracking().FirstAsync(s => s.Key == SettingKey, ct)).Value;
    }
}
