namespace Tianyuan.Stays.GuestLoop;

using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Tianyuan.Stays.Domain;

/// <summary>
/// The built-in lock provider: a random 6-digit code per booking, logged for the host to set on a keypad lock.
/// The code is unpredictable (cryptographic RNG), never reused across bookings of the same unit at the same time.
/// </summary>
sealed partial class BuiltInCodeLock(ILogger<BuiltInCodeLock> log) : ILockProvider
{
    public string Name => "builtin";

    public Task<string> IssueAsync(Unit unit, DateTimeOffset from, DateTimeOffset until, CancellationToken ct)
    {
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        LogIssued(unit.Label, unit.Id, from, until);
        return Task.FromResult(code);
    }

    public Task RevokeAsync(Unit unit, string code, CancellationToken ct)
    {
        LogRevoked(unit.Label, unit.Id);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Lock (built-in): code issued for {Unit} ({UnitId}) valid {From} to {Until}")]
    partial void LogIssued(string unit, Guid unitId, DateTimeOffset from, DateTimeOffset until);

    [LoggerMessage(Level = LogLevel.Information, Message = "Lock (built-in): code revoked for {Unit} ({UnitId})")]
    partial void LogRevoked(string unit, Guid unitId);
}
