namespace Tianyuan.Stays.Contracts;

using Tianyuan.Kernel.Outbox;

/// <summary>
/// A guest checked out of a stay (written to the Stays outbox with the check-out). The Market answers it with a
/// "stayed here, take the village's produce home" coupon; RegionCode is the stay's village.
/// </summary>
public sealed record GuestCheckedOut(Guid BookingId, Guid GuestUserId, Guid StayId, Guid OrganisationId, string RegionCode, DateTimeOffset At)
    : IIntegrationEvent;
