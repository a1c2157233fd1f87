namespace SoTTTT.Portal.IntegrationTests.Security;

/// <summary>
/// The expected and actual outcome letters of a matrix's rows (one letter per principal, 'P' an allow),
/// compared: how many allows and denies nobody expected, and a line for each row that differs.
/// </summary>
internal sealed record OutcomeComparison(int UnexpectedAllows, int UnexpectedDenies, IReadOnlyList<string> Mismatches)
{
    public static OutcomeComparison Of(IEnumerable<(string Label, string Expected, string Actual)> rows)
    {
        var unexpectedAllows = 0;
        var unexpectedDenies = 0;
        var mismatches = new List<string>();
        foreach (var (label, expected, actual) in rows)
        {
            for (var i = 0; i < actual.Length; i++)
            {
                if (i < expected.Length && expected[i] == actual[i])
                    continue;
                if (actual[i] == 'P')
                    unexpectedAllows++;
                else
                    unexpectedDenies++;
            }
            if (actual != expected)
                mismatches.Add($"{label}: expected {expected}, got {actual}");
        }
        return new OutcomeComparison(unexpectedAllows, unexpectedDenies, mismatches);
    }
}
