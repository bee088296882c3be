using System.Reflection;
using System.Runtime.Versioning;

namespace ContentExtract.Tests;

/// <summary>The tests run once per target of the library: each run tests that target's build on that target's runtime.</summary>
public sealed class TargetRuntimeTests
{
#if NET10_0_OR_GREATER
    private const int Major = 10;
#else
    private const int Major = 8;
#endif

    [Fact]
    public void The_tests_run_on_the_runtime_and_the_library_build_of_their_target()
    {
        Assert.Equal(Major, Environment.Version.Major);
        Assert.StartsWith($".NET {Major}.", System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription, StringComparison.Ordinal);
        Assert.Equal($".NETCoreApp,Version=v{Major}.0", typeof(ContentExtractor).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName);
    }
}
