namespace Tianyuan.Farm.Telemetry;

using System.Security.Cryptography;
using System.Text;

/// <summary>
/// A password hash in Mosquitto's own password-file format (mosquitto_passwd since 2.0):
/// <c>$7${iterations}${base64 salt}${base64 PBKDF2-HMAC-SHA512}</c>, 12-byte salt, 64-byte hash. Computed when a device
/// is registered, the only moment its key is known, so an external Mosquitto can check device keys without the app
/// ever storing one (ADR 0009).
/// </summary>
static class MosquittoPassword
{
    /// <summary>mosquitto_passwd's default; device keys carry 256 random bits, so more rounds would add nothing.</summary>
    const int Iterations = 101;

    public static string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(12);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, Iterations, HashAlgorithmName.SHA512, 64);
        return $"$7${Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}";
    }
}
