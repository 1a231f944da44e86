namespace Tianyuan.Accounts.Domain;


/// <summary>A login. The user name is the email; roles come from the linked person's scoped assignments.</summary>
public sealed class TianyuanUser : IdentityUser<Guid>
{
    /// <summary>The Regions person this account belongs to; null for self-registered visitors.</summary>
    public Guid? PersonId { get; set; }

    public string? DisplayName { get; set; }
}
