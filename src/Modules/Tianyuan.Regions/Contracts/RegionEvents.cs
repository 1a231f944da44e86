namespace Tianyuan.Regions.Contracts;

using Tianyuan.Kernel.Outbox;

/// <summary>A township or village was added to the tree (maps and dashboards refresh their region lists).</summary>
public sealed record RegionCreated(string Code, string? ParentCode, string NameZh, string NameEn) : IIntegrationEvent;

/// <summary>A role was granted or revoked; sessions of that person pick up the change at their next sign-in.</summary>
public sealed record RoleAssignmentChanged(Guid PersonId, string Role, bool Granted) : IIntegrationEvent;
