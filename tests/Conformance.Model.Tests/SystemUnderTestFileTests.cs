using Conformance.Model.SystemUnderTest;

namespace Conformance.Model.Tests;

public class SystemUnderTestFileTests
{
    private static string Write(string json)
    {
        var path = Path.Combine(Path.GetTempPath(), $"sut-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }

    [Test]
    public void A_ven_under_test_is_read_with_its_credentials_polling_interval_and_capabilities()
    {
        var sut = SystemUnderTestFile.Load(Write("""
            {
              // comments are allowed
              "name": "Acme VEN", "vendor": "Acme", "version": "1.2.0",
              "roleUnderTest": "ven",
              "ven": { "venName": "acme", "clientId": "acme-id", "clientSecret": "s", "pollingInterval": "PT10S" },
              "harness": { "vtnUrl": "http://127.0.0.1:8080" },
              "capabilities": ["webhooks"],
              "timeMode": { "mode": "scaled", "factor": 10 }
            }
            """));
        sut.RoleUnderTest.Should().Be(Role.Ven);
        sut.Ven.Should().Be(new VenUnderTest("acme", "acme-id", "s", TimeSpan.FromSeconds(10)));
        sut.HarnessVtnUrl.Should().Be("http://127.0.0.1:8080");
        sut.Clock.Should().Be(new ClockSetting(TimeMode.Scaled, 10));
        sut.Supports("WEBHOOKS").Should().BeTrue();
        sut.Supports("mqtt").Should().BeFalse();
    }

    [Test]
    public void The_embedded_default_supports_every_capability() =>
        SystemUnderTestDescription.EmbeddedDefault.Supports("anything").Should().BeTrue();

    [TestCase("{ \"name\": \"x\",\n  \"roleUnderTest\": \"ven\" }", null, "ven", "required when roleUnderTest is 'ven'")]
    [TestCase("{\n  \"vendor\": \"x\"\n}", null, "name", "required")]
    [TestCase("{ \"name\": \"x\",\n  \"colour\": \"red\" }", 2, "colour", "unknown field*")]
    [TestCase("{ \"name\": \"x\",\n  \"roleUnderTest\": \"toaster\" }", 2, "roleUnderTest", "'toaster' is not a role*")]
    [TestCase("{ \"name\": \"x\",\n \"timeMode\": {\n  \"mode\": \"scaled\" } }", 2, "timeMode.factor", "scaled time needs a number greater than 1*")]
    [TestCase("{ \"name\": \"x\",\n \"harness\": {\n  \"vtnUrl\": \"ftp://x\" } }", 3, "harness.vtnUrl", "'ftp://x' is not an absolute http(s) URL")]
    [TestCase("{ \"name\": 5 }", 1, "name", "must be a string, found number")]
    public void A_bad_field_is_named_with_its_file_and_line(string json, int? line, string field, string problem)
    {
        var path = Write(json);
        FluentActions.Invoking(() => SystemUnderTestFile.Load(path)).Should().Throw<ConfigurationException>()
            .Where(e => e.File == path && e.Line == line && e.Field == field)
            .WithMessage($"{path}{(line is null ? "" : $":{line}")}: field '{field}': {problem}");
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
