namespace Tianyuan.Stays.Features.Housekeeping;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Access;
using Tianyuan.Stays.Data;
using Tianyuan.Stays.Notifications;
using Tianyuan.Stays.Resources;

/// <summary>
/// POST /api/stays/housekeeping/{id}/cleaner with a name and phone: the host hands the task to a cleaner, who gets a
/// link (by SMS; shown to the host once, to pass on by WeChat) to tick the checklist and send a photo from their
/// phone without an account. Assigning again makes a new link and kills the old one.
/// </summary>
static class AssignCleaner
{
    public sealed record Request(string? Name, string? Phone);

    public sealed record Response(Guid TaskId, string Name, string Phone, string Link);

    public static void Map(IEndpointRouteBuilder stays) =>
        stays.MapPost("/housekeeping/{id:guid}/cleaner", async (Guid id, Request request, ClaimsPrincipal user, StaysDb db, StayNotifier notifier,
                IStringLocalizer<StaysText> t, CancellationToken ct) => (await ExecuteAsync(id, request, user, db, notifier, t, ct)).ToHttpResult())
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(AssignCleaner))
            .Produces<Response>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Outcome<Response>> ExecuteAsync(Guid id, Request r, ClaimsPrincipal user, StaysDb db, StayNotifier notifier,
        IStringLocalizer<StaysText> t, CancellationToken ct)
    {
        var task = await db.Housekeeping.FirstOrDefaultAsync(h => h.Id == id, ct);
        var stay = task is null ? null : await db.Stays.AsNoTracking().FirstAsync(s => s.Id == task.StayId, ct);
        if (task is null || !StayAccess.MayManage(user, stay!))
            return Outcome<Response>.NotFound(t["TaskNotFound", id]);
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(r.Name) || r.Name.Trim().Length > 40)
            errors["name"] = [t["CleanerNameRequired"]];
        if (string.IsNullOrWhiteSpace(r.Phone) || !ChinaPhone.IsValid(r.Phone.Trim()))
            errors["phone"] = [t["GuestPhoneInvalid"]];
        if (errors.Count > 0)
            return Outcome<Response>.Invalid(errors);
        if (!task.IsOpen)
            return Outcome<Response>.Conflict("task-closed", t["TaskClosed"]);

        var token = LinkToken.New();
        task.CleanerName = r.Name!.Trim();
        task.CleanerPhone = r.Phone!.Trim();
        task.CleanerTokenHash = LinkToken.Hash(token);
        var link = $"/clean/{token}";
        notifier.SmsTo(task.CleanerPhone, "Msg_CleanerTask", task.Id);
        await db.SaveChangesAsync(ct);
        return Outcome<Response>.Ok(new Response(task.Id, task.CleanerName, task.CleanerPhone, link));
    }
}
