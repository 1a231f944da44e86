using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tianyuan.Farm.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class DeviceMqttPassword : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MqttPasswordHash",
                table: "farm_device",
                type: "TEXT",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MqttPasswordHash",
                table: "farm_device");
        }
    }
}
