namespace Tianyuan.Accounts.Features.SignIn;

using Microsoft.Extensions.DependencyInjection;
using Tianyuan.Regions.Contracts;

/// <summary>
/// The <c>create-admin</c> command for installs outside demo mode:
/// <c>dotnet run --project src/Tianyuan.Web -- create-admin --email a@county.gov.cn --password ... --name 张三
/// --region 331122 --region-name 缙云县</c> (the region only on an empty install).
/// Returns the message to print and whether it worked.
/// </summary>
static class CreateFirstAdmin
{
    public static async Task<(bool Ok, string Message)> RunAsync(IServiceProvider services, string email, string password, string name, TopRegion? topRegion, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TianyuanUser>>();
        var people = scope.ServiceProvider.GetRequiredService<IPeopleDirectory>();

        if (await users.FindByEmailAsync(email) is not null)
            return (false, $"An account for {email} already exists.");
        var user = new TianyuanUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name };
        // Every check Identity will make runs before the person and region are written, so a rejected email or
        // password leaves nothing behind.
        var validation = new List<string>();
        foreach (var validator in users.UserValidators)
            validation.AddRange((await validator.ValidateAsync(users, user)).Errors.Select(e => e.Description));
        foreach (var validator in users.PasswordValidators)
            validation.AddRange((await validator.ValidateAsync(users, user, password)).Errors.Select(e => e.Description));

        if (validation.Count > 0)
            return (false, "Rejected: " + string.Join(" ", validation));

        PersonSummary person;
        try
        {
            person = await people.EnsureAdministratorAsync(name, email, topRegion, ct);
        }
        catch (InvalidOperationException e)
        {
            return (false, e.Message);
        }

        user.PersonId = person.Id;
        var created = await users.CreateAsync(user, password);
        return created.Succeeded
            ? (true, $"Administrator {email} created; sign in at /account/login.")
            : (false, string.Join(" ", created.Errors.Select(e => e.Description)));
    }
}
