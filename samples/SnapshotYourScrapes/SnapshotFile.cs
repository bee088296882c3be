using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace SnapshotYourScrapes;

/// <summary>
/// The reviewed snapshot of one scrape, in __snapshots__/&lt;scrape&gt;.snap beside this project's sources. A snapshot that
/// differs fails with a line diff (a few lines of context around each change, like <c>git diff</c>) and the command
/// that accepts the new text; the new text is also written to __snapshots__/__mismatch__/ to open side by side.
/// </summary>
internal static class SnapshotFile
{
    public const string Folder = "__snapshots__";

    public const string Extension = ".snap";

    private const int Context = 3;

    private const int MaxDiffLines = 120;

    /// <summary>The configuration these tests were built in, so that the command that accepts a change does not build another.</summary>
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    /// <summary>This project's file, found from the test binaries (above bin/), so that snapshots land beside the sources.</summary>
    public static string ProjectFile { get; } = FindProjectFile();

    /// <summary>The folder of this project.</summary>
    public static string ProjectFolder { get; } = Path.GetDirectoryName(ProjectFile)!;

    private static bool IsSet(string variable) =>
        string.Equals(Environment.GetEnvironmentVariable(variable), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Compares <paramref name="actual"/> with the snapshot of <paramref name="scrape"/>, writing it when there is none yet.</summary>
    public static void Match(string actual, string scrape)
    {
        string path = Path.Combine(ProjectFolder, Folder, scrape + Extension);
        string mismatch = Path.Combine(ProjectFolder, Folder, "__mismatch__", scrape + Extension);
        bool ci = IsSet("CI");
        if (!File.Exists(path) || (!ci && IsSet("UPDATE_SNAPSHOTS")))
        {
            Assert.False(ci, $"No snapshot at {path}. Run the tests without CI=true to write it, review it, and commit it.");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            DeleteMismatch(mismatch);
            return;
        }

        // Read as text: a byte-order mark or Windows line ends (git's autocrlf) are not a change.
        string expected = Normalize(File.ReadAllText(path));
        if (expected == Normalize(actual))
        {
            DeleteMismatch(mismatch);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(mismatch)!);
        File.WriteAllText(mismatch, actual);
        Assert.Fail(
            $"The extraction of {scrape} differs from its snapshot, {path} (- snapshot, + now):\n\n"
            + Diff(expected, Normalize(actual))
            + $"\nThe new text is in {mismatch}. If the change is right, accept it with\n\n"
            + $"  UPDATE_SNAPSHOTS=true dotnet test \"{ProjectFile}\" -c {Configuration} --filter \"DisplayName~{scrape}\"\n\n"
            + "then review git diff and commit the snapshot.\n");
    }

    /// <summary>A mismatch file left by an earlier failure goes once the snapshot matches or is rewritten.</summary>
    private static void DeleteMismatch(string mismatch)
    {
        if (File.Exists(mismatch))
        {
            File.Delete(mismatch);
            if (!Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(mismatch)!).Any())
            {
                Directory.Delete(Path.GetDirectoryName(mismatch)!);
            }
        }
    }

    private static string Normalize(string text) => text.TrimStart('\uFEFF').ReplaceLineEndings("\n");

    /// <summary>A unified diff of the two texts: each change with a few unchanged lines around it, under an @@ line numbering both sides.</summary>
    internal static string Diff(string expected, string actual)
    {
        var lines = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false).Lines;
        var changed = lines.Select(l => l.Type is ChangeType.Inserted or ChangeType.Deleted).ToArray();
        var diff = new StringBuilder();
        int written = 0, oldLine = 1, newLine = 1;
        for (int i = 0; i < lines.Count;)
        {
            if (!Near(changed, i))
            {
                Advance(lines[i], ref oldLine, ref newLine);
                i++;
                continue;
            }

            int end = i;
            while (end < lines.Count && Near(changed, end))
            {
                end++;
            }

            int oldCount = lines.Skip(i).Take(end - i).Count(l => l.Type != ChangeType.Inserted);
            int newCount = lines.Skip(i).Take(end - i).Count(l => l.Type != ChangeType.Deleted);
            diff.Append($"@@ -{oldLine},{oldCount} +{newLine},{newCount} @@\n");
            for (; i < end; i++)
            {
                if (written++ == MaxDiffLines)
                {
                    return diff.Append($"… ({changed.Count(c => c)} changed lines in all)\n").ToString();
                }

                diff.Append(lines[i].Type switch { ChangeType.Inserted => '+', ChangeType.Deleted => '-', _ => ' ' }).Append(lines[i].Text).Append('\n');
                Advance(lines[i], ref oldLine, ref newLine);
            }
        }

        return diff.ToString();
    }

    /// <summary>True when line <paramref name="i"/> is a change or within <see cref="Context"/> lines of one.</summary>
    private static bool Near(bool[] changed, int i)
    {
        for (int j = Math.Max(0, i - Context); j <= Math.Min(changed.Length - 1, i + Context); j++)
        {
            if (changed[j])
            {
                return true;
            }
        }

        return false;
    }

    private static void Advance(DiffPiece line, ref int oldLine, ref int newLine)
    {
        oldLine += line.Type == ChangeType.Inserted ? 0 : 1;
        newLine += line.Type == ChangeType.Deleted ? 0 : 1;
    }

    private static string FindProjectFile()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (dir.EnumerateFiles("*.csproj").FirstOrDefault() is { } project)
            {
                return project.FullName;
            }
        }

        throw new InvalidOperationException($"No project folder above {AppContext.BaseDirectory}.");
    }
}
