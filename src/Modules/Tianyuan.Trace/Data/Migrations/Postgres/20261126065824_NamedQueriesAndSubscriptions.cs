using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tianyuan.Trace.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class NamedQueriesAndSubscriptions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "trace_named_query",
                schema: "trace",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ParametersJson = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trace_named_query", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "trace_query_subscription",
                schema: "trace",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    QueryName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Dest = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    SignatureToken = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ReportIfEmpty = table.Column<bool>(type: "boolean", nullable: false),
                    Stream = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AfterRecordTime = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AfterHashId = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    LastDeliveredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastDeliveredCount = table.Column<int>(type: "integer", nullable: false),
                    Failures = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastError = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trace_query_subscription", x => x.Id);
                    table.ForeignKey(
                        name: "FK_trace_query_subscription_trace_named_query_QueryName",
                        column: x => x.QueryName,
                        principalSchema: "trace",
                        principalTable: "trace_named_query",
                        principalColumn: "Name",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_trace_query_subscription_NextAttemptAt",
                schema: "trace",
                table: "trace_query_subscription",
                column: "NextAttemptAt");

            migrationBuilder.CreateIndex(
                name: "IX_trace_query_subscription_QueryName",
                schema: "trace",
                table: "trace_query_subscription",
                column: "QueryName");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "trace_query_subscription",
                schema: "trace");

            migrationBuilder.DropTable(
                name: "trace_named_query",
                schema: "trace");
        }
    }
}
