using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tianyuan.Stays.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "stays_door_code",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BookingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ValidFrom = table.Column<long>(type: "INTEGER", nullable: false),
                    ValidUntil = table.Column<long>(type: "INTEGER", nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stays_door_code", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stays_feed_sync_log",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FeedId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Added = table.Column<int>(type: "INTEGER", nullable: false),
                    Changed = table.Column<int>(type: "INTEGER", nullable: false),
                    Removed = table.Column<int>(type: "INTEGER", nullable: false),
                    ConflictNights = table.Column<int>(type: "INTEGER", nullable: false),
                    Error = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stays_feed_sync_log", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stays_housekeeping_task",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StayId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BookingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SameDayTurnover = table.Column<bool>(type: "INTEGER", nullable: false),
                    AssignedPersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Checked = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PhotoId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DoneAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OverriddenAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stays_housekeeping_task", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stays_job_lease",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Holder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LeasedUntil = table.Column<long>(type: "INTEGER", nullable: false),
                    LastRunAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stays_job_lease", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "stays_outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", nullable: true),
                    LockedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    LockedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stays_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stays_photo",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StayId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Jpeg = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Thumbnail = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Width = table.Column<int>(type: "INTEGER", nullable: false),
                    Height = table.Column<int>(type: "INTEGER", nullable: false),
                    Caption = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stays_photo", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stays_review",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BookingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StayId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Rating = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    HiddenAt = table.Column<long>(type: "INTEGER", nullable: true),
                    HiddenReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stays_review", x => x.Id);
                    table.CheckConstraint("ck_review_rating", "\"Rating\" BETWEEN 1 AND 5");
                });

            migrationBuilder.CreateTable(
                name: "stays_stay",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    DescriptionZh = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DescriptionEn = table.Column<string>(type: "TEXT", maxLength: 3000, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: false),
                    Longitude = table.Column<double>(type: "REAL", nullable: false),
                    CancellationPolicy = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    InstantBook = table.Column<bool>(type: "INTEGER", nullable: false),
                    CheckInFrom = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    CheckOutBy = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    ArrivalInstructions = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    HouseRules = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Languages = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StepFreeAccess = table.Column<bool>(type: "INTEGER", nullable: false),
                    HasDesk = table.Column<bool>(type: "INTEGER", nullable: false),
                    BandwidthMbps = table.Column<int>(type: "INTEGER", nullable: true),
                    QuietHours = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    HasCoworking = table.Column<bool>(type: "INTEGER", nullable: false),
                    Amenities = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stays_stay", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stays_stay_message",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BookingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StayId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Arguments = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReadAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stays_stay_message", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stays_unit_type",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StayId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Beds = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxGuests = table.Column<int>(type: "INTEGER", nullable: false),
                    BaseOccupancy = table.Column<int>(type: "INTEGER", nullable: false),
                    BaseNightly = table.Column<decimal>(type: "TEXT", nullable: false),
                    WeekendNightly = table.Column<decimal>(type: "TEXT", nullable: true),
                    ExtraGuestNightly = table.Column<decimal>(type: "TEXT", nullable: false),
                    MinNights = table.Column<int>(type: "INTEGER", nullable: false),
                    WeeklyDiscountPct = table.Column<decimal>(type: "TEXT", nullable: false),
                    MonthlyDiscountPct = table.Column<decimal>(type: "TEXT", nullable: false),
                    FeedTokenHash = table.Column<byte[]>(type: "BLOB", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stays_unit_type", x => x.Id);
                    table.CheckConstraint("ck_unit_type_prices", "\"BaseNightly\" > 0 AND \"ExtraGuestNightly\" >= 0 AND \"MaxGuests\" >= 1 AND \"BaseOccupancy\" >= 1 AND \"MinNights\" >= 1");
                    table.ForeignKey(
                        name: "FK_stays_unit_type_stays_stay_StayId",
                        column: x => x.StayId,
                        principalTable: "stays_stay",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "stays_season_rate",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitTypeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Until = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Nightly = table.Column<decimal>(type: "TEXT", nullable: false),
                    WeekendNightly = table.Column<decimal>(type: "TEXT", nullable: true),
                    ExtraGuestNightly = table.Column<decimal>(type: "TEXT", nullable: true),
                    MinNights = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stays_season_rate", x => x.Id);
                    table.CheckConstraint("ck_season_range", "\"Until\" > \"From\" AND \"Nightly\" > 0");
                    table.ForeignKey(
                        name: "FK_stays_season_rate_stays_unit_type_UnitTypeId",
                        column: x => x.UnitTypeId,
                        principalTable: "stays_unit_type",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "stays_unit",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitTypeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Housekeeping = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stays_unit", x => x.Id);
                    table.ForeignKey(
                        name: "FK_stays_unit_stays_unit_type_UnitTypeId",
                        column: x => x.UnitTypeId,
                        principalTable: "stays_unit_type",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "stays_block",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    FeedId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ExternalUid = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    End = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ConflictNights = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stays_block", x => x.Id);
                    table.CheckConstraint("ck_block_range", "\"End\" > \"Start\"");
                    table.ForeignKey(
                        name: "FK_stays_block_stays_unit_UnitId",
                        column: x => x.UnitId,
                        principalTable: "stays_unit",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "stays_booking",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StayId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitTypeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GuestUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GuestName = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    GuestPhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Guests = table.Column<int>(type: "INTEGER", nullable: false),
                    CheckIn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CheckOut = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Total = table.Column<decimal>(type: "TEXT", nullable: false),
                    PriceBreakdown = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    CancellationPolicy = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Refund = table.Column<decimal>(type: "TEXT", nullable: true),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RequestHash = table.Column<byte[]>(type: "BLOB", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ConfirmedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CheckedInAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CheckedOutAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stays_booking", x => x.Id);
                    table.CheckConstraint("ck_booking_dates", "\"CheckOut\" > \"CheckIn\" AND \"Guests\" >= 1 AND \"Total\" >= 0");
                    table.ForeignKey(
                        name: "FK_stays_booking_stays_unit_UnitId",
                        column: x => x.UnitId,
                        principalTable: "stays_unit",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "stays_calendar_feed",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    IntervalMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    LastPulledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastSucceededAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    NextPullAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stays_calendar_feed", x => x.Id);
                    table.ForeignKey(
                        name: "FK_stays_calendar_feed_stays_unit_UnitId",
                        column: x => x.UnitId,
                        principalTable: "stays_unit",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "stays_unit_night",
                columns: table => new
                {
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Night = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    BookingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BlockId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stays_unit_night", x => new { x.UnitId, x.Night });
                    table.CheckConstraint("ck_night_owner", "(\"BookingId\" IS NULL) <> (\"BlockId\" IS NULL)");
                    table.ForeignKey(
                        name: "FK_stays_unit_night_stays_unit_UnitId",
                        column: x => x.UnitId,
                        principalTable: "stays_unit",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_stays_block_FeedId_ExternalUid",
                table: "stays_block",
                columns: new[] { "FeedId", "ExternalUid" });

            migrationBuilder.CreateIndex(
                name: "IX_stays_block_UnitId_Start",
                table: "stays_block",
                columns: new[] { "UnitId", "Start" });

            migrationBuilder.CreateIndex(
                name: "IX_stays_booking_GuestUserId_IdempotencyKey",
                table: "stays_booking",
                columns: new[] { "GuestUserId", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_stays_booking_StayId_CheckIn",
                table: "stays_booking",
                columns: new[] { "StayId", "CheckIn" });

            migrationBuilder.CreateIndex(
                name: "IX_stays_booking_UnitId_CheckIn",
                table: "stays_booking",
                columns: new[] { "UnitId", "CheckIn" });

            migrationBuilder.CreateIndex(
                name: "IX_stays_calendar_feed_NextPullAt",
                table: "stays_calendar_feed",
                column: "NextPullAt");

            migrationBuilder.CreateIndex(
                name: "IX_stays_calendar_feed_UnitId",
                table: "stays_calendar_feed",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_stays_door_code_BookingId",
                table: "stays_door_code",
                column: "BookingId");

            migrationBuilder.CreateIndex(
                name: "IX_stays_feed_sync_log_FeedId_At",
                table: "stays_feed_sync_log",
                columns: new[] { "FeedId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_stays_housekeeping_task_BookingId",
                table: "stays_housekeeping_task",
                column: "BookingId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_stays_housekeeping_task_StayId_Day",
                table: "stays_housekeeping_task",
                columns: new[] { "StayId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_stays_outbox_ProcessedAt_NextAttemptAt",
                table: "stays_outbox",
                columns: new[] { "ProcessedAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_stays_photo_StayId_Position",
                table: "stays_photo",
                columns: new[] { "StayId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_stays_review_BookingId_Direction",
                table: "stays_review",
                columns: new[] { "BookingId", "Direction" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_stays_review_StayId_CreatedAt",
                table: "stays_review",
                columns: new[] { "StayId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_stays_season_rate_UnitTypeId",
                table: "stays_season_rate",
                column: "UnitTypeId");

            migrationBuilder.CreateIndex(
                name: "IX_stays_stay_OrganisationId",
                table: "stays_stay",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_stays_stay_RegionCode",
                table: "stays_stay",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_stays_stay_message_BookingId_CreatedAt",
                table: "stays_stay_message",
                columns: new[] { "BookingId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_stays_stay_message_StayId_Recipient_CreatedAt",
                table: "stays_stay_message",
                columns: new[] { "StayId", "Recipient", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_stays_unit_UnitTypeId_Label",
                table: "stays_unit",
                columns: new[] { "UnitTypeId", "Label" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_stays_unit_night_BlockId",
                table: "stays_unit_night",
                column: "BlockId");

            migrationBuilder.CreateIndex(
                name: "IX_stays_unit_night_BookingId",
                table: "stays_unit_night",
                column: "BookingId");

            migrationBuilder.CreateIndex(
                name: "IX_stays_unit_night_Night",
                table: "stays_unit_night",
                column: "Night");

            migrationBuilder.CreateIndex(
                name: "IX_stays_unit_type_FeedTokenHash",
                table: "stays_unit_type",
                column: "FeedTokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_stays_unit_type_StayId",
                table: "stays_unit_type",
                column: "StayId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "stays_block");

            migrationBuilder.DropTable(
                name: "stays_booking");

            migrationBuilder.DropTable(
                name: "stays_calendar_feed");

            migrationBuilder.DropTable(
                name: "stays_door_code");

            migrationBuilder.DropTable(
                name: "stays_feed_sync_log");

            migrationBuilder.DropTable(
                name: "stays_housekeeping_task");

            migrationBuilder.DropTable(
                name: "stays_job_lease");

            migrationBuilder.DropTable(
                name: "stays_outbox");

            migrationBuilder.DropTable(
                name: "stays_photo");

            migrationBuilder.DropTable(
                name: "stays_review");

            migrationBuilder.DropTable(
                name: "stays_season_rate");

            migrationBuilder.DropTable(
                name: "stays_stay_message");

            migrationBuilder.DropTable(
                name: "stays_unit_night");

            migrationBuilder.DropTable(
                name: "stays_unit");

            migrationBuilder.DropTable(
                name: "stays_unit_type");

            migrationBuilder.DropTable(
                name: "stays_stay");
        }
    }
}
