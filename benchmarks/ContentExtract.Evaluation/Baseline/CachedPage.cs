using ContentExtract.Evaluation.Metrics;

namespace ContentExtract.Evaluation.Baseline;

/// <summary>One page's result read from the SmartReader cache instead of extracted.</summary>
/// <param name="Result">The page's result as the live run scored it.</param>
/// <param name="Failure">What SmartReader threw on the page in that run; null when it did not.</param>
internal sealed record CachedPage(PageResult Result, string? Failure);
