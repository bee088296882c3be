using System.Globalization;

namespace ContentExtract.Cli.Scale;

/// <summary>
/// Finds the shard a run processes: <c>--shard I/N</c> when given, else the environment of the scheduler that
/// started the run, else the whole manifest. Read in this order, the first one present wins:
/// <list type="number">
/// <item><c>--shard I/N</c>.</item>
/// <item>A Kubernetes Indexed Job: <c>JOB_COMPLETION_INDEX</c> (set by Kubernetes) is the shard; the count is
/// <c>CONTENT_EXTRACT_SHARD_COUNT</c>, which the Job sets to its <c>completions</c> (Kubernetes passes no count).</item>
/// <item>A Slurm job array: <c>SLURM_ARRAY_TASK_ID</c>, counted from <c>SLURM_ARRAY_TASK_MIN</c> in steps of
/// <c>SLURM_ARRAY_TASK_STEP</c> (so <c>--array=1-8</c> gives shards 0 to 7), among <c>SLURM_ARRAY_TASK_COUNT</c>.</item>
/// </list>
/// </summary>
internal static class ShardEnvironment
{
    public const string KubernetesIndex = "JOB_COMPLETION_INDEX";
    public const string ShardCount = "CONTENT_EXTRACT_SHARD_COUNT";
    public const string SlurmId = "SLURM_ARRAY_TASK_ID";
    public const string SlurmCount = "SLURM_ARRAY_TASK_COUNT";
    public const string SlurmMin = "SLURM_ARRAY_TASK_MIN";
    public const string SlurmMax = "SLURM_ARRAY_TASK_MAX";
    public const string SlurmStep = "SLURM_ARRAY_TASK_STEP";

    /// <summary>Resolves the shard; a malformed or inconsistent setting is an error, never a silent guess.</summary>
    /// <param name="option">The value of <c>--shard</c>, or null.</param>
    /// <param name="environment">Reads an environment variable (<see cref="Environment.GetEnvironmentVariable(string)"/>).</param>
    /// <param name="shard">The shard.</param>
    /// <param name="error">What is wrong, when false is returned.</param>
    public static bool TryResolve(string? option, Func<string, string?> environment, out ShardSpec shard, out string error)
    {
        if (option is not null)
        {
            return ShardSpec.TryParse(option, "--shard", out shard, out error);
        }

        if (Read(environment, KubernetesIndex) is { } completionIndex)
        {
            return FromKubernetes(completionIndex, Read(environment, ShardCount), out shard, out error);
        }

        if (Read(environment, SlurmId) is { } taskId)
        {
            return FromSlurm(taskId, environment, out shard, out error);
        }

        shard = ShardSpec.Whole;
        error = string.Empty;
        return true;
    }

    private static bool FromKubernetes(string completionIndex, string? count, out ShardSpec shard, out string error)
    {
        shard = default;
        if (!TryNumber(completionIndex, KubernetesIndex, out int index, out error))
        {
            return false;
        }

        if (count is null)
        {
            error = $"{KubernetesIndex} is set (a Kubernetes Indexed Job) but {ShardCount} is not: set it to the Job's completions (docs/scale.md)";
            return false;
        }

        return TryNumber(count, ShardCount, out int total, out error)
            && ShardSpec.TryCreate(index, total, $"{KubernetesIndex}={index} of {ShardCount}={total}", out shard, out error);
    }

    private static bool FromSlurm(string taskId, Func<string, string?> environment, out ShardSpec shard, out string error)
    {
        shard = default;
        if (!TryNumber(taskId, SlurmId, out int id, out error))
        {
            return false;
        }

        if (Read(environment, SlurmCount) is not { } countText)
        {
            error = $"{SlurmId} is set but {SlurmCount} is not: run the tool as a Slurm job array (sbatch --array=0-N), or give --shard I/N";
            return false;
        }

        int min = 0, step = 1;
        if (!TryNumber(countText, SlurmCount, out int count, out error)
            || (Read(environment, SlurmMin) is { } minText && !TryNumber(minText, SlurmMin, out min, out error))
            || (Read(environment, SlurmStep) is { } stepText && !TryNumber(stepText, SlurmStep, out step, out error)))
        {
            return false;
        }

        step = Math.Max(step, 1);
        if (id < min || (id - min) % step != 0)
        {
            error = $"{SlurmId}={id} is not on the array's range (from {min} in steps of {step})";
            return false;
        }

        // An array of scattered ids (--array=1,4,9) has as many tasks as ids but no shard numbering to follow from them.
        if (Read(environment, SlurmMax) is { } maxText && TryNumber(maxText, SlurmMax, out int max, out _) && (max - min) / step + 1 != count)
        {
            error = $"the Slurm array is not one range ({SlurmMin}={min}, {SlurmMax}={max}, {SlurmStep}={step}, {SlurmCount}={count}): use --array=0-{count - 1}, or give --shard I/N";
            return false;
        }

        return ShardSpec.TryCreate((id - min) / step, count, $"{SlurmId}={id} of {SlurmCount}={count}", out shard, out error);
    }

    private static string? Read(Func<string, string?> environment, string name) =>
        environment(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static bool TryNumber(string text, string name, out int value, out string error)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value))
        {
            error = string.Empty;
            return true;
        }

        error = $"{name} must be a whole number; it is '{text}'";
        return false;
    }
}
