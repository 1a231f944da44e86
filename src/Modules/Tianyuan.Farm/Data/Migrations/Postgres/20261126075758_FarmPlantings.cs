using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tianyuan.Farm.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class FarmPlantings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Key",
                schema: "farm",
                table: "farm_farm_alert",
                type: "character varying(120)",
                maxLength: 120,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(80)",
                oldMaxLength: 80);

            migrationBuilder.AddColumn<Guid>(
                name: "RuleId",
                schema: "farm",
                table: "farm_farm_alert",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Pest",
                schema: "farm",
                table: "farm_diary_entry",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "farm_alert_delivery",
                schema: "farm",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AlertId = table.Column<Guid>(type: "uuid", nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Detail = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_farm_alert_delivery", x => x.Id);
                    table.ForeignKey(
                        name: "FK_farm_alert_delivery_farm_farm_alert_AlertId",
                        column: x => x.AlertId,
                        principalSchema: "farm",
                        principalTable: "farm_farm_alert",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "farm_pest_rule",
                schema: "farm",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FarmId = table.Column<Guid>(type: "uuid", nullable: false),
                    Pest = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Stage = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Advice = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    LowerC = table.Column<double>(type: "double precision", nullable: false),
                    UpperC = table.Column<double>(type: "double precision", nullable: false),
                    ThresholdDd = table.Column<double>(type: "double precision", nullable: false),
                    BiofixOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_farm_pest_rule", x => x.Id);
                    table.CheckConstraint("ck_pest_rule_thresholds", "\"LowerC\" < \"UpperC\" AND \"ThresholdDd\" > 0");
                    table.ForeignKey(
                        name: "FK_farm_pest_rule_farm_farm_FarmId",
                        column: x => x.FarmId,
                        principalSchema: "farm",
                        principalTable: "farm_farm",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "farm_planting",
                schema: "farm",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FarmId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlotId = table.Column<Guid>(type: "uuid", nullable: false),
                    Crop = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Variety = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_farm_planting", x => x.Id);
                    table.ForeignKey(
                        name: "FK_farm_planting_farm_plot_PlotId",
                        column: x => x.PlotId,
                        principalSchema: "farm",
                        principalTable: "farm_plot",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "farm_weather_day",
                schema: "farm",
                columns: table => new
                {
                    FarmId = table.Column<Guid>(type: "uuid", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    TMinC = table.Column<double>(type: "double precision", nullable: false),
                    TMaxC = table.Column<double>(type: "double precision", nullable: false),
                    RhMeanPct = table.Column<double>(type: "double precision", nullable: true),
                    WindSpeedMs = table.Column<double>(type: "double precision", nullable: true),
                    SunshineHours = table.Column<double>(type: "double precision", nullable: true),
                    RainMm = table.Column<double>(type: "double precision", nullable: true),
                    ImportedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_farm_weather_day", x => new { x.FarmId, x.Day });
                    table.CheckConstraint("ck_weather_day_range", "\"TMinC\" <= \"TMaxC\"");
                    table.ForeignKey(
                        name: "FK_farm_weather_day_farm_farm_FarmId",
                        column: x => x.FarmId,
                        principalSchema: "farm",
                        principalTable: "farm_farm",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_farm_alert_delivery_AlertId",
                schema: "farm",
                table: "farm_alert_delivery",
                column: "AlertId");

            migrationBuilder.CreateIndex(
                name: "IX_farm_pest_rule_FarmId",
                schema: "farm",
                table: "farm_pest_rule",
                column: "FarmId");

            migrationBuilder.CreateIndex(
                name: "IX_farm_planting_PlotId_StartedOn",
                schema: "farm",
                table: "farm_planting",
                columns: new[] { "PlotId", "StartedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "farm_alert_delivery",
                schema: "farm");

            migrationBuilder.DropTable(
                name: "farm_pest_rule",
                schema: "farm");

            migrationBuilder.DropTable(
                name: "farm_planting",
                schema: "farm");

            migrationBuilder.DropTable(
                name: "farm_weather_day",
                schema: "farm");

            migrationBuilder.DropColumn(
                name: "RuleId",
                schema: "farm",
                table: "farm_farm_alert");

            migrationBuilder.DropColumn(
                name: "Pest",
                schema: "farm",
                table: "farm_diary_entry");

            migrationBuilder.AlterColumn<string>(
                name: "Key",
                schema: "farm",
                table: "farm_farm_alert",
                type: "character varying(80)",
                maxLength: 80,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(120)",
                oldMaxLength: 120);
        }
    }
}
