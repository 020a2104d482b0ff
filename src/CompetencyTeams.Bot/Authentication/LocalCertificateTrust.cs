using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CompetencyTeams.Bot.Authentication;

/// <summary>
/// Builds the HTTP handler for identity and connector calls: the platform's trust store, plus — only when
/// configured — one extra trusted certificate (the DevChannel's self-signed one). Host names are still checked.
/// </summary>
public static class LocalCertificateTrust
{
    public static SocketsHttpHandler CreateHandler(X509Certificate2? trustedCertificate)
    {
        var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        if (trustedCertificate is not null)
        {
            handler.SslOptions.RemoteCertificateValidationCallback =
                (_, certificate, _, errors) => IsTrusted(certificate as X509Certificate2, errors, trustedCertificate);
        }

        return handler;
    }

    /// <summary>Loads a PEM or DER certificate; null (with the reason) when the file is missing or unreadable.</summary>
    public static X509Certificate2? TryLoad(string path, out string? error)
    {
        error = null;
        try
        {
            return X509CertificateLoader.LoadCertificateFromFile(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or CryptographicException)
        {
            error = $"cannot read a certificate from '{path}': {ex.Message}";
            return null;
        }
    }

    internal static bool IsTrusted(X509Certificate2? presented, SslPolicyErrors errors, X509Certificate2 trusted)
    {
        if (errors == SslPolicyErrors.None)
        {
            return true;
        }

        // Only a chain failure may be rescued by the configured certificate; a wrong host name never is.
        if (presented is null || errors != SslPolicyErrors.RemoteCertificateChainErrors)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(trusted);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(presented);
    }
}
