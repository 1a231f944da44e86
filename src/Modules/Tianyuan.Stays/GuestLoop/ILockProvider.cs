namespace Tianyuan.Stays.GuestLoop;

using Tianyuan.Stays.Domain;

/// <summary>
/// A door lock system that can issue time-limited codes for a unit. Real smart-lock vendors plug in here; the
/// built-in provider generates codes for locks the host programs by hand (or keypad locks with offline codes)
/// and keeps the log. Nothing here claims to open a door by itself.
/// </summary>
interface ILockProvider
{
    string Name { get; }

    /// <summary>A code valid from <paramref name="from"/> until <paramref name="until"/> on the unit's lock.</summary>
    Task<string> IssueAsync(Unit unit, DateTimeOffset from, DateTimeOffset until, CancellationToken ct);

    Task RevokeAsync(Unit unit, string code, CancellationToken ct);
}
