namespace Tianyuan.Accounts.Features.SignIn;

using Tianyuan.Kernel.Outbox;
using Tianyuan.Regions.Contracts;

/// <summary>
/// When a role is revoked, the person's security stamp changes: the security stamp check then refuses
/// their cookies and bearer tokens from the next request on, and refresh tokens are refused, so a revoked
/// operator loses access at once. Granted roles need no action: cookies re-read claims within a minute.
/// Idempotent: a second delivery just changes the stamp again.
/// </summary>
sealed class EndSessionsOnRoleRevoked(UserManager<TianyuanUser> users) : IIntegrationEventHandler<RoleAssignmentChanged>
{
    public async Task HandleAsync(RoleAssignmentChanged integrationEvent, IntegrationEventContext context, CancellationToken ct)
    {
        if (integrationEvent.Granted)
            return;
        var user = await users.Users.FirstOrDefaultAsync(u => u.PersonId == integrationEvent.PersonId, ct);
        if (user is null)
            return;
        var result = await users.UpdateSecurityStampAsync(user);
        // Throwing leaves the message in the outbox to be retried; a silent failure would leave sessions open.
        if (!result.Succeeded)
            throw new InvalidOperationException($"Could not end the sessions of person {integrationEvent.PersonId}: {string.Join("; ", result.Errors.Select(e => e.Code))}");
    }
}
