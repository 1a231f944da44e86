using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tianyuan.Farm.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class DiaryTraceAndSnapshots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Gtin",
                table: "farm_diary_entry",
                type: "TEXT",
                maxLength: 14,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Lot",
                table: "farm_diary_entry",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "WithdrawalDays",
                table: "farm_diary_entry",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "farm_camera_snapshot",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FarmId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlotId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeviceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UploadedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    TakenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Jpeg = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Thumbnail = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Width = table.Column<int>(type: "INTEGER", nullable: false),
                    Height = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_farm_camera_snapshot", x => x.Id);
                    table.ForeignKey(
                        name: "FK_farm_camera_snapshot_farm_device_DeviceId",
                        column: x => x.DeviceId,
                        principalTable: "farm_device",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_farm_camera_snapshot_farm_plot_PlotId",
                        column: x => x.PlotId,
                        principalTable: "farm_plot",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_farm_camera_snapshot_DeviceId",
                table: "farm_camera_snapshot",
                column: "DeviceId");

            migrationBuilder.CreateIndex(
                name: "IX_farm_camera_snapshot_PlotId_TakenAt",
                table: "farm_camera_snapshot",
                columns: new[] { "PlotId", "TakenAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "farm_camera_snapshot");

            migrationBuilder.DropColumn(
                name: "Gtin",
                table: "farm_diary_entry");

            migrationBuilder.DropColumn(
                name: "Lot",
                table: "farm_diary_entry");

            migrationBuilder.DropColumn(
                name: "WithdrawalDays",
                table: "farm_diary_entry");
        }
    }
}
