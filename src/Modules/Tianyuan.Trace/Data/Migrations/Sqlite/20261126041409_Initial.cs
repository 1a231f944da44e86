using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tianyuan.Trace.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "trace_capture_job",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Running = table.Column<bool>(type: "INTEGER", nullable: false),
                    Success = table.Column<bool>(type: "INTEGER", nullable: false),
                    ErrorBehaviour = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ErrorsJson = table.Column<string>(type: "TEXT", nullable: true),
                    EventCount = table.Column<int>(type: "INTEGER", nullable: false),
                    StoredCount = table.Column<int>(type: "INTEGER", nullable: false),
                    DuplicateCount = table.Column<int>(type: "INTEGER", nullable: false),
                    CapturedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trace_capture_job", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "trace_epcis_event",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HashId = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    EventId = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EventTime = table.Column<long>(type: "INTEGER", nullable: false),
                    EventTimeZoneOffset = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    RecordTime = table.Column<long>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    BizStep = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Disposition = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReadPoint = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    BizLocation = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    CaptureId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trace_epcis_event", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "trace_job_lease",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Holder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LeasedUntil = table.Column<long>(type: "INTEGER", nullable: false),
                    LastRunAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trace_job_lease", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "trace_outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", nullable: true),
                    LockedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    LockedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trace_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "trace_epcis_event_epc",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Epc = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trace_epcis_event_epc", x => new { x.EventId, x.Role, x.Epc });
                    table.ForeignKey(
                        name: "FK_trace_epcis_event_epc_trace_epcis_event_EventId",
                        column: x => x.EventId,
                        principalTable: "trace_epcis_event",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_trace_capture_job_CreatedAt",
                table: "trace_capture_job",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_trace_epcis_event_BizLocation",
                table: "trace_epcis_event",
                column: "BizLocation");

            migrationBuilder.CreateIndex(
                name: "IX_trace_epcis_event_BizStep",
                table: "trace_epcis_event",
                column: "BizStep");

            migrationBuilder.CreateIndex(
                name: "IX_trace_epcis_event_CaptureId",
                table: "trace_epcis_event",
                column: "CaptureId");

            migrationBuilder.CreateIndex(
                name: "IX_trace_epcis_event_EventId",
                table: "trace_epcis_event",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_trace_epcis_event_EventTime_HashId",
                table: "trace_epcis_event",
                columns: new[] { "EventTime", "HashId" });

            migrationBuilder.CreateIndex(
                name: "IX_trace_epcis_event_HashId",
                table: "trace_epcis_event",
                column: "HashId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_trace_epcis_event_ReadPoint",
                table: "trace_epcis_event",
                column: "ReadPoint");

            migrationBuilder.CreateIndex(
                name: "IX_trace_epcis_event_RecordTime_HashId",
                table: "trace_epcis_event",
                columns: new[] { "RecordTime", "HashId" });

            migrationBuilder.CreateIndex(
                name: "IX_trace_epcis_event_epc_Epc_Role",
                table: "trace_epcis_event_epc",
                columns: new[] { "Epc", "Role" });

            migrationBuilder.CreateIndex(
                name: "IX_trace_outbox_ProcessedAt_NextAttemptAt",
                table: "trace_outbox",
                columns: new[] { "ProcessedAt", "NextAttemptAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "trace_capture_job");

            migrationBuilder.DropTable(
                name: "trace_epcis_event_epc");

            migrationBuilder.DropTable(
                name: "trace_job_lease");

            migrationBuilder.DropTable(
                name: "trace_outbox");

            migrationBuilder.DropTable(
                name: "trace_epcis_event");
        }
    }
}
