using CompetencyTeams.Benchmarks;

return await BenchmarkRunner.RunAsync(args, BenchmarkCatalog.All);
