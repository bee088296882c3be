using ContentExtract.Evaluation;
using ContentExtract.Evaluation.Ablation;

EvaluationOptions options;
try
{
    options = EvaluationOptions.Parse(args);
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine(exception.Message);
    Console.Error.WriteLine(EvaluationOptions.Usage);
    return 2;
}

return options.FitJudgePath is not null ? ContentExtract.Evaluation.Judge.JudgeFitRun.Execute(options)
    : options.AblatedRules is null ? EvaluationRun.Execute(options)
    : AblationRun.Execute(options);
