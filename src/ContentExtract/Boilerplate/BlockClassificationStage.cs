using ContentExtract.Pipeline;

namespace ContentExtract.Boilerplate;

/// <summary>Gives every undecided segment its context-free class, for the stages that read classes.</summary>
internal sealed class BlockClassificationStage : IExtractionStage
{
    public void Run(ExtractionContext context)
    {
        var classifier = new BlockClassifier(context.Options.Boilerplate);
        foreach (var segment in context.Segments)
        {
            var (blockClass, reason) = classifier.Classify(segment);
            segment.Class = blockClass;
            segment.ClassReason = reason;
        }
    }
}
