using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tianyuan.Stays.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "stays");

            migrationBuilder.CreateTable(
                name: "stays_door_code",
                schema: "stays",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BookingId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Provider = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ValidFrom = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ValidUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stays_door_code", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stays_feed_sync_log",
                schema: "stays",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FeedId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Added = table.Column<int>(type: "integer", nullable: false),
                    Changed = table.Column<int>(type: "integer", nullable: false),
                    Removed = table.Column<int>(type: "integer", nullable: false),
                    ConflictNights = table.Column<int>(type: "integer", nullable: false),
                    Error = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stays_feed_sync_log", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stays_housekeeping_task",
                schema: "stays",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StayId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    BookingId = table.Column<Guid>(type: "uuid", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    SameDayTurnover = table.Column<bool>(type: "boolean", nullable: false),
                    AssignedPersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    Checked = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PhotoId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DoneAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    OverriddenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CancelledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stays_housekeeping_task", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stays_job_lease",
                schema: "stays",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Holder = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LeasedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastRunAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stays_job_lease", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "stays_outbox",
                schema: "stays",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "text", nullable: true),
                    LockedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stays_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stays_photo",
                schema: "stays",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StayId = table.Column<Guid>(type: "uuid", nullable: false),
                    Jpeg = table.Column<byte[]>(type: "bytea", nullable: false),
                    Thumbnail = table.Column<byte[]>(type: "bytea", nullable: false),
                    Width = table.Column<int>(type: "integer", nullable: false),
                    Height = table.Column<int>(type: "integer", nullable: false),
                    Caption = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stays_photo", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stays_review",
                schema: "stays",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BookingId = table.Column<Guid>(type: "uuid", nullable: false),
                    StayId = table.Column<Guid>(type: "uuid", nullable: false),
                    Direction = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Rating = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    HiddenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    HiddenReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stays_review", x => x.Id);
                    table.CheckConstraint("ck_review_rating", "\"Rating\" BETWEEN 1 AND 5");
                });

            migrationBuilder.CreateTable(
                name: "stays_stay",
                schema: "stays",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    NameZh = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    DescriptionZh = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    DescriptionEn = table.Column<string>(type: "character varying(3000)", maxLength: 3000, nullable: true),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Latitude = table.Column<double>(type: "double precision", nullable: false),
                    Longitude = table.Column<double>(type: "double precision", nullable: false),
                    CancellationPolicy = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    InstantBook = table.Column<bool>(type: "boolean", nullable: false),
                    CheckInFrom = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    CheckOutBy = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    ArrivalInstructions = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    HouseRules = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Languages = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    StepFreeAccess = table.Column<bool>(type: "boolean", nullable: false),
                    HasDesk = table.Column<bool>(type: "boolean", nullable: false),
                    BandwidthMbps = table.Column<int>(type: "integer", nullable: true),
                    QuietHours = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    HasCoworking = table.Column<bool>(type: "boolean", nullable: false),
                    Amenities = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Published = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stays_stay", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stays_stay_message",
                schema: "stays",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BookingId = table.Column<Guid>(type: "uuid", nullable: false),
                    StayId = table.Column<Guid>(type: "uuid", nullable: false),
                    Recipient = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Arguments = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReadAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stays_stay_message", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stays_unit_type",
                schema: "stays",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StayId = table.Column<Guid>(type: "uuid", nullable: false),
                    NameZh = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Beds = table.Column<int>(type: "integer", nullable: false),
                    MaxGuests = table.Column<int>(type: "integer", nullable: false),
                    BaseOccupancy = table.Column<int>(type: "integer", nullable: false),
                    BaseNightly = table.Column<decimal>(type: "numeric", nullable: false),
                    WeekendNightly = table.Column<decimal>(type: "numeric", nullable: true),
                    ExtraGuestNightly = table.Column<decimal>(type: "numeric", nullable: false),
                    MinNights = table.Column<int>(type: "integer", nullable: false),
                    WeeklyDiscountPct = table.Column<decimal>(type: "numeric", nullable: false),
                    MonthlyDiscountPct = table.Column<decimal>(type: "numeric", nullable: false),
                    FeedTokenHash = table.Column<byte[]>(type: "bytea", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stays_unit_type", x => x.Id);
                    table.CheckConstraint("ck_unit_type_prices", "\"BaseNightly\" > 0 AND \"ExtraGuestNightly\" >= 0 AND \"MaxGuests\" >= 1 AND \"BaseOccupancy\" >= 1 AND \"MinNights\" >= 1");
                    table.ForeignKey(
                        name: "FK_stays_unit_type_stays_stay_StayId",
                        column: x => x.StayId,
                        principalSchema: "stays",
                        principalTable: "stays_stay",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "stays_season_rate",
                schema: "stays",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitTypeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    Until = table.Column<DateOnly>(type: "date", nullable: false),
                    Nightly = table.Column<decimal>(type: "numeric", nullable: false),
                    WeekendNightly = table.Column<decimal>(type: "numeric", nullable: true),
                    ExtraGuestNightly = table.Column<decimal>(type: "numeric", nullable: true),
                    MinNights = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stays_season_rate", x => x.Id);
                    table.CheckConstraint("ck_season_range", "\"Until\" > \"From\" AND \"Nightly\" > 0");
                    table.ForeignKey(
                        name: "FK_stays_season_rate_stays_unit_type_UnitTypeId",
                        column: x => x.UnitTypeId,
                        principalSchema: "stays",
                        principalTable: "stays_unit_type",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "stays_unit",
                schema: "stays",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitTypeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Label = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Housekeeping = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stays_unit", x => x.Id);
                    table.ForeignKey(
                        name: "FK_stays_unit_stays_unit_type_UnitTypeId",
                        column: x => x.UnitTypeId,
                        principalSchema: "stays",
                        principalTable: "stays_unit_type",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "stays_block",
                schema: "stays",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Source = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    FeedId = table.Column<Guid>(type: "uuid", nullable: true),
                    ExternalUid = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Start = table.Column<DateOnly>(type: "date", nullable: false),
                    End = table.Column<DateOnly>(type: "date", nullable: false),
                    Summary = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ConflictNights = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stays_block", x => x.Id);
                    table.CheckConstraint("ck_block_range", "\"End\" > \"Start\"");
                    table.ForeignKey(
                        name: "FK_stays_block_stays_unit_UnitId",
                        column: x => x.UnitId,
                        principalSchema: "stays",
                        principalTable: "stays_unit",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "stays_booking",
                schema: "stays",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StayId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitTypeId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    GuestUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    GuestName = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    GuestPhone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Guests = table.Column<int>(type: "integer", nullable: false),
                    CheckIn = table.Column<DateOnly>(type: "date", nullable: false),
                    CheckOut = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Total = table.Column<decimal>(type: "numeric", nullable: false),
                    PriceBreakdown = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    CancellationPolicy = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Refund = table.Column<decimal>(type: "numeric", nullable: true),
                    IdempotencyKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RequestHash = table.Column<byte[]>(type: "bytea", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ConfirmedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CheckedInAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CheckedOutAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CancelledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stays_booking", x => x.Id);
                    table.CheckConstraint("ck_booking_dates", "\"CheckOut\" > \"CheckIn\" AND \"Guests\" >= 1 AND \"Total\" >= 0");
                    table.ForeignKey(
                        name: "FK_stays_booking_stays_unit_UnitId",
                        column: x => x.UnitId,
                        principalSchema: "stays",
                        principalTable: "stays_unit",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "stays_calendar_feed",
                schema: "stays",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Url = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    IntervalMinutes = table.Column<int>(type: "integer", nullable: false),
                    LastPulledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastSucceededAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    NextPullAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stays_calendar_feed", x => x.Id);
                    table.ForeignKey(
                        name: "FK_stays_calendar_feed_stays_unit_UnitId",
                        column: x => x.UnitId,
                        principalSchema: "stays",
                        principalTable: "stays_unit",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "stays_unit_night",
                schema: "stays",
                columns: table => new
                {
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Night = table.Column<DateOnly>(type: "date", nullable: false),
                    BookingId = table.Column<Guid>(type: "uuid", nullable: true),
                    BlockId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stays_unit_night", x => new { x.UnitId, x.Night });
                    table.CheckConstraint("ck_night_owner", "(\"BookingId\" IS NULL) <> (\"BlockId\" IS NULL)");
                    table.ForeignKey(
                        name: "FK_stays_unit_night_stays_unit_UnitId",
                        column: x => x.UnitId,
                        principalSchema: "stays",
                        principalTable: "stays_unit",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_stays_block_FeedId_ExternalUid",
                schema: "stays",
                table: "stays_block",
                columns: new[] { "FeedId", "ExternalUid" });

            migrationBuilder.CreateIndex(
                name: "IX_stays_block_UnitId_Start",
                schema: "stays",
                table: "stays_block",
                columns: new[] { "UnitId", "Start" });

            migrationBuilder.CreateIndex(
                name: "IX_stays_booking_GuestUserId_IdempotencyKey",
                schema: "stays",
                table: "stays_booking",
                columns: new[] { "GuestUserId", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_stays_booking_StayId_CheckIn",
                schema: "stays",
                table: "stays_booking",
                columns: new[] { "StayId", "CheckIn" });

            migrationBuilder.CreateIndex(
                name: "IX_stays_booking_UnitId_CheckIn",
                schema: "stays",
                table: "stays_booking",
                columns: new[] { "UnitId", "CheckIn" });

            migrationBuilder.CreateIndex(
                name: "IX_stays_calendar_feed_NextPullAt",
                schema: "stays",
                table: "stays_calendar_feed",
                column: "NextPullAt");

            migrationBuilder.CreateIndex(
                name: "IX_stays_calendar_feed_UnitId",
                schema: "stays",
                table: "stays_calendar_feed",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_stays_door_code_BookingId",
                schema: "stays",
                table: "stays_door_code",
                column: "BookingId");

            migrationBuilder.CreateIndex(
                name: "IX_stays_feed_sync_log_FeedId_At",
                schema: "stays",
                table: "stays_feed_sync_log",
                columns: new[] { "FeedId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_stays_housekeeping_task_BookingId",
                schema: "stays",
                table: "stays_housekeeping_task",
                column: "BookingId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_stays_housekeeping_task_StayId_Day",
                schema: "stays",
                table: "stays_housekeeping_task",
                columns: new[] { "StayId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_stays_outbox_ProcessedAt_NextAttemptAt",
                schema: "stays",
                table: "stays_outbox",
                columns: new[] { "ProcessedAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_stays_photo_StayId_Position",
                schema: "stays",
                table: "stays_photo",
                columns: new[] { "StayId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_stays_review_BookingId_Direction",
                schema: "stays",
                table: "stays_review",
                columns: new[] { "BookingId", "Direction" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_stays_review_StayId_CreatedAt",
                schema: "stays",
                table: "stays_review",
                columns: new[] { "StayId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_stays_season_rate_UnitTypeId",
                schema: "stays",
                table: "stays_season_rate",
                column: "UnitTypeId");

            migrationBuilder.CreateIndex(
                name: "IX_stays_stay_OrganisationId",
                schema: "stays",
                table: "stays_stay",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_stays_stay_RegionCode",
                schema: "stays",
                table: "stays_stay",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_stays_stay_message_BookingId_CreatedAt",
                schema: "stays",
                table: "stays_stay_message",
                columns: new[] { "BookingId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_stays_stay_message_StayId_Recipient_CreatedAt",
                schema: "stays",
                table: "stays_stay_message",
                columns: new[] { "StayId", "Recipient", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_stays_unit_UnitTypeId_Label",
                schema: "stays",
                table: "stays_unit",
                columns: new[] { "UnitTypeId", "Label" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_stays_unit_night_BlockId",
                schema: "stays",
                table: "stays_unit_night",
                column: "BlockId");

            migrationBuilder.CreateIndex(
                name: "IX_stays_unit_night_BookingId",
                schema: "stays",
                table: "stays_unit_night",
                column: "BookingId");

            migrationBuilder.CreateIndex(
                name: "IX_stays_unit_night_Night",
                schema: "stays",
                table: "stays_unit_night",
                column: "Night");

            migrationBuilder.CreateIndex(
                name: "IX_stays_unit_type_FeedTokenHash",
                schema: "stays",
                table: "stays_unit_type",
                column: "FeedTokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_stays_unit_type_StayId",
                schema: "stays",
                table: "stays_unit_type",
                column: "StayId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "stays_block",
                schema: "stays");

            migrationBuilder.DropTable(
                name: "stays_booking",
                schema: "stays");

            migrationBuilder.DropTable(
                name: "stays_calendar_feed",
                schema: "stays");

            migrationBuilder.DropTable(
                name: "stays_door_code",
                schema: "stays");

            migrationBuilder.DropTable(
                name: "stays_feed_sync_log",
                schema: "stays");

            migrationBuilder.DropTable(
                name: "stays_housekeeping_task",
                schema: "stays");

            migrationBuilder.DropTable(
                name: "stays_job_lease",
                schema: "stays");

            migrationBuilder.DropTable(
                name: "stays_outbox",
                schema: "stays");

            migrationBuilder.DropTable(
                name: "stays_photo",
                schema: "stays");

            migrationBuilder.DropTable(
                name: "stays_review",
                schema: "stays");

            migrationBuilder.DropTable(
                name: "stays_season_rate",
                schema: "stays");

            migrationBuilder.DropTable(
                name: "stays_stay_message",
                schema: "stays");

            migrationBuilder.DropTable(
                name: "stays_unit_night",
                schema: "stays");

            migrationBuilder.DropTable(
                name: "stays_unit",
                schema: "stays");

            migrationBuilder.DropTable(
                name: "stays_unit_type",
                schema: "stays");

            migrationBuilder.DropTable(
                name: "stays_stay",
                schema: "stays");
        }
    }
}
