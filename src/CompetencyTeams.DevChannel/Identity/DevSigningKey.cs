using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace CompetencyTeams.DevChannel.Identity;

/// <summary>An RSA signing key and its key id (the RFC 7638 JWK thumbprint).</summary>
public sealed class DevSigningKey
{
    public DevSigningKey(RSA rsa)
    {
        Rsa = rsa;
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        Modulus = Base64Url.EncodeToString(parameters.Modulus);
        Exponent = Base64Url.EncodeToString(parameters.Exponent);
        var canonical = $$"""{"e":"{{Exponent}}","kty":"RSA","n":"{{Modulus}}"}""";
        KeyId = Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    public RSA Rsa { get; }

    public string KeyId { get; }

    /// <summary>base64url of the modulus, as in a JWK's "n".</summary>
    public string Modulus { get; }

    /// <summary>base64url of the exponent, as in a JWK's "e".</summary>
    public string Exponent { get; }
}
