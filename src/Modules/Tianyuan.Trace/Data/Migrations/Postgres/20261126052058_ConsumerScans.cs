using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tianyuan.Trace.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class ConsumerScans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "trace_scan",
                schema: "trace",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Gtin = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: false),
                    Serial = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ScannedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Source = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trace_scan", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "trace_scan_alert",
                schema: "trace",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Gtin = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: false),
                    Serial = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DistinctSources = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trace_scan_alert", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_trace_scan_Gtin_Serial_ScannedAt",
                schema: "trace",
                table: "trace_scan",
                columns: new[] { "Gtin", "Serial", "ScannedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_trace_scan_alert_Gtin_Serial",
                schema: "trace",
                table: "trace_scan_alert",
                columns: new[] { "Gtin", "Serial" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "trace_scan",
                schema: "trace");

            migrationBuilder.DropTable(
                name: "trace_scan_alert",
                schema: "trace");
        }
    }
}
