namespace Tianyuan.Stays.Domain;

/// <summary>
/// A place to stay (homestay, farm stay, campsite, study-tour base) run by an organisation in a village.
/// Guests book its unit types; the nomad attributes (desk, measured bandwidth, quiet hours, coworking) are searchable.
/// </summary>
sealed class Stay
{
    public static readonly IReadOnlyList<string> Kinds = ["homestay", "farm-stay", "campsite", "study-base"];

    /// <summary>Amenity keys the listing form offers; labels come from resources (Amenity_{key}).</summary>
    public static readonly IReadOnlyList<string> AmenityKeys =
        ["wifi", "parking", "kitchen", "aircon", "heating", "breakfast", "washer", "pets", "garden", "fireplace"];

    public Guid Id { get; init; }

    public Guid OrganisationId { get; init; }

    /// <summary>The village's region code (12 digits).</summary>
    public required string RegionCode { get; set; }

    public required string Kind { get; set; }

    public required string NameZh { get; set; }

    public string? NameEn { get; set; }

    public string DescriptionZh { get; set; } = "";

    public string? DescriptionEn { get; set; }

    public string Address { get; set; } = "";

    public double Latitude { get; set; }

    public double Longitude { get; set; }

    /// <summary>flexible, moderate or strict: see <see cref="CancellationPolicy"/>.</summary>
    public string CancellationPolicy { get; set; } = Domain.CancellationPolicy.Moderate.Name;

    /// <summary>Bookings are confirmed at once; otherwise the host confirms each request (the nights are held meanwhile).</summary>
    public bool InstantBook { get; set; } = true;

    public TimeOnly CheckInFrom { get; set; } = new(14, 0);

    public TimeOnly CheckOutBy { get; set; } = new(12, 0);

    /// <summary>What the check-in pack tells an arriving guest: parking, the gate, where the lock is.</summary>
    public string ArrivalInstructions { get; set; } = "";

    public string HouseRules { get; set; } = "";

    /// <summary>Comma-separated language tags the hosts speak: zh, en, ...</summary>
    public string Languages { get; set; } = "zh";

    public bool StepFreeAccess { get; set; }

    public bool HasDesk { get; set; }

    /// <summary>Measured download bandwidth, not the contract's headline figure.</summary>
    public int? BandwidthMbps { get; set; }

    public string? QuietHours { get; set; }

    public bool HasCoworking { get; set; }

    /// <summary>Comma-separated <see cref="AmenityKeys"/>.</summary>
    public string Amenities { get; set; } = "";

    public bool Published { get; set; } = true;

    public DateTimeOffset CreatedAt { get; init; }

    public List<UnitType> UnitTypes { get; init; } = [];

    public IEnumerable<string> AmenityList => Amenities.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public string Name(bool english) => english && !string.IsNullOrWhiteSpace(NameEn) ? NameEn : NameZh;

    public string Description(bool english) => english && !string.IsNullOrWhiteSpace(DescriptionEn) ? DescriptionEn : DescriptionZh;
}
