namespace ContentExtract.Cli;

/// <summary>
/// One message per cause for file-system and stream errors, in the style of the rest of the tool's messages: .NET words the
/// same cause differently by API ("Could not find file '…'", "Could not find a part of the path '…'", "Access to the path '…' is
/// denied"), and repeats the path the message is already printed beside.
/// </summary>
internal static class IoMessages
{
    public const string NoSuchFile = "no such file or directory";

    public const string PermissionDenied = "permission denied";

    /// <summary>The reason for <paramref name="exception"/>, without the path, starting lower-case and without a full stop.</summary>
    public static string Describe(Exception exception) => exception switch
    {
        FileNotFoundException or DirectoryNotFoundException => NoSuchFile,
        UnauthorizedAccessException => PermissionDenied,
        PathTooLongException => "file name too long",
        _ => Tidy(exception.Message),
    };

    private static string Tidy(string message)
    {
        // Unix errors come as "No space left on device : '/path'" or "Broken pipe".
        int path = message.IndexOf(" : '", StringComparison.Ordinal);
        string reason = (path > 0 ? message[..path] : message).Trim().TrimEnd('.');
        return reason.Length > 1 && char.IsUpper(reason[0]) && !char.IsUpper(reason[1]) ? char.ToLowerInvariant(reason[0]) + reason[1..] : reason;
    }
}
