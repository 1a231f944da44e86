using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tianyuan.Trace.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class TransparencyLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "trace_log_checkpoint",
                columns: table => new
                {
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    RootHash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    SignedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    WitnessedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trace_log_checkpoint", x => x.Size);
                });

            migrationBuilder.CreateTable(
                name: "trace_log_head",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trace_log_head", x => x.Id);
                    table.CheckConstraint("ck_trace_log_head_only", "\"Id\" = 1");
                });

            migrationBuilder.CreateTable(
                name: "trace_log_leaf",
                columns: table => new
                {
                    Index = table.Column<long>(type: "INTEGER", nullable: false),
                    LeafHash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HashId = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trace_log_leaf", x => x.Index);
                    table.CheckConstraint("ck_trace_log_leaf_index", "\"Index\" >= 0");
                    table.ForeignKey(
                        name: "FK_trace_log_leaf_trace_epcis_event_EventId",
                        column: x => x.EventId,
                        principalTable: "trace_epcis_event",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "trace_log_node",
                columns: table => new
                {
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Index = table.Column<long>(type: "INTEGER", nullable: false),
                    Hash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trace_log_node", x => new { x.Level, x.Index });
                });

            migrationBuilder.InsertData(
                table: "trace_log_head",
                columns: new[] { "Id", "Size" },
                values: new object[] { 1, 0L });

            migrationBuilder.CreateIndex(
                name: "IX_trace_log_leaf_EventId",
                table: "trace_log_leaf",
                column: "EventId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_trace_log_leaf_HashId",
                table: "trace_log_leaf",
                column: "HashId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "trace_log_checkpoint");

            migrationBuilder.DropTable(
                name: "trace_log_head");

            migrationBuilder.DropTable(
                name: "trace_log_leaf");

            migrationBuilder.DropTable(
                name: "trace_log_node");
        }
    }
}
