using System.Reflection;
using ContentExtract.Rendering;

namespace ContentExtract.Tests.Model;

/// <summary>The public API's promises before 1.0: a zero failure value, non-positional records, cancellation everywhere.</summary>
public sealed class ApiHygieneTests
{
    private static readonly Assembly Library = typeof(ContentExtractor).Assembly;

    [Fact]
    public void An_exception_created_without_a_reason_is_Unknown()
    {
        Assert.Equal(ExtractionFailure.Unknown, new ContentExtractionException("x").Failure);
        Assert.Equal(ExtractionFailure.Unknown, new ContentExtractionException().Failure);
        Assert.Equal(ExtractionFailure.Unknown, new ContentExtractionException("x", new IOException()).Failure);
        Assert.Equal(ExtractionFailure.Unknown, default(ExtractionFailure));
    }

    [Fact]
    public void Failure_values_keep_their_numbers()
    {
        // Stored or logged numbers must keep meaning the same reason: values are appended, never renumbered.
        Assert.Equal(
            [("Unknown", 0), ("TooLarge", 1), ("Binary", 2), ("TooComplex", 3), ("TimedOut", 4)],
            Enum.GetValues<ExtractionFailure>().Select(v => (v.ToString(), (int)v)));
    }

    [Fact]
    public void The_extractor_always_names_its_reason()
    {
        var small = new ContentExtractor(new ExtractionOptions { MaxInputLength = 10, MaxElements = 5 });
        Assert.Equal(ExtractionFailure.TooLarge, Assert.Throws<ContentExtractionException>(() => small.Extract(new string('a', 11))).Failure);
        Assert.Equal(ExtractionFailure.Binary, Assert.Throws<ContentExtractionException>(() => ContentExtractor.Default.Extract(new byte[] { 0, 1, 2, 0, 0, 3, 0, 0 })).Failure);
        var fewElements = new ContentExtractor(new ExtractionOptions { MaxElements = 5 });
        Assert.Equal(ExtractionFailure.TooComplex, Assert.Throws<ContentExtractionException>(() => fewElements.ExtractHtml(string.Concat(Enumerable.Repeat("<p>x</p>", 10)))).Failure);
    }

    public static TheoryData<string> PublicRecords() =>
        [.. Library.GetExportedTypes().Where(t => t.GetMethod("<Clone>$") is not null).Select(t => t.FullName!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(PublicRecords))]
    public void Public_records_are_not_positional(string name)
    {
        // A positional record's constructor and Deconstruct take every field: adding one breaks every caller.
        var type = Library.GetType(name)!;
        Assert.Null(type.GetMethod("Deconstruct"));
        var constructors = type.GetConstructors().Where(c => !IsCopyConstructor(c, type)).ToArray();
        Assert.All(constructors, c => Assert.True(
            c.GetParameters().Length == 0 || (typeof(ContentBlock).IsAssignableFrom(type) && c.GetParameters() is [{ Name: "text" }]),
            $"{type.Name}({string.Join(", ", c.GetParameters().Select(p => p.Name))}): only blocks take their text in the constructor"));
    }

    [Fact]
    public void Every_extraction_entry_point_takes_a_cancellation_token()
    {
        var entryPoints = typeof(ContentExtractor).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.Name.StartsWith("Extract", StringComparison.Ordinal))
            .ToArray();

        Assert.True(entryPoints.Length >= 6, string.Join(", ", entryPoints.Select(m => m.Name)));
        Assert.All(entryPoints, m => Assert.Contains(m.GetParameters(), p => p.ParameterType == typeof(CancellationToken)));
    }

    [Fact]
    public void Every_asynchronous_rendering_and_reading_method_takes_a_cancellation_token()
    {
        var asynchronous = typeof(JsonRenderer).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == typeof(JsonRenderer).Namespace)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal))
            .ToArray();

        Assert.NotEmpty(asynchronous);
        Assert.All(asynchronous, m => Assert.Contains(m.GetParameters(), p => p.ParameterType == typeof(CancellationToken)));
    }

    [Fact]
    public void A_cancelled_token_stops_html_and_text_extraction()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => ContentExtractor.Default.ExtractHtml("<p>Hello there, reader.</p>", cancellationToken: cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => ContentExtractor.Default.ExtractText("Hello there, reader.", cancellationToken: cancelled.Token));
    }

    [Fact]
    public void The_document_address_is_a_uri_and_the_date_an_instant()
    {
        var document = ContentExtractor.Default.ExtractHtml(
            """
            <html lang="en"><head><title>Harbor dredging begins</title>
            <meta property="article:published_time" content="2024-06-01T12:30:00+02:00"></head>
            <body><article><h1>Harbor dredging begins</h1><p>Dredgers arrived on Monday to deepen the channel for the larger ships that the port expects next year, officials said.</p></article></body></html>
            """,
            new PageInfo { Url = new Uri("https://example.com/news/harbor") });

        Assert.Equal(new Uri("https://example.com/news/harbor"), document.Url);
        Assert.Equal(new DateTimeOffset(2024, 6, 1, 10, 30, 0, TimeSpan.Zero), document.Metadata.Published);
        Assert.Equal(TimeSpan.FromHours(2), document.Metadata.Published!.Value.Offset);
    }

    private static bool IsCopyConstructor(ConstructorInfo constructor, Type type) =>
        constructor.GetParameters() is [{ } only] && only.ParameterType == type;
}
