using System.Security.Cryptography;
using Conformance.Model.SystemUnderTest;

namespace Conformance.Bindings.OpenAdr3.Drivers;

/// <summary>
/// The key the harness's VTN signs tokens with, kept in a file (harness.tokenKeyFile) across runs: a VEN kept running
/// while the harness restarts keeps a token the next run's VTN accepts, so it is not failed for the restart. The file
/// holds 32 random bytes in base64, written (readable by its owner only) when it does not exist yet.
/// </summary>
public static class TokenKeyFile
{
    private const int KeyBytes = 32;

    public static byte[] LoadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            try
            {
                var key = Convert.FromBase64String(File.ReadAllText(path).Trim());
                if (key.Length >= KeyBytes) return key;
            }
            catch (FormatException) { }
            throw new ConfigurationException(path, null, "openadr3.harness.tokenKeyFile",
                $"does not hold a token signing key ({KeyBytes} or more bytes in base64); delete it and the harness writes a new one");
        }
        var created = RandomNumberGenerator.GetBytes(KeyBytes);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var writer = new StreamWriter(path, options)) writer.Write(Convert.ToBase64String(created));
        return created;
    }
}
