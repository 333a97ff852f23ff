using Conformance.Bindings.OpenAdr3.Configuration;
using Conformance.Bindings.OpenAdr3.Drivers;
using Conformance.Model.SystemUnderTest;
using Conformance.Roles.Bindings;

namespace Conformance.Bindings.OpenAdr3.Tests;

/// <summary>
/// openadr3.harness.tokenKeyFile: the key the harness's VTN signs tokens with, kept across runs (so a VEN kept running keeps
/// a valid token), written when absent, refused when it holds no key.
/// </summary>
public class TokenKeyFileTests
{
    private static readonly IReadOnlyList<IBinding> Bindings = [new OpenAdr3Binding()];

    private static string Folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"token-key-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    [Test]
    public void The_section_names_the_file_relative_to_the_system_under_test_file()
    {
        var folder = Folder();
        var sut = Path.Combine(folder, "sut.json");
        File.WriteAllText(sut, """
            { "name": "Acme VEN", "roleUnderTest": "ven", "timing": { "retrievalInterval": "PT10S" },
              "openadr3": { "ven": { "venName": "a", "clientId": "a", "clientSecret": "s" }, "harness": { "tokenKeyFile": "vtn.key" } } }
            """);

        OpenAdr3Settings.Of(SystemUnderTestLoader.Load(sut, Bindings)).TokenKeyFile.Should().Be(Path.Combine(folder, "vtn.key"));
    }

    [Test]
    public void A_missing_file_is_written_and_the_same_key_is_read_from_it_next_time()
    {
        var path = Path.Combine(Folder(), "vtn.key");

        var created = TokenKeyFile.LoadOrCreate(path);

        created.Should().HaveCount(32);
        TokenKeyFile.LoadOrCreate(path).Should().Equal(created);
    }

    [Test]
    public void A_file_without_a_key_is_a_configuration_error_naming_it()
    {
        var path = Path.Combine(Folder(), "vtn.key");
        File.WriteAllText(path, "not a key");

        FluentActions.Invoking(() => TokenKeyFile.LoadOrCreate(path)).Should().Throw<ConfigurationException>()
            .WithMessage($"{path}: field 'openadr3.harness.tokenKeyFile': does not hold a token signing key*");
    }
}
