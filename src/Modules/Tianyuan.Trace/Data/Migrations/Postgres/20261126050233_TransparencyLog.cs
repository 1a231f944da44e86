using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tianyuan.Trace.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class TransparencyLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "trace_log_checkpoint",
                schema: "trace",
                columns: table => new
                {
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    RootHash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    SignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    WitnessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trace_log_checkpoint", x => x.Size);
                });

            migrationBuilder.CreateTable(
                name: "trace_log_head",
                schema: "trace",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trace_log_head", x => x.Id);
                    table.CheckConstraint("ck_trace_log_head_only", "\"Id\" = 1");
                });

            migrationBuilder.CreateTable(
                name: "trace_log_leaf",
                schema: "trace",
                columns: table => new
                {
                    Index = table.Column<long>(type: "bigint", nullable: false),
                    LeafHash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    HashId = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trace_log_leaf", x => x.Index);
                    table.CheckConstraint("ck_trace_log_leaf_index", "\"Index\" >= 0");
                    table.ForeignKey(
                        name: "FK_trace_log_leaf_trace_epcis_event_EventId",
                        column: x => x.EventId,
                        principalSchema: "trace",
                        principalTable: "trace_epcis_event",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "trace_log_node",
                schema: "trace",
                columns: table => new
                {
                    Level = table.Column<int>(type: "integer", nullable: false),
                    Index = table.Column<long>(type: "bigint", nullable: false),
                    Hash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trace_log_node", x => new { x.Level, x.Index });
                });

            migrationBuilder.InsertData(
                schema: "trace",
                table: "trace_log_head",
                columns: new[] { "Id", "Size" },
                values: new object[] { 1, 0L });

            migrationBuilder.CreateIndex(
                name: "IX_trace_log_leaf_EventId",
                schema: "trace",
                table: "trace_log_leaf",
                column: "EventId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_trace_log_leaf_HashId",
                schema: "trace",
                table: "trace_log_leaf",
                column: "HashId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "trace_log_checkpoint",
                schema: "trace");

            migrationBuilder.DropTable(
                name: "trace_log_head",
                schema: "trace");

            migrationBuilder.DropTable(
                name: "trace_log_leaf",
                schema: "trace");

            migrationBuilder.DropTable(
                name: "trace_log_node",
                schema: "trace");
        }
    }
}
