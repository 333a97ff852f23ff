using System.Globalization;
using System.Text;

namespace Conformance.Reporting.Allure;

/// <summary>
/// environment.properties: what was tested and by which harness, shown on the report's front page. Java
/// properties syntax, ASCII with \u escapes, as Allure 2 reads it with java.util.Properties.
/// </summary>
internal static class AllureEnvironment
{
    public static string Properties(RunReport report)
    {
        var sut = report.Sut;
        (string Key, string? Value)[] entries =
        [
            ("SUT.Name", sut.Name),
            ("SUT.Vendor", sut.Vendor),
            ("SUT.Version", sut.Version),
            ("Role.Under.Test", Wording.RoleUnderTest(sut)),
            ("Time.Mode", Wording.Mode(report.Clock)),
            ("Time.Factor", report.Clock.Factor.ToString("0.###", CultureInfo.InvariantCulture)),
            ("Harness.Version", report.Harness.Version),
            ("Harness.Commit", report.Harness.Commit),
            ("Tag.Filter", report.TagFilter ?? "none"),
            ("Selection", report.Selection ?? "none"),
            .. report.Conditions.Select((condition, i) => ($"Run.Condition.{i + 1}", (string?)condition)),
        ];
        var text = new StringBuilder();
        foreach (var (key, value) in entries)
            text.Append(key).Append('=').Append(Escape(value ?? "unknown")).Append('\n');
        return text.ToString();
    }

    private static string Escape(string value)
    {
        var escaped = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            escaped.Append(c switch
            {
                '\\' => @"\\",
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                _ when c < 0x20 || c > 0x7E => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }
        return escaped.ToString();
    }
}
