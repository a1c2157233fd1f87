namespace SoTTTT.Portal.DataGenerator;

internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        GeneratorSettings settings;
        try
        {
            settings = GeneratorSettings.Parse(args);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(GeneratorSettings.Usage);
            return 2;
        }

        var result = await new DataGenerator(settings, Console.Out).RunAsync(CancellationToken.None);
        Console.WriteLine($"Done in {result.Elapsed.TotalSeconds:F1} s.");
        return 0;
    }
}
