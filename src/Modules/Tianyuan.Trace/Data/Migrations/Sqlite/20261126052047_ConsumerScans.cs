using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tianyuan.Trace.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class ConsumerScans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "trace_scan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Gtin = table.Column<string>(type: "TEXT", maxLength: 14, nullable: false),
                    Serial = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ScannedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trace_scan", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "trace_scan_alert",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Gtin = table.Column<string>(type: "TEXT", maxLength: 14, nullable: false),
                    Serial = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RaisedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DistinctSources = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trace_scan_alert", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_trace_scan_Gtin_Serial_ScannedAt",
                table: "trace_scan",
                columns: new[] { "Gtin", "Serial", "ScannedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_trace_scan_alert_Gtin_Serial",
                table: "trace_scan_alert",
                columns: new[] { "Gtin", "Serial" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "trace_scan");

            migrationBuilder.DropTable(
                name: "trace_scan_alert");
        }
    }
}
