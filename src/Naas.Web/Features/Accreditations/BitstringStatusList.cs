using System.IO.Compression;

namespace Naas.Web.Features.Accreditations;

/// <summary>The W3C Bitstring Status List encoding: entries of <c>size</c> bits, GZIP-compressed, as multibase
/// base64url. Writing is the service's; reading is what a verifier does, and the tests do it too.</summary>
public static class BitstringStatusList
{
    /// <summary>Multibase ("u", base64url without padding) of the GZIP-compressed bitstring.</summary>
    public static string Encode(IEnumerable<int> setIndexes) => EncodeValues(setIndexes.Select(i => (i, 1)), 1);

    /// <summary>A list of <paramref name="size"/>-bit entries, entry i at bits i·size to i·size+size−1 counted from the
    /// first byte's most significant bit, each holding its value (W3C Bitstring Status List, statusSize).</summary>
    public static string EncodeValues(IEnumerable<(int Index, int Value)> entries, int size)
    {
        var bits = new byte[StatusLists.StatusListLength * size / 8];
        foreach (var (index, value) in entries)
            for (var b = 0; b < size; b++)
                if ((value >> (size - 1 - b) & 1) == 1)
                {
                    var bit = index * size + b;
                    bits[bit / 8] |= (byte)(0x80 >> (bit % 8));
                }
        return Compress(bits);
    }

    /// <summary>The value of entry <paramref name="index"/> in an encoded list of <paramref name="size"/>-bit entries:
    /// what a verifier reads.</summary>
    public static int ValueAt(string encodedList, int index, int size)
    {
        var b64 = encodedList[1..].Replace('-', '+').Replace('_', '/');
        b64 = b64.PadRight(b64.Length + (4 - b64.Length % 4) % 4, '=');
        using var gzip = new GZipStream(new MemoryStream(Convert.FromBase64String(b64)), CompressionMode.Decompress);
        using var raw = new MemoryStream();
        gzip.CopyTo(raw);
        var bytes = raw.ToArray();
        var value = 0;
        for (var b = 0; b < size; b++)
        {
            var bit = index * size + b;
            value = value << 1 | ((bytes[bit / 8] & (0x80 >> (bit % 8))) != 0 ? 1 : 0);
        }
        return value;
    }

    private static string Compress(byte[] bits)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
            gzip.Write(bits);
        return "u" + CredentialSigner.Base64Url(output.ToArray());
    }

    /// <summary>Whether bit i is set in a list of one-bit entries.</summary>
    public static bool IsSet(string encodedList, int index) => ValueAt(encodedList, index, 1) == 1;
}
