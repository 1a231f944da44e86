using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tianyuan.Trace.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class NamedQueriesAndSubscriptions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "trace_named_query",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ParametersJson = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trace_named_query", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "trace_query_subscription",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    QueryName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Dest = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SignatureToken = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ReportIfEmpty = table.Column<bool>(type: "INTEGER", nullable: false),
                    Stream = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AfterRecordTime = table.Column<long>(type: "INTEGER", nullable: false),
                    AfterHashId = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    LastDeliveredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastDeliveredCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Failures = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trace_query_subscription", x => x.Id);
                    table.ForeignKey(
                        name: "FK_trace_query_subscription_trace_named_query_QueryName",
                        column: x => x.QueryName,
                        principalTable: "trace_named_query",
                        principalColumn: "Name",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_trace_query_subscription_NextAttemptAt",
                table: "trace_query_subscription",
                column: "NextAttemptAt");

            migrationBuilder.CreateIndex(
                name: "IX_trace_query_subscription_QueryName",
                table: "trace_query_subscription",
                column: "QueryName");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "trace_query_subscription");

            migrationBuilder.DropTable(
                name: "trace_named_query");
        }
    }
}
