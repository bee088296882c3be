using System.Diagnostics.Metrics;
using ContentExtract;
using ContentExtract.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

// The namespace of IServiceCollection, where extension methods of this kind live, so that no using is needed.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers ContentExtract with a service collection.</summary>
public static class ContentExtractServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="IContentExtractor"/> (and the <see cref="ContentExtractor"/> it wraps) built from
    /// <see cref="ContentExtractorOptions"/>, validated when the host starts. The extractor logs refused, failed and dropped
    /// inputs (category <c>ContentExtract</c>) and reports its metrics through the container's <see cref="IMeterFactory"/>
    /// when there is one (a host adds it), else through the library's shared meter.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes the settings, as in <c>o => o.Extraction = o.Extraction with { Timeout = TimeSpan.FromSeconds(5) }</c>; null for the defaults.</param>
    /// <returns>The options builder, to chain more configuration (such as <c>.BindConfiguration("ContentExtract")</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <example>
    /// <code>
    /// builder.Services.AddContentExtractor(o => o.Extraction = o.Extraction with { MaxInputLength = 8 &lt;&lt; 20 });
    /// // later, in a constructor: public Worker(IContentExtractor extractor) { … }
    /// </code>
    /// </example>
    public static OptionsBuilder<ContentExtractorOptions> AddContentExtractor(this IServiceCollection services, Action<ContentExtractorOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<ContentExtractorOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ContentExtractorOptions>, ContentExtractorOptionsValidator>());
        services.TryAddSingleton(provider => new ContentExtractor(
            provider.GetRequiredService<IOptions<ContentExtractorOptions>>().Value.Extraction,
            provider.GetService<IMeterFactory>()));
        services.TryAddSingleton<IContentExtractor>(provider => new LoggingContentExtractor(
            provider.GetRequiredService<ContentExtractor>(),
            (provider.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance).CreateLogger(LoggingContentExtractor.Category)));
        return options;
    }
}
