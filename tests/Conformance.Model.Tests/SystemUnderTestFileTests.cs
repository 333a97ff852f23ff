using Conformance.Model.SystemUnderTest;

namespace Conformance.Model.Tests;

/// <summary>The core of the system-under-test file; each binding's section has its binding's tests.</summary>
public class SystemUnderTestFileTests
{
    private static string Write(string json)
    {
        var path = Path.Combine(Path.GetTempPath(), $"sut-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }

    [Test]
    public void The_core_is_read_with_its_identity_role_binding_capabilities_time_mode_and_timing()
    {
        var sut = SystemUnderTestFile.Load(Write("""
            {
              // comments are allowed
              "$schema": "../schemas/system-under-test.schema.json",
              "name": "Acme VEN", "vendor": "Acme", "version": "1.2.0",
              "roleUnderTest": "ven",
              "binding": "openadr3",
              "capabilities": ["webhooks"],
              "timeMode": { "mode": "scaled", "factor": 10 },
              "timing": { "retrievalInterval": "PT10S", "reportDelay": "2 s" },
            }
            """));
        sut.Should().BeEquivalentTo(new { Name = "Acme VEN", Vendor = "Acme", Version = "1.2.0", RoleUnderTest = Role.Ven, Binding = "openadr3" });
        sut.Clock.Should().Be(new ClockSetting(TimeMode.Scaled, 10));
        sut.Declared(TimingNames.RetrievalInterval).Should().Be(TimeSpan.FromSeconds(10));
        sut.Declared("reportDelay").Should().Be(TimeSpan.FromSeconds(2));
        sut.Declared("other").Should().BeNull();
        sut.Supports("WEBHOOKS").Should().BeTrue();
        sut.Supports("mqtt").Should().BeFalse();
        sut.BindingSection.Should().BeNull("the core reader reads no binding's section");
    }

    [Test]
    public void Without_binding_the_file_speaks_openadr3() =>
        SystemUnderTestFile.Load(Write("""{ "name": "x" }""")).Binding.Should().Be(SystemUnderTestDescription.DefaultBinding).And.Be("openadr3");

    [Test]
    public void The_embedded_default_supports_every_capability() =>
        SystemUnderTestDescription.EmbeddedDefault.Supports("anything").Should().BeTrue();

    [TestCase("{\n  \"vendor\": \"x\"\n}", null, "name", "required")]
    [TestCase("{ \"name\": \"x\",\n  \"colour\": \"red\" }", 2, "colour", "unknown field*")]
    [TestCase("{ \"name\": \"x\",\n  \"roleUnderTest\": \"toaster\" }", 2, "roleUnderTest", "'toaster' is not a role*")]
    [TestCase("{ \"name\": \"x\",\n \"timeMode\": {\n  \"mode\": \"scaled\" } }", 2, "timeMode.factor", "scaled time needs a number greater than 1*")]
    [TestCase("{ \"name\": \"x\",\n \"timeMode\": {\n  \"mode\": \"real\",\n  \"speed\": 2 } }",
        4, "timeMode.speed", "unknown field; expected one of mode, factor")]
    [TestCase("{ \"name\": 5 }", 1, "name", "must be a string, found number")]
    [TestCase("{ \"name\": \"x\",\n \"binding\": 3 }", 2, "binding", "must be a string, found number")]
    [TestCase("{ \"name\": \"x\",\n \"timing\": {\n  \"retrievalInterval\": \"often\" } }",
        3, "timing.retrievalInterval", "'often' is not a positive duration*")]
    [TestCase("{ \"name\": \"x\",\n \"timing\": {\n  \"retrievalInterval\": \"PT0S\" } }",
        3, "timing.retrievalInterval", "'PT0S' is not a positive duration*")]
    [TestCase("{ \"name\": \"x\",\n \"timing\": [] }", 2, "timing", "must be an object of named durations*")]
    [TestCase("{ \"name\": \"x\",\n \"vtn\": { } }", 2, "vtn", "unknown field*", Description = "a binding's section is unknown to the core alone")]
    public void A_bad_field_is_named_with_its_file_and_line(string json, int? line, string field, string problem)
    {
        var path = Write(json);
        FluentActions.Invoking(() => SystemUnderTestFile.Load(path)).Should().Throw<ConfigurationException>()
            .Where(e => e.File == path && e.Line == line && e.Field == field)
            .WithMessage($"{path}{(line is null ? "" : $":{line}")}: field '{field}': {problem}");
    }

    [Test]
    public void Sections_named_by_the_caller_are_kept_for_their_binding()
    {
        var document = SystemUnderTestFile.Read(Write("{ \"name\": \"x\",\n \"openadr3\": { \"ven\": 1 } }"), ["openadr3"]);
        document.Has("openadr3").Should().BeTrue();
        document.Root.GetProperty("openadr3").GetProperty("ven").GetInt32().Should().Be(1);
        document.Reader.Error("openadr3.ven", "bad").Should().BeEquivalentTo(new { Line = 2, Field = "openadr3.ven" });
    }

    [Test]
    public void The_core_schema_is_json_naming_every_core_field()
    {
        using var schema = System.Text.Json.JsonDocument.Parse(SystemUnderTestFile.CoreSchema);
        schema.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(SystemUnderTestFile.CoreFields);
    }

    [Test]
    public void Broken_json_is_reported_with_its_line()
    {
        var path = Write("{\n  \"name\": \"x\",\n  oops\n}");
        FluentActions.Invoking(() => SystemUnderTestFile.Load(path)).Should().Throw<ConfigurationException>()
            .Where(e => e.Line == 3).WithMessage($"{path}:3: not valid JSON*");
    }

    [Test]
    public void A_missing_file_is_named() =>
        FluentActions.Invoking(() => SystemUnderTestFile.Load("/no/such/sut.json")).Should().Throw<ConfigurationException>()
            .WithMessage("/no/such/sut.json: file not found");
}
