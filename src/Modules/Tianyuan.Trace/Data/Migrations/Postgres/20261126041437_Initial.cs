using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tianyuan.Trace.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "trace");

            migrationBuilder.CreateTable(
                name: "trace_capture_job",
                schema: "trace",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Running = table.Column<bool>(type: "boolean", nullable: false),
                    Success = table.Column<bool>(type: "boolean", nullable: false),
                    ErrorBehaviour = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ErrorsJson = table.Column<string>(type: "text", nullable: true),
                    EventCount = table.Column<int>(type: "integer", nullable: false),
                    StoredCount = table.Column<int>(type: "integer", nullable: false),
                    DuplicateCount = table.Column<int>(type: "integer", nullable: false),
                    CapturedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trace_capture_job", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "trace_epcis_event",
                schema: "trace",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HashId = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    EventId = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EventTime = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EventTimeZoneOffset = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    RecordTime = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Action = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    BizStep = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Disposition = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ReadPoint = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    BizLocation = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Json = table.Column<string>(type: "text", nullable: false),
                    CaptureId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trace_epcis_event", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "trace_job_lease",
                schema: "trace",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Holder = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LeasedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastRunAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trace_job_lease", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "trace_outbox",
                schema: "trace",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "text", nullable: true),
                    LockedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trace_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "trace_epcis_event_epc",
                schema: "trace",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Epc = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trace_epcis_event_epc", x => new { x.EventId, x.Role, x.Epc });
                    table.ForeignKey(
                        name: "FK_trace_epcis_event_epc_trace_epcis_event_EventId",
                        column: x => x.EventId,
                        principalSchema: "trace",
                        principalTable: "trace_epcis_event",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_trace_capture_job_CreatedAt",
                schema: "trace",
                table: "trace_capture_job",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_trace_epcis_event_BizLocation",
                schema: "trace",
                table: "trace_epcis_event",
                column: "BizLocation");

            migrationBuilder.CreateIndex(
                name: "IX_trace_epcis_event_BizStep",
                schema: "trace",
                table: "trace_epcis_event",
                column: "BizStep");

            migrationBuilder.CreateIndex(
                name: "IX_trace_epcis_event_CaptureId",
                schema: "trace",
                table: "trace_epcis_event",
                column: "CaptureId");

            migrationBuilder.CreateIndex(
                name: "IX_trace_epcis_event_EventId",
                schema: "trace",
                table: "trace_epcis_event",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_trace_epcis_event_EventTime_HashId",
                schema: "trace",
                table: "trace_epcis_event",
                columns: new[] { "EventTime", "HashId" });

            migrationBuilder.CreateIndex(
                name: "IX_trace_epcis_event_HashId",
                schema: "trace",
                table: "trace_epcis_event",
                column: "HashId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_trace_epcis_event_ReadPoint",
                schema: "trace",
                table: "trace_epcis_event",
                column: "ReadPoint");

            migrationBuilder.CreateIndex(
                name: "IX_trace_epcis_event_RecordTime_HashId",
                schema: "trace",
                table: "trace_epcis_event",
                columns: new[] { "RecordTime", "HashId" });

            migrationBuilder.CreateIndex(
                name: "IX_trace_epcis_event_epc_Epc_Role",
                schema: "trace",
                table: "trace_epcis_event_epc",
                columns: new[] { "Epc", "Role" });

            migrationBuilder.CreateIndex(
                name: "IX_trace_outbox_ProcessedAt_NextAttemptAt",
                schema: "trace",
                table: "trace_outbox",
                columns: new[] { "ProcessedAt", "NextAttemptAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "trace_capture_job",
                schema: "trace");

            migrationBuilder.DropTable(
                name: "trace_epcis_event_epc",
                schema: "trace");

            migrationBuilder.DropTable(
                name: "trace_job_lease",
                schema: "trace");

            migrationBuilder.DropTable(
                name: "trace_outbox",
                schema: "trace");

            migrationBuilder.DropTable(
                name: "trace_epcis_event",
                schema: "trace");
        }
    }
}
