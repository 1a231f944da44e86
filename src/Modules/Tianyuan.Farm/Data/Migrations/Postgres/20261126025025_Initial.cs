using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tianyuan.Farm.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "farm");

            migrationBuilder.CreateTable(
                name: "farm_farm",
                schema: "farm",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_farm_farm", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "farm_job_lease",
                schema: "farm",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Holder = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LeasedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastRunAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_farm_job_lease", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "farm_outbox",
                schema: "farm",
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
                    table.PrimaryKey("PK_farm_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "farm_quarantined_reading",
                schema: "farm",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SensorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Value = table.Column<double>(type: "double precision", nullable: false),
                    Unit = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_farm_quarantined_reading", x => x.Id);
                });

            // Readings are a time series: on PostgreSQL the table is partitioned by month (ReadingPartitions adds the
            // months ahead; anything else lands in the default partition) with a BRIN index on time. EF's CreateTable
            // cannot declare partitioning, so this one table is written by hand; the model snapshot is unchanged.
            migrationBuilder.Sql("""
                CREATE TABLE farm.farm_reading (
                    "SensorId" uuid NOT NULL,
                    "Quantity" character varying(40) NOT NULL,
                    "Time" timestamp with time zone NOT NULL,
                    "Value" double precision NOT NULL,
                    "Unit" character varying(10) NOT NULL,
                    "ReceivedAt" timestamp with time zone NOT NULL,
                    CONSTRAINT "PK_farm_reading" PRIMARY KEY ("SensorId", "Quantity", "Time")
                ) PARTITION BY RANGE ("Time");
                CREATE TABLE farm.farm_reading_default PARTITION OF farm.farm_reading DEFAULT;
                CREATE INDEX "IX_farm_reading_time_brin" ON farm.farm_reading USING brin ("Time");
                """);

            migrationBuilder.CreateTable(
                name: "farm_reading_daily",
                schema: "farm",
                columns: table => new
                {
                    SensorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Quantity = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Start = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Min = table.Column<double>(type: "double precision", nullable: false),
                    Max = table.Column<double>(type: "double precision", nullable: false),
                    Sum = table.Column<double>(type: "double precision", nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_farm_reading_daily", x => new { x.SensorId, x.Quantity, x.Start });
                });

            migrationBuilder.CreateTable(
                name: "farm_reading_hourly",
                schema: "farm",
                columns: table => new
                {
                    SensorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Quantity = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Start = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Min = table.Column<double>(type: "double precision", nullable: false),
                    Max = table.Column<double>(type: "double precision", nullable: false),
                    Sum = table.Column<double>(type: "double precision", nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_farm_reading_hourly", x => new { x.SensorId, x.Quantity, x.Start });
                });

            migrationBuilder.CreateTable(
                name: "farm_plot",
                schema: "farm",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FarmId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    BoundaryGeoJson = table.Column<string>(type: "text", nullable: true),
                    AreaM2 = table.Column<double>(type: "double precision", nullable: false),
                    SoilType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FieldCapacity = table.Column<double>(type: "double precision", nullable: false),
                    WiltingPoint = table.Column<double>(type: "double precision", nullable: false),
                    Crop = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_farm_plot", x => x.Id);
                    table.CheckConstraint("ck_plot_water", "\"WiltingPoint\" >= 0 AND \"WiltingPoint\" < \"FieldCapacity\" AND \"FieldCapacity\" <= 1");
                    table.ForeignKey(
                        name: "FK_farm_plot_farm_farm_FarmId",
                        column: x => x.FarmId,
                        principalSchema: "farm",
                        principalTable: "farm_farm",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "farm_device",
                schema: "farm",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FarmId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlotId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    KeyPrefix = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    KeyHash = table.Column<byte[]>(type: "bytea", nullable: false),
                    RegisteredBy = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastSeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_farm_device", x => x.Id);
                    table.ForeignKey(
                        name: "FK_farm_device_farm_farm_FarmId",
                        column: x => x.FarmId,
                        principalSchema: "farm",
                        principalTable: "farm_farm",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_farm_device_farm_plot_PlotId",
                        column: x => x.PlotId,
                        principalSchema: "farm",
                        principalTable: "farm_plot",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_farm_device_FarmId",
                schema: "farm",
                table: "farm_device",
                column: "FarmId");

            migrationBuilder.CreateIndex(
                name: "IX_farm_device_KeyPrefix",
                schema: "farm",
                table: "farm_device",
                column: "KeyPrefix",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_farm_device_PlotId",
                schema: "farm",
                table: "farm_device",
                column: "PlotId");

            migrationBuilder.CreateIndex(
                name: "IX_farm_farm_OrganisationId",
                schema: "farm",
                table: "farm_farm",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_farm_farm_RegionCode",
                schema: "farm",
                table: "farm_farm",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_farm_outbox_ProcessedAt_NextAttemptAt",
                schema: "farm",
                table: "farm_outbox",
                columns: new[] { "ProcessedAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_farm_plot_FarmId_Name",
                schema: "farm",
                table: "farm_plot",
                columns: new[] { "FarmId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_farm_quarantined_reading_SensorId_ReceivedAt",
                schema: "farm",
                table: "farm_quarantined_reading",
                columns: new[] { "SensorId", "ReceivedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "farm_device",
                schema: "farm");

            migrationBuilder.DropTable(
                name: "farm_job_lease",
                schema: "farm");

            migrationBuilder.DropTable(
                name: "farm_outbox",
                schema: "farm");

            migrationBuilder.DropTable(
                name: "farm_quarantined_reading",
                schema: "farm");

            migrationBuilder.DropTable(
                name: "farm_reading",
                schema: "farm");

            migrationBuilder.DropTable(
                name: "farm_reading_daily",
                schema: "farm");

            migrationBuilder.DropTable(
                name: "farm_reading_hourly",
                schema: "farm");

            migrationBuilder.DropTable(
                name: "farm_plot",
                schema: "farm");

            migrationBuilder.DropTable(
                name: "farm_farm",
                schema: "farm");
        }
    }
}
