using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tianyuan.Regions.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "regions_job_lease",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Holder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LeasedUntil = table.Column<long>(type: "INTEGER", nullable: false),
                    LastRunAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_regions_job_lease", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "regions_outbox",
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
                    table.PrimaryKey("PK_regions_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "regions_region",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ParentCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    CentreLatitude = table.Column<double>(type: "REAL", nullable: false),
                    CentreLongitude = table.Column<double>(type: "REAL", nullable: false),
                    BoundaryGeoJson = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_regions_region", x => x.Code);
                    table.CheckConstraint("ck_region_level", "\"Level\" BETWEEN 1 AND 5");
                    table.ForeignKey(
                        name: "FK_regions_region_regions_region_ParentCode",
                        column: x => x.ParentCode,
                        principalTable: "regions_region",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "regions_organisation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_regions_organisation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_regions_organisation_regions_region_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "regions_region",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "regions_person",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_regions_person", x => x.Id);
                    table.ForeignKey(
                        name: "FK_regions_person_regions_region_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "regions_region",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "regions_consent_record",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GranteeOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DataCategory = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    GrantedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ValidUntil = table.Column<long>(type: "INTEGER", nullable: false),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_regions_consent_record", x => x.Id);
                    table.CheckConstraint("ck_consent_validity", "\"ValidUntil\" > \"GrantedAt\"");
                    table.ForeignKey(
                        name: "FK_regions_consent_record_regions_organisation_GranteeOrganisationId",
                        column: x => x.GranteeOrganisationId,
                        principalTable: "regions_organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_regions_consent_record_regions_person_PersonId",
                        column: x => x.PersonId,
                        principalTable: "regions_person",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "regions_role_assignment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    GrantedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_regions_role_assignment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_regions_role_assignment_regions_organisation_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "regions_organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_regions_role_assignment_regions_person_PersonId",
                        column: x => x.PersonId,
                        principalTable: "regions_person",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_regions_consent_record_GranteeOrganisationId",
                table: "regions_consent_record",
                column: "GranteeOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_regions_consent_record_PersonId_GranteeOrganisationId",
                table: "regions_consent_record",
                columns: new[] { "PersonId", "GranteeOrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_regions_organisation_CreditCode",
                table: "regions_organisation",
                column: "CreditCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_regions_organisation_RegionCode_Name",
                table: "regions_organisation",
                columns: new[] { "RegionCode", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_regions_outbox_ProcessedAt_NextAttemptAt",
                table: "regions_outbox",
                columns: new[] { "ProcessedAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_regions_person_Email",
                table: "regions_person",
                column: "Email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_regions_person_RegionCode",
                table: "regions_person",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_regions_region_ParentCode_NameZh",
                table: "regions_region",
                columns: new[] { "ParentCode", "NameZh" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_regions_role_assignment_OrganisationId",
                table: "regions_role_assignment",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_regions_role_assignment_PersonId_Role_Scope",
                table: "regions_role_assignment",
                columns: new[] { "PersonId", "Role", "Scope" },
                unique: true,
                filter: "\"RevokedAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "regions_consent_record");

            migrationBuilder.DropTable(
                name: "regions_job_lease");

            migrationBuilder.DropTable(
                name: "regions_outbox");

            migrationBuilder.DropTable(
                name: "regions_role_assignment");

            migrationBuilder.DropTable(
                name: "regions_organisation");

            migrationBuilder.DropTable(
                name: "regions_person");

            migrationBuilder.DropTable(
                name: "regions_region");
        }
    }
}
