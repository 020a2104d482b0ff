using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CompetencyTeams.DevChannel.Identity;

/// <summary>
/// The issuer's key material, generated on first run and kept in the data folder: one RSA key for channel tokens,
/// one for Entra-style tokens, and a self-signed HTTPS certificate (localhost, 127.0.0.1) whose public part is
/// exported as PEM (and DER .cer) for the App to trust through its configuration.
/// </summary>
public sealed class DevIdentityKeys
{
    public const string CertificatePemFileName = "devchannel-https.pem";

    private DevIdentityKeys(string folder, TimeProvider timeProvider)
    {
        Folder = folder;
        System.IO.Directory.CreateDirectory(folder);
        BotFrameworkKey = LoadOrCreateKey(Path.Combine(folder, "botframework-signing.key.pem"));
        EntraKey = LoadOrCreateKey(Path.Combine(folder, "entra-signing.key.pem"));
        HttpsCertificate = LoadOrCreateCertificate(folder, timeProvider);
    }

    public string Folder { get; }

    public DevSigningKey BotFrameworkKey { get; }

    public DevSigningKey EntraKey { get; }

    /// <summary>The server certificate with its private key.</summary>
    public X509Certificate2 HttpsCertificate { get; }

    /// <summary>The file to give the App as Bot:TrustedLocalCertificatePath.</summary>
    public string CertificatePemPath => Path.Combine(Folder, CertificatePemFileName);

    public static DevIdentityKeys LoadOrCreate(string folder, TimeProvider timeProvider) => new(folder, timeProvider);

    private static DevSigningKey LoadOrCreateKey(string path)
    {
        var rsa = RSA.Create();
        if (File.Exists(path))
        {
            rsa.ImportFromPem(File.ReadAllText(path));
        }
        else
        {
            rsa.KeySize = 2048;
            WritePrivate(path, rsa.ExportPkcs8PrivateKeyPem());
        }

        return new DevSigningKey(rsa);
    }

    private static X509Certificate2 LoadOrCreateCertificate(string folder, TimeProvider timeProvider)
    {
        var pfxPath = Path.Combine(folder, "devchannel-https.pfx");
        var now = timeProvider.GetUtcNow();
        if (File.Exists(pfxPath))
        {
            var existing = X509CertificateLoader.LoadPkcs12FromFile(pfxPath, password: null);
            if (existing.NotAfter.ToUniversalTime() > now.UtcDateTime.AddDays(7))
            {
                ExportPublic(folder, existing);
                return existing;
            }

            existing.Dispose();
        }

        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        names.AddIpAddress(IPAddress.IPv6Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var created = request.CreateSelfSigned(now.AddMinutes(-5), now.AddYears(2));
        WritePrivate(pfxPath, created.Export(X509ContentType.Pfx));
        ExportPublic(folder, created);
        return X509CertificateLoader.LoadPkcs12FromFile(pfxPath, password: null);
    }

    private static void ExportPublic(string folder, X509Certificate2 certificate)
    {
        File.WriteAllText(Path.Combine(folder, CertificatePemFileName), certificate.ExportCertificatePem());
        File.WriteAllBytes(Path.Combine(folder, "devchannel-https.cer"), certificate.Export(X509ContentType.Cert));
    }

    private static void WritePrivate(string path, string text) => WritePrivate(path, System.Text.Encoding.ASCII.GetBytes(text));

    private static void WritePrivate(string path, byte[] content)
    {
        File.WriteAllBytes(path, content);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
