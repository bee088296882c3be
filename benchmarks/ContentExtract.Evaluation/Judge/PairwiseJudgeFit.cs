namespace ContentExtract.Evaluation.Judge;

/// <summary>
/// Fits the judge's weights as a pairwise logistic ranker: for every two candidates of a page whose scores differ by
/// more than <see cref="MinGain"/>, the better one should score higher, each pair weighing what choosing right gains.
/// Features are standardized for the fit (so one regularization strength suits them all) and the weights are
/// returned for raw features. Plain stochastic gradient descent with a fixed seed: the same pages give the same weights.
/// </summary>
internal sealed class PairwiseJudgeFit(double l2, int epochs = 60, double learningRate = 0.05, double decay = 0.93, int seed = 1)
{
    /// <summary>Pairs closer than this teach noise, not a preference.</summary>
    public const double MinGain = 0.02;

    public (double Bias, double[] Weights) Fit(IReadOnlyList<JudgePage> pages, Func<JudgePage, double> pageWeight)
    {
        int features = pages.SelectMany(page => page.Candidates).First().Features.Length;
        var (mean, deviation) = Standardization(pages, features);
        var pairs = new List<(double[] Difference, double Weight)>();
        foreach (var page in pages)
        {
            var standardized = page.Candidates.Select(c => Standardize(c.Features, mean, deviation)).ToArray();
            for (int a = 0; a < page.Candidates.Count; a++)
            {
                for (int b = 0; b < page.Candidates.Count; b++)
                {
                    double gain = page.Candidates[a].F1 - page.Candidates[b].F1;
                    if (gain > MinGain)
                    {
                        var difference = new double[features];
                        for (int j = 0; j < features; j++)
                        {
                            difference[j] = standardized[a][j] - standardized[b][j];
                        }

                        pairs.Add((difference, gain * pageWeight(page)));
                    }
                }
            }
        }

        var weights = new double[features];
        var random = new Random(seed);
        double rate = learningRate;
        double shrink = l2 * 1000 / Math.Max(1, pairs.Count);
        var order = Enumerable.Range(0, pairs.Count).ToArray();
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int index in order)
            {
                var (difference, weight) = pairs[index];
                double score = 0;
                for (int j = 0; j < features; j++)
                {
                    score += weights[j] * difference[j];
                }

                double gradient = weight / (1 + Math.Exp(Math.Min(30, score)));
                for (int j = 0; j < features; j++)
                {
                    weights[j] += rate * ((gradient * difference[j]) - (shrink * weights[j]));
                }
            }

            rate *= decay;
        }

        // score = Σ w_j (x_j − m_j) / s_j = Σ (w_j / s_j) x_j − Σ w_j m_j / s_j
        double bias = 0;
        var raw = new double[features];
        for (int j = 0; j < features; j++)
        {
            raw[j] = weights[j] / deviation[j];
            bias -= weights[j] * mean[j] / deviation[j];
        }

        return (bias, raw);
    }

    private static (double[] Mean, double[] Deviation) Standardization(IReadOnlyList<JudgePage> pages, int features)
    {
        var mean = new double[features];
        var squares = new double[features];
        int count = 0;
        foreach (var candidate in pages.SelectMany(page => page.Candidates))
        {
            count++;
            for (int j = 0; j < features; j++)
            {
                mean[j] += candidate.Features[j];
                squares[j] += candidate.Features[j] * candidate.Features[j];
            }
        }

        var deviation = new double[features];
        for (int j = 0; j < features; j++)
        {
            mean[j] /= Math.Max(1, count);
            deviation[j] = Math.Max(1e-6, Math.Sqrt(Math.Max(0, (squares[j] / Math.Max(1, count)) - (mean[j] * mean[j]))));
        }

        return (mean, deviation);
    }

    private static double[] Standardize(double[] features, double[] mean, double[] deviation)
    {
        var standardized = new double[features.Length];
        for (int j = 0; j < features.Length; j++)
        {
            standardized[j] = (features[j] - mean[j]) / deviation[j];
        }

        return standardized;
    }
}
