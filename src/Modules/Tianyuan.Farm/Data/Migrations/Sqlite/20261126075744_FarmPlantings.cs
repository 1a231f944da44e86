using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tianyuan.Farm.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class FarmPlantings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "RuleId",
                table: "farm_farm_alert",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Pest",
                table: "farm_diary_entry",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "farm_alert_delivery",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AlertId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_farm_alert_delivery", x => x.Id);
                    table.ForeignKey(
                        name: "FK_farm_alert_delivery_farm_farm_alert_AlertId",
                        column: x => x.AlertId,
                        principalTable: "farm_farm_alert",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "farm_pest_rule",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FarmId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Pest = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Advice = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    LowerC = table.Column<double>(type: "REAL", nullable: false),
                    UpperC = table.Column<double>(type: "REAL", nullable: false),
                    ThresholdDd = table.Column<double>(type: "REAL", nullable: false),
                    BiofixOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_farm_pest_rule", x => x.Id);
                    table.CheckConstraint("ck_pest_rule_thresholds", "\"LowerC\" < \"UpperC\" AND \"ThresholdDd\" > 0");
                    table.ForeignKey(
                        name: "FK_farm_pest_rule_farm_farm_FarmId",
                        column: x => x.FarmId,
                        principalTable: "farm_farm",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "farm_planting",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FarmId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlotId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Crop = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Variety = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_farm_planting", x => x.Id);
                    table.ForeignKey(
                        name: "FK_farm_planting_farm_plot_PlotId",
                        column: x => x.PlotId,
                        principalTable: "farm_plot",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "farm_weather_day",
                columns: table => new
                {
                    FarmId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TMinC = table.Column<double>(type: "REAL", nullable: false),
                    TMaxC = table.Column<double>(type: "REAL", nullable: false),
                    RhMeanPct = table.Column<double>(type: "REAL", nullable: true),
                    WindSpeedMs = table.Column<double>(type: "REAL", nullable: true),
                    SunshineHours = table.Column<double>(type: "REAL", nullable: true),
                    RainMm = table.Column<double>(type: "REAL", nullable: true),
                    ImportedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_farm_weather_day", x => new { x.FarmId, x.Day });
                    table.CheckConstraint("ck_weather_day_range", "\"TMinC\" <= \"TMaxC\"");
                    table.ForeignKey(
                        name: "FK_farm_weather_day_farm_farm_FarmId",
                        column: x => x.FarmId,
                        principalTable: "farm_farm",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_farm_alert_delivery_AlertId",
                table: "farm_alert_delivery",
                column: "AlertId");

            migrationBuilder.CreateIndex(
                name: "IX_farm_pest_rule_FarmId",
                table: "farm_pest_rule",
                column: "FarmId");

            migrationBuilder.CreateIndex(
                name: "IX_farm_planting_PlotId_StartedOn",
                table: "farm_planting",
                columns: new[] { "PlotId", "StartedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "farm_alert_delivery");

            migrationBuilder.DropTable(
                name: "farm_pest_rule");

            migrationBuilder.DropTable(
                name: "farm_planting");

            migrationBuilder.DropTable(
                name: "farm_weather_day");

            migrationBuilder.DropColumn(
                name: "RuleId",
                table: "farm_farm_alert");

            migrationBuilder.DropColumn(
                name: "Pest",
                table: "farm_diary_entry");
        }
    }
}
