using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tianyuan.Farm.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "farm_farm",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_farm_farm", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "farm_job_lease",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Holder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LeasedUntil = table.Column<long>(type: "INTEGER", nullable: false),
                    LastRunAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_farm_job_lease", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "farm_outbox",
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
                    table.PrimaryKey("PK_farm_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "farm_quarantined_reading",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SensorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Time = table.Column<long>(type: "INTEGER", nullable: false),
                    Value = table.Column<double>(type: "REAL", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_farm_quarantined_reading", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "farm_reading",
                columns: table => new
                {
                    SensorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Quantity = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Time = table.Column<long>(type: "INTEGER", nullable: false),
                    Value = table.Column<double>(type: "REAL", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_farm_reading", x => new { x.SensorId, x.Quantity, x.Time });
                });

            migrationBuilder.CreateTable(
                name: "farm_reading_daily",
                columns: table => new
                {
                    SensorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Quantity = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Start = table.Column<long>(type: "INTEGER", nullable: false),
                    Min = table.Column<double>(type: "REAL", nullable: false),
                    Max = table.Column<double>(type: "REAL", nullable: false),
                    Sum = table.Column<double>(type: "REAL", nullable: false),
                    Count = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_farm_reading_daily", x => new { x.SensorId, x.Quantity, x.Start });
                });

            migrationBuilder.CreateTable(
                name: "farm_reading_hourly",
                columns: table => new
                {
                    SensorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Quantity = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Start = table.Column<long>(type: "INTEGER", nullable: false),
                    Min = table.Column<double>(type: "REAL", nullable: false),
                    Max = table.Column<double>(type: "REAL", nullable: false),
                    Sum = table.Column<double>(type: "REAL", nullable: false),
                    Count = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_farm_reading_hourly", x => new { x.SensorId, x.Quantity, x.Start });
                });

            migrationBuilder.CreateTable(
                name: "farm_plot",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FarmId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    BoundaryGeoJson = table.Column<string>(type: "TEXT", nullable: true),
                    AreaM2 = table.Column<double>(type: "REAL", nullable: false),
                    SoilType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FieldCapacity = table.Column<double>(type: "REAL", nullable: false),
                    WiltingPoint = table.Column<double>(type: "REAL", nullable: false),
                    Crop = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_farm_plot", x => x.Id);
                    table.CheckConstraint("ck_plot_water", "\"WiltingPoint\" >= 0 AND \"WiltingPoint\" < \"FieldCapacity\" AND \"FieldCapacity\" <= 1");
                    table.ForeignKey(
                        name: "FK_farm_plot_farm_farm_FarmId",
                        column: x => x.FarmId,
                        principalTable: "farm_farm",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "farm_device",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FarmId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlotId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    KeyPrefix = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    KeyHash = table.Column<byte[]>(type: "BLOB", nullable: false),
                    RegisteredBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastSeenAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_farm_device", x => x.Id);
                    table.ForeignKey(
                        name: "FK_farm_device_farm_farm_FarmId",
                        column: x => x.FarmId,
                        principalTable: "farm_farm",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_farm_device_farm_plot_PlotId",
                        column: x => x.PlotId,
                        principalTable: "farm_plot",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_farm_device_FarmId",
                table: "farm_device",
                column: "FarmId");

            migrationBuilder.CreateIndex(
                name: "IX_farm_device_KeyPrefix",
                table: "farm_device",
                column: "KeyPrefix",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_farm_device_PlotId",
                table: "farm_device",
                column: "PlotId");

            migrationBuilder.CreateIndex(
                name: "IX_farm_farm_OrganisationId",
                table: "farm_farm",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_farm_farm_RegionCode",
                table: "farm_farm",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_farm_outbox_ProcessedAt_NextAttemptAt",
                table: "farm_outbox",
                columns: new[] { "ProcessedAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_farm_plot_FarmId_Name",
                table: "farm_plot",
                columns: new[] { "FarmId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_farm_quarantined_reading_SensorId_ReceivedAt",
                table: "farm_quarantined_reading",
                columns: new[] { "SensorId", "ReceivedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "farm_device");

            migrationBuilder.DropTable(
                name: "farm_job_lease");

            migrationBuilder.DropTable(
                name: "farm_outbox");

            migrationBuilder.DropTable(
                name: "farm_quarantined_reading");

            migrationBuilder.DropTable(
                name: "farm_reading");

            migrationBuilder.DropTable(
                name: "farm_reading_daily");

            migrationBuilder.DropTable(
                name: "farm_reading_hourly");

            migrationBuilder.DropTable(
                name: "farm_plot");

            migrationBuilder.DropTable(
                name: "farm_farm");
        }
    }
}
