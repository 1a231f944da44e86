namespace Tianyuan.Accounts.Features.SignIn;

using Tianyuan.Kernel.Outbox;
using Tianyuan.Regions.Contracts;

/// <summary>
/// When a role is revoked, the person's security stamp changes: their cookies stop working at the next
/// validation (within a minute) and their refresh tokens are refused, so a revoked operator loses access
/// promptly. Granted roles need no action: claims are re-read at that same validation.
/// Idempotent: a second delivery just changes the stamp again.
/// </summary>
sealed class EndSessionsOnRoleRevoked(UserManager<TianyuanUser> users) : IIntegrationEventHandler<RoleAssignmentChanged>
{
    public async Task HandleAsync(RoleAssignmentChanged integrationEvent, IntegrationEventContext context, CancellationToken ct)
    {
        if (integrationEvent.Granted)
            return;
        var user = await users.Users.FirstOrDefaultAsync(u => u.PersonId == integrationEvent.PersonId, ct);
        if (user is not null)
            await users.UpdateSecurityStampAsync(user);
    }
}
