namespace Tianyuan.Trace.Features.Log;

using Tianyuan.Trace.Log;

/// <summary>GET /api/trace/log/public-key: the checkpoint key's public half (SubjectPublicKeyInfo PEM) for auditors.</summary>
static class GetPublicKey
{
    public static void Map(IEndpointRouteBuilder log) =>
        log.MapGet("/public-key", (CheckpointKey key) => TypedResults.Text(key.PublicKeyPem(), "application/x-pem-file"))
            .AllowAnonymous()
            .WithName(nameof(GetPublicKey))
            .WithSummary("The public key that checkpoints are signed with (PEM); the key name is the log's origin.")
            .Produces<string>(StatusCodes.Status200OK, "application/x-pem-file");
}
