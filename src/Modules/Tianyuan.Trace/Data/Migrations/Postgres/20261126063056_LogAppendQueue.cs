using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Tianyuan.Trace.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class LogAppendQueue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "trace_log_pending",
                schema: "trace",
                columns: table => new
                {
                    Seq = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    HashId = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trace_log_pending", x => x.Seq);
                    table.ForeignKey(
                        name: "FK_trace_log_pending_trace_epcis_event_EventId",
                        column: x => x.EventId,
                        principalSchema: "trace",
                        principalTable: "trace_epcis_event",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_trace_log_pending_EventId",
                schema: "trace",
                table: "trace_log_pending",
                column: "EventId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "trace_log_pending",
                schema: "trace");
        }
    }
}
