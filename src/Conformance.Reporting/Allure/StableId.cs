using System.Security.Cryptography;
using System.Text;

namespace Conformance.Reporting.Allure;

/// <summary>Ids derived from names, so that writing the same report twice gives the same files.</summary>
internal static class StableId
{
    /// <summary>A hex hash of <paramref name="text"/>: Allure's historyId and testCaseId.</summary>
    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];

    /// <summary>A name-based UUID (RFC 9562 version 8) of <paramref name="text"/>.</summary>
    public static string Uuid(string text)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(text))[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true).ToString("D");
    }
}
