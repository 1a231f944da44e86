using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tianyuan.Farm.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class DiaryTraceAndSnapshots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Gtin",
                schema: "farm",
                table: "farm_diary_entry",
                type: "character varying(14)",
                maxLength: 14,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Lot",
                schema: "farm",
                table: "farm_diary_entry",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "WithdrawalDays",
                schema: "farm",
                table: "farm_diary_entry",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "farm_camera_snapshot",
                schema: "farm",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FarmId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlotId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeviceId = table.Column<Guid>(type: "uuid", nullable: true),
                    UploadedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    TakenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Jpeg = table.Column<byte[]>(type: "bytea", nullable: false),
                    Thumbnail = table.Column<byte[]>(type: "bytea", nullable: false),
                    Width = table.Column<int>(type: "integer", nullable: false),
                    Height = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_farm_camera_snapshot", x => x.Id);
                    table.ForeignKey(
                        name: "FK_farm_camera_snapshot_farm_device_DeviceId",
                        column: x => x.DeviceId,
                        principalSchema: "farm",
                        principalTable: "farm_device",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_farm_camera_snapshot_farm_plot_PlotId",
                        column: x => x.PlotId,
                        principalSchema: "farm",
                        principalTable: "farm_plot",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_farm_camera_snapshot_DeviceId",
                schema: "farm",
                table: "farm_camera_snapshot",
                column: "DeviceId");

            migrationBuilder.CreateIndex(
                name: "IX_farm_camera_snapshot_PlotId_TakenAt",
                schema: "farm",
                table: "farm_camera_snapshot",
                columns: new[] { "PlotId", "TakenAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "farm_camera_snapshot",
                schema: "farm");

            migrationBuilder.DropColumn(
                name: "Gtin",
                schema: "farm",
                table: "farm_diary_entry");

            migrationBuilder.DropColumn(
                name: "Lot",
                schema: "farm",
                table: "farm_diary_entry");

            migrationBuilder.DropColumn(
                name: "WithdrawalDays",
                schema: "farm",
                table: "farm_diary_entry");
        }
    }
}
