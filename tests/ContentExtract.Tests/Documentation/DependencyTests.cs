using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ContentExtract.Tests.Support;

namespace ContentExtract.Tests.Documentation;

/// <summary>
/// Issue 13: where a well-kept package does the job it is used instead of hand-written code, and the README says why each
/// dependency is there.
/// </summary>
public sealed partial class DependencyTests
{
    /// <summary>Every package any project here references, by the central version files (the repository's and the copyable sample's).</summary>
    private static IReadOnlyList<string> ReferencedPackages() =>
        [.. Directory.EnumerateFiles(RepositoryPaths.Root, "Directory.Packages.props", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(path => XDocument.Load(path).Descendants("PackageVersion"))
            .Select(version => (string)version.Attribute("Include")!)
            .Where(name => name is not ("ContentExtract" or "ContentExtract.Hosting"))   // this repository's own packages
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];

    /// <summary>The first cell of each row of the README's table "Dependencies and why each is there".</summary>
    private static IReadOnlyList<string> ExplainedPackages()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        int start = readme.IndexOf("## Dependencies and why each is there", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no section 'Dependencies and why each is there'");
        int end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        string section = end < 0 ? readme[start..] : readme[start..end];
        return [.. TableRow().Matches(section).Select(m => m.Groups[1].Value).Where(cell => cell != "package" && !cell.StartsWith("---", StringComparison.Ordinal))];
    }

    [GeneratedRegex(@"^\| ([^|]+?) \|", RegexOptions.Multiline)]
    private static partial Regex TableRow();

    [Fact]
    public void The_readme_says_why_every_package_is_there_and_names_no_package_that_is_not()
    {
        var packages = ReferencedPackages();
        var rows = ExplainedPackages();
        Assert.Contains("AngleSharp", packages);

        var unexplained = packages.Where(package => !rows.Any(row => NamesPackage(row, package))).ToList();
        Assert.True(unexplained.Count == 0, $"README.md does not say why these packages are there: {string.Join(", ", unexplained)}");

        var stale = rows.Where(row => !packages.Any(package => NamesPackage(row, package))).ToList();
        Assert.True(stale.Count == 0, $"README.md explains packages nothing references: {string.Join(" | ", stale)}");
    }

    /// <summary>The row's first cell names the package as a whole word (Microsoft.Extensions.Hosting is not ...Hosting.Abstractions).</summary>
    private static bool NamesPackage(string cell, string package)
    {
        for (int at = cell.IndexOf(package, StringComparison.Ordinal); at >= 0; at = cell.IndexOf(package, at + 1, StringComparison.Ordinal))
        {
            int after = at + package.Length;
            if ((at == 0 || !IsNamePart(cell[at - 1])) && (after == cell.Length || !IsNamePart(cell[after])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNamePart(char c) => char.IsLetterOrDigit(c) || c == '.';

    [Fact]
    public void The_gzip_checksum_is_the_hashing_package_s_crc32_not_a_hand_written_table()
    {
        var library = typeof(ContentExtractor).Assembly;
        Assert.Contains(library.GetReferencedAssemblies(), name => name.Name == "System.IO.Hashing");

        // A hand-written CRC-32 is a 256-entry table of uints (or a type named for it); the library has neither.
        var types = library.GetTypes();
        Assert.DoesNotContain(types, type => type.Name.Contains("Crc", StringComparison.OrdinalIgnoreCase));
        var tables = types
            .Where(type => !type.ContainsGenericParameters)
            .SelectMany(type => type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(field => field.FieldType == typeof(uint[]) && field.GetValue(null) is uint[] { Length: 256 })
            .Select(field => $"{field.DeclaringType!.Name}.{field.Name}");
        Assert.Empty(tables);
    }
}
