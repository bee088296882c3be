using System.Text;

namespace ContentExtract.Decoding;

/// <summary>Finds <c>charset=</c> in the head of an HTML page, the way browsers pre-scan before parsing.</summary>
internal static class MetaCharsetSniffer
{
    public static string? Find(ReadOnlySpan<byte> head)
    {
        ReadOnlySpan<byte> key = "charset"u8;
        for (int i = 0; i + key.Length < head.Length; i++)
        {
            int at = IndexOfIgnoreCase(head[i..], key);
            if (at < 0)
            {
                return null;
            }

            i += at + key.Length;
            int j = i;
            while (j < head.Length && head[j] is (byte)' ' or (byte)'\t')
            {
                j++;
            }

            if (j >= head.Length || head[j] != (byte)'=')
            {
                continue;
            }

            j++;
            while (j < head.Length && head[j] is (byte)' ' or (byte)'"' or (byte)'\'')
            {
                j++;
            }

            int start = j;
            while (j < head.Length && (char.IsAsciiLetterOrDigit((char)head[j]) || head[j] is (byte)'-' or (byte)'_' or (byte)':' or (byte)'.'))
            {
                j++;
            }

            if (j > start)
            {
                return Encoding.ASCII.GetString(head[start..j]);
            }
        }

        return null;
    }

    private static int IndexOfIgnoreCase(ReadOnlySpan<byte> haystack, ReadOnlySpan<byte> needle)
    {
        for (int i = 0; i + needle.Length <= haystack.Length; i++)
        {
            bool match = true;
            for (int k = 0; k < needle.Length; k++)
            {
                if ((haystack[i + k] | 0x20) != needle[k])
                {
                    match = false;
                    break;
                }
            }

            if (match)
            {
                return i;
            }
        }

        return -1;
    }
}
