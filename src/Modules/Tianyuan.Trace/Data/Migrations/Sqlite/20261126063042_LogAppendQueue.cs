using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tianyuan.Trace.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class LogAppendQueue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "trace_log_pending",
                columns: table => new
                {
                    Seq = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HashId = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trace_log_pending", x => x.Seq);
                    table.ForeignKey(
                        name: "FK_trace_log_pending_trace_epcis_event_EventId",
                        column: x => x.EventId,
                        principalTable: "trace_epcis_event",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_trace_log_pending_EventId",
                table: "trace_log_pending",
                column: "EventId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "trace_log_pending");
        }
    }
}
