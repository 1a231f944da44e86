using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tianyuan.Regions.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "regions");

            migrationBuilder.CreateTable(
                name: "regions_job_lease",
                schema: "regions",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Holder = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LeasedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastRunAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_regions_job_lease", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "regions_outbox",
                schema: "regions",
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
                    table.PrimaryKey("PK_regions_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "regions_region",
                schema: "regions",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    ParentCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    NameZh = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    CentreLatitude = table.Column<double>(type: "double precision", nullable: false),
                    CentreLongitude = table.Column<double>(type: "double precision", nullable: false),
                    BoundaryGeoJson = table.Column<string>(type: "text", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_regions_region", x => x.Code);
                    table.CheckConstraint("ck_region_level", "\"Level\" BETWEEN 1 AND 5");
                    table.ForeignKey(
                        name: "FK_regions_region_regions_region_ParentCode",
                        column: x => x.ParentCode,
                        principalSchema: "regions",
                        principalTable: "regions_region",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "regions_organisation",
                schema: "regions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ContactPhone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_regions_organisation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_regions_organisation_regions_region_RegionCode",
                        column: x => x.RegionCode,
                        principalSchema: "regions",
                        principalTable: "regions_region",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "regions_person",
                schema: "regions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_regions_person", x => x.Id);
                    table.ForeignKey(
                        name: "FK_regions_person_regions_region_RegionCode",
                        column: x => x.RegionCode,
                        principalSchema: "regions",
                        principalTable: "regions_region",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "regions_consent_record",
                schema: "regions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    GranteeOrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    DataCategory = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    GrantedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ValidUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_regions_consent_record", x => x.Id);
                    table.CheckConstraint("ck_consent_validity", "\"ValidUntil\" > \"GrantedAt\"");
                    table.ForeignKey(
                        name: "FK_regions_consent_record_regions_organisation_GranteeOrganisa~",
                        column: x => x.GranteeOrganisationId,
                        principalSchema: "regions",
                        principalTable: "regions_organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_regions_consent_record_regions_person_PersonId",
                        column: x => x.PersonId,
                        principalSchema: "regions",
                        principalTable: "regions_person",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "regions_role_assignment",
                schema: "regions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Scope = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    GrantedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_regions_role_assignment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_regions_role_assignment_regions_organisation_OrganisationId",
                        column: x => x.OrganisationId,
                        principalSchema: "regions",
                        principalTable: "regions_organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_regions_role_assignment_regions_person_PersonId",
                        column: x => x.PersonId,
                        principalSchema: "regions",
                        principalTable: "regions_person",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_regions_consent_record_GranteeOrganisationId",
                schema: "regions",
                table: "regions_consent_record",
                column: "GranteeOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_regions_consent_record_PersonId_GranteeOrganisationId",
                schema: "regions",
                table: "regions_consent_record",
                columns: new[] { "PersonId", "GranteeOrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_regions_organisation_CreditCode",
                schema: "regions",
                table: "regions_organisation",
                column: "CreditCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_regions_organisation_RegionCode_Name",
                schema: "regions",
                table: "regions_organisation",
                columns: new[] { "RegionCode", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_regions_outbox_ProcessedAt_NextAttemptAt",
                schema: "regions",
                table: "regions_outbox",
                columns: new[] { "ProcessedAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_regions_person_Email",
                schema: "regions",
                table: "regions_person",
                column: "Email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_regions_person_RegionCode",
                schema: "regions",
                table: "regions_person",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_regions_region_ParentCode_NameZh",
                schema: "regions",
                table: "regions_region",
                columns: new[] { "ParentCode", "NameZh" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_regions_role_assignment_OrganisationId",
                schema: "regions",
                table: "regions_role_assignment",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_regions_role_assignment_PersonId_Role_Scope",
                schema: "regions",
                table: "regions_role_assignment",
                columns: new[] { "PersonId", "Role", "Scope" },
                unique: true,
                filter: "\"RevokedAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "regions_consent_record",
                schema: "regions");

            migrationBuilder.DropTable(
                name: "regions_job_lease",
                schema: "regions");

            migrationBuilder.DropTable(
                name: "regions_outbox",
                schema: "regions");

            migrationBuilder.DropTable(
                name: "regions_role_assignment",
                schema: "regions");

            migrationBuilder.DropTable(
                name: "regions_organisation",
                schema: "regions");

            migrationBuilder.DropTable(
                name: "regions_person",
                schema: "regions");

            migrationBuilder.DropTable(
                name: "regions_region",
                schema: "regions");
        }
    }
}
