namespace Tianyuan.Trace.Tests;

using Tianyuan.Trace.Log;

/// <summary>Signed checkpoints in the C2SP tlog-checkpoint / signed-note format, with an ECDSA P-256 key read from a PEM file.</summary>
public class CheckpointTests
{
    static readonly byte[] Root = Convert.FromHexString("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    static CheckpointKey KeyFromFile(string name, out string publicPem)
    {
        using var generated = CheckpointKey.Generate(name);
        var path = Path.Combine(Path.GetTempPath(), $"trace-key-{Guid.NewGuid():N}.pem");
        File.WriteAllText(path, generated.PrivateKeyPem());
        try
        {
            publicPem = generated.PublicKeyPem();
            return CheckpointKey.FromPrivateKeyFile(name, path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_checkpoint_text_is_origin_size_and_base64_root_one_per_line()
    {
        var text = new Checkpoint("trace.tianyuan.example/log", 8, Root).Text();
        Assert.Equal("trace.tianyuan.example/log\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n", text);
        var back = Checkpoint.Parse(text);
        Assert.True(back.Ok, back.Error);
        Assert.Equal(8, back.Value.Size);
        Assert.Equal(Root, back.Value.RootHash);
    }

    [Fact]
    public void A_signed_checkpoint_verifies_with_the_public_key_and_nothing_else()
    {
        using var key = KeyFromFile("trace.tianyuan.example/log", out var publicPem);
        var note = key.Sign(new Checkpoint("trace.tianyuan.example/log", 8, Root, ["extension line"]));
        Assert.Matches("^trace.tianyuan.example/log\n8\n[A-Za-z0-9+/=]{44}\nextension line\n\n\u2014 trace.tianyuan.example/log [A-Za-z0-9+/=]+\n$", note);

        using var auditor = CheckpointKey.FromPublicKeyPem("trace.tianyuan.example/log", publicPem);
        Assert.Equal(key.KeyId, auditor.KeyId);
        var verified = auditor.Verify(note);
        Assert.True(verified.Ok, verified.Error);
        Assert.Equal(["extension line"], verified.Value.Extensions);

        // One digit of the size changed: the signature no longer covers the text.
        Assert.Equal("the signature of key trace.tianyuan.example/log does not verify: the checkpoint was altered or signed by another key",
            auditor.Verify(note.Replace("\n8\n", "\n9\n", StringComparison.Ordinal)).Error);
        using var stranger = CheckpointKey.Generate("trace.tianyuan.example/log");
        Assert.StartsWith("the checkpoint carries no signature of key", stranger.Verify(note).Error, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => auditor.Sign(new Checkpoint("x", 0, Root)));
    }

    [Fact]
    public void Signatures_of_other_keys_are_ignored_as_signed_note_requires()
    {
        using var key = CheckpointKey.Generate("log.example");
        using var witness = CheckpointKey.Generate("witness.example");
        var checkpoint = new Checkpoint("log.example", 3, Root);
        var note = key.Sign(checkpoint) + witness.Sign(checkpoint).Split("\n\n")[1];
        Assert.True(key.Verify(note).Ok);
        Assert.True(witness.Verify(note).Ok);
    }

    [Theory]
    [InlineData("log\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=", "checkpoint text must end with a newline")]
    [InlineData("log\n08\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n", "the tree size '08' is not a decimal number")]
    [InlineData("log\n-1\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n", "the tree size '-1' is not a decimal number")]
    [InlineData("log\n8\nAAAA\n", "the root hash has 3 bytes, a SHA-256 hash has 32")]
    [InlineData("log\n8\n", "a checkpoint has at least three lines: origin, tree size, root hash")]
    public void A_malformed_checkpoint_says_what_is_wrong(string text, string error) => Assert.Equal(error, Checkpoint.Parse(text).Error);

    [Fact]
    public void A_note_without_signatures_is_refused()
    {
        using var key = CheckpointKey.Generate("log.example");
        Assert.Equal("no signatures: a signed note is text, an empty line, then signature lines", key.Verify("log.example\n1\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n").Error);
        Assert.Throws<ArgumentException>(() => CheckpointKey.Generate("has space"));
    }
}
