using System.CommandLine;
using System.CommandLine.Help;
using System.Reflection;
using System.Text;

namespace ContentExtract.Cli;

/// <summary>
/// Writes <c>--help</c>: the usage, then every option as <see cref="CliSyntax"/> declares it (names, value, description,
/// wrapped to the width), between the sections of <see cref="HelpText"/>. System.CommandLine's own help cannot take
/// sections of its own (its builder is internal), and it would show the root's inputs on the <c>snapshot</c> commands.
/// </summary>
internal static class CliHelp
{
    private const int Width = 100;

    private const int MaxNameColumn = 22;

    /// <summary>The version of the library the tool runs, with the commit it was built from.</summary>
    public static string Version { get; } =
        typeof(ContentExtractor).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public static void Write(Command command, TextWriter output)
    {
        var help = new StringBuilder();
        if (command is RootCommand root)
        {
            help.Append("content-extract — ").Append(root.Description).Append("\n\n");
            Section(help, "Usage", HelpText.Usage);
            Section(help, "Inputs", HelpText.Inputs);
            Options(help, root);
            help.Append("Commands:\n");
            foreach (var sub in root.Subcommands.SelectMany(c => c.Subcommands.Select(s => (Name: $"{c.Name} {s.Name} <file>", s.Description))))
            {
                Row(help, sub.Name, sub.Description ?? string.Empty);
            }

            help.Append('\n');
            Section(help, "Standard error", HelpText.StandardError);
            Section(help, "Exit codes", HelpText.ExitCodes);
            Section(help, "Completion", HelpText.Completion);
            Section(help, "Examples", HelpText.Examples);
        }
        else
        {
            var add = command.Subcommands.FirstOrDefault() ?? command;
            help.Append("content-extract snapshot add — ").Append(add.Description).Append("\n\n");
            Section(help, "Usage", HelpText.SnapshotUsage);
            help.Append(HelpText.SnapshotNaming).Append("\n\n");
            Options(help, add);
            Section(help, "Exit codes", HelpText.SnapshotExitCodes);
            Section(help, "Examples", HelpText.SnapshotExamples);
        }

        output.Write(help.ToString().TrimEnd('\n') + "\n");
    }

    private static void Section(StringBuilder help, string title, string body) =>
        help.Append(title).Append(":\n").Append(body.TrimEnd('\n')).Append("\n\n");

    private static void Options(StringBuilder help, Command command)
    {
        help.Append("Options:\n");

        // Help is recursive: declared on the root, it applies to every command.
        var options = command.Options.Concat(command.Parents.OfType<Command>().SelectMany(p => p.Options).Where(o => o.Recursive || o is HelpOption))
            .Where(o => !o.Hidden && !(command is not RootCommand && o is VersionOption))
            .Distinct()
            .OrderBy(o => o is HelpOption or VersionOption ? 1 : 0);
        foreach (var option in options)
        {
            Row(help, Names(option), option.Description ?? string.Empty);
        }

        help.Append('\n');
    }

    /// <summary>Short names first, then long ones; the DOS-style /h and /? are left out.</summary>
    private static string Names(Option option)
    {
        var names = option.Aliases.Append(option.Name).Where(n => !n.StartsWith('/')).Distinct()
            .OrderBy(n => n.StartsWith("--", StringComparison.Ordinal) ? 1 : 0).ThenBy(n => n, StringComparer.Ordinal);
        string value = option.ValueType != typeof(bool) && option.Arity.MaximumNumberOfValues > 0 ? $" <{option.HelpName ?? option.Name.TrimStart('-')}>" : string.Empty;
        string joined = string.Join(", ", names) + value;

        // Long-only options line up under the long names of those with a short one.
        return joined.StartsWith("--", StringComparison.Ordinal) ? "    " + joined : joined;
    }

    /// <summary>One two-column row: the names, then the description wrapped to the width in its own column.</summary>
    private static void Row(StringBuilder help, string names, string description)
    {
        const int indent = 2;
        const int column = indent + MaxNameColumn + 2;
        help.Append(' ', indent).Append(names);
        int at = indent + names.Length;
        if (at + 2 > column)
        {
            help.Append('\n');
            at = 0;
        }

        help.Append(' ', column - at);
        int lineLength = column;
        bool first = true;
        foreach (var word in description.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!first && lineLength + 1 + word.Length > Width)
            {
                help.Append('\n').Append(' ', column);
                lineLength = column;
                first = true;
            }

            if (!first)
            {
                help.Append(' ');
                lineLength++;
            }

            help.Append(word);
            lineLength += word.Length;
            first = false;
        }

        help.Append('\n');
    }
}
