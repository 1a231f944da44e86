namespace Tianyuan.Web.Tests;

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Tianyuan.Kernel.Demo;
using Tianyuan.Web.Hosting;

/// <summary>
/// The real Tianyuan host on Kestrel at 127.0.0.1 (random port) with its own database: a SQLite file in a temp
/// folder, or, when TIANYUAN_TEST_PG is set, a fresh PostgreSQL database created for this instance.
/// </summary>
public sealed class TestApp : IAsyncDisposable
{
    public const string PostgresVariable = "TIANYUAN_TEST_PG";

    readonly WebApplication app;
    readonly string folder;
    readonly string? createdDatabase;

    TestApp(WebApplication app, string folder, string? createdDatabase, string databaseDescription)
    {
        this.app = app;
        this.folder = folder;
        this.createdDatabase = createdDatabase;
        Database = databaseDescription;
        BaseUrl = app.Urls.First();
    }

    public string BaseUrl { get; }

    /// <summary>The running app's services, for tests that check the database model itself.</summary>
    public IServiceProvider Services => app.Services;

    /// <summary>The SQLite file path, or the PostgreSQL connection string, this instance uses.</summary>
    public string Database { get; }

    public bool IsPostgres => createdDatabase is not null;

    /// <summary>A TCP port nothing listens on right now, for the MQTT broker or a separate app process.</summary>
    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static string? PostgresConnection => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } s ? s : null;

    /// <summary>Starts an instance. Pass <paramref name="sharedDatabase"/> to run a second node on the same database.</summary>
    public static async Task<TestApp> StartAsync(IDictionary<string, string?>? settings = null, TestApp? sharedDatabase = null)
    {
        var folder = Directory.CreateTempSubdirectory("ty-web-").FullName;
        var config = new Dictionary<string, string?>
        {
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime"] = "Warning",
            ["Limits:LoginPerMinute"] = "1000",
            // Test apps run side by side; only the MQTT tests open a broker, on a port of their own.
            ["Farm:Mqtt:Enabled"] = "false",
            // Every test app seeds the demo; a week of farm history is enough for the tests (a year is measured in docs/farm.md).
            ["Farm:Demo:HistoryDays"] = "7",
        };
        string? created = null;
        string description;
        if (PostgresConnection is { } admin)
        {
            description = sharedDatabase?.Database ?? await CreateDatabaseAsync(admin, out created);
            created = sharedDatabase is null ? created : null;
            config["Database:Provider"] = "Postgres";
            config["ConnectionStrings:Tianyuan"] = description;
            // Without a SQLite file there is no data folder to generate the log key in; give it one, as operators do.
            config["Trace:Log:KeyPath"] = WriteLogKey(folder);
        }
        else
        {
            description = sharedDatabase?.Database ?? Path.Combine(folder, "tianyuan.db");
            config["Database:Path"] = description;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            config[key] = value;

        var app = Program.BuildApp(
            ["--applicationName=Tianyuan.Web", "--environment=Development"],
            b =>
            {
                b.Configuration.AddInMemoryCollection(config);
                b.WebHost.UseUrls("http://127.0.0.1:0");
            });
        await app.PrepareDatabaseAsync();
        await app.StartAsync();
        return new TestApp(app, folder, created, description);
    }

    static string WriteLogKey(string folder)
    {
        using var key = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        var path = Path.Combine(folder, "trace-log-key.pem");
        File.WriteAllText(path, key.ExportPkcs8PrivateKeyPem());
        return path;
    }

    static Task<string> CreateDatabaseAsync(string adminConnection, out string? name)
    {
        var database = $"t_{Guid.NewGuid():N}";
        name = database;
        return Create();

        async Task<string> Create()
        {
            await using var connection = new NpgsqlConnection(adminConnection);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            await command.ExecuteNonQueryAsync();
            return new NpgsqlConnectionStringBuilder(adminConnection) { Database = database }.ConnectionString;
        }
    }

    /// <summary>Runs a command-line command (create-admin ...) against this instance's database.</summary>
    public Task<int?> RunCommandAsync(params string[] args) => app.RunCommandAsync(args);

    /// <summary>Runs a module's scheduled job (by class name) now instead of waiting for its tick; false if another node held the lease.</summary>
    public async Task<bool> RunJobAsync(string name)
    {
        var job = app.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().Single(s => s.GetType().Name == name);
        return await (Task<bool>)job.GetType().GetMethod("RunOnceAsync")!.Invoke(job, [CancellationToken.None])!;
    }

    /// <summary>A raw connection to the app's database, for tests that play an attacker editing rows behind the app's back.</summary>
    public async Task<System.Data.Common.DbConnection> OpenDatabaseAsync()
    {
        System.Data.Common.DbConnection connection = IsPostgres ? new NpgsqlConnection(Database) : new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Database}");
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>A module table's name as SQL sees it: schema-qualified on PostgreSQL.</summary>
    public string Table(string module, string name) => IsPostgres ? $"{module}.{name}" : name;

    /// <summary>
    /// Drops the test's database. Dropping can collide with another class creating its database from the same
    /// template at that moment, so it is retried. Cleaning up is not what a test asserts, and the cluster is thrown
    /// away after the run in any case: a database that still cannot be dropped is reported and left behind.
    /// </summary>
    static async Task DropDatabaseAsync(string admin, string database)
    {
        NpgsqlConnection.ClearAllPools();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(admin);
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection) { CommandTimeout = 120 };
                await command.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (attempt < 8)
            {
                await Console.Error.WriteLineAsync($"dropping test database {database}, attempt {attempt}: {e.SqlState} {e.MessageText}");
                await Task.Delay(500 * attempt);
            }
            catch (PostgresException e)
            {
                await Console.Error.WriteLineAsync($"test database {database} left behind: {e.SqlState} {e.MessageText}");
                return;
            }
        }
    }

    public HttpClient Client(bool followRedirects = true)
    {
        var handler = new HttpClientHandler { AllowAutoRedirect = followRedirects, UseCookies = true };
        return new HttpClient(handler) { BaseAddress = new Uri(BaseUrl) };
    }

    /// <summary>A client carrying the bearer token of a demo account, obtained through POST /api/auth/login.</summary>
    public async Task<HttpClient> SignedInAsync(string email, string password = DemoAccounts.Password)
    {
        var client = Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(email, password));
        return client;
    }

    /// <summary>A browser-like client signed in by cookie (POST /api/auth/login?useCookies=true), redirects not followed.</summary>
    public async Task<HttpClient> CookieClientAsync(string email, string password = DemoAccounts.Password)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new() }) { BaseAddress = new Uri(BaseUrl) };
        using var response = await client.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email, password });
        response.EnsureSuccessStatusCode();
        return client;
    }

    /// <summary>Registers a new soil-moisture device on the demo farmer's first plot: its farm, id and key.</summary>
    public async Task<(Guid Farm, Guid Device, string Key)> RegisterDeviceAsync(HttpClient farmer, string name)
    {
        var plot = (await farmer.GetFromJsonAsync<JsonElement>("/api/farm/plots")).GetProperty("items")[0].GetProperty("id").GetGuid();
        using var created = await farmer.PostAsJsonAsync("/api/farm/devices", new { plotId = plot, name = $"{name}{Guid.NewGuid().ToString("N")[..6]}", kind = "soil-moisture" });
        created.EnsureSuccessStatusCode();
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("farmId").GetGuid(), body.GetProperty("id").GetGuid(), body.GetProperty("key").GetString()!);
    }

    /// <summary>POST /api/farm/telemetry as a device does: a SenML pack with the device's X-Device-Key.</summary>
    public async Task<HttpResponseMessage> SendTelemetryAsync(string key, string senml)
    {
        using var client = Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/farm/telemetry") { Content = new StringContent(senml, System.Text.Encoding.UTF8, "application/senml+json") };
        request.Headers.Add("X-Device-Key", key);
        return await client.SendAsync(request);
    }

    public async Task<string> TokenAsync(string email, string password = DemoAccounts.Password)
    {
        using var client = Client();
        using var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("accessToken").GetString()!;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (createdDatabase is not null && PostgresConnection is { } admin)
            await DropDatabaseAsync(admin, createdDatabase);

        Directory.Delete(folder, recursive: true);
    }
}

/// <summary>One app per test class (xunit class fixture).</summary>
public sealed class AppFixture : IAsyncLifetime
{
    public TestApp App { get; private set; } = default!;

    public async Task InitializeAsync() => App = await TestApp.StartAsync();

    public async Task DisposeAsync() => await App.DisposeAsync();
}

/// <summary>A test that needs PostgreSQL: skipped (and says why) unless TIANYUAN_TEST_PG is set, as test.sh does.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestApp.PostgresConnection is null)
            Skip = $"Needs PostgreSQL: set {TestApp.PostgresVariable} (test.sh does).";
    }
}
