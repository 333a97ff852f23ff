using Conformance.OpenAdr3.Vtn;

namespace Conformance.OpenAdr3.Tests.VtnTests;

public class VtnClientsFileTests
{
    private string path = null!;

    [SetUp]
    public void NewPath() => path = Path.Combine(Path.GetTempPath(), $"vtn-clients-{Guid.NewGuid():N}.json");

    [TearDown]
    public void DeleteFile() => File.Delete(path);

    [Test]
    public void Good_file_gives_the_credentials_in_order()
    {
        File.WriteAllText(path, """
            {
              // comments and trailing commas are fine
              "clients": [
                { "clientId": "bl", "clientSecret": "s1", "role": "businessLogic" },
                { "clientId": "ven-1", "clientSecret": "s2", "role": "ven" },
              ]
            }
            """);

        VtnClientsFile.Load(path).Should().Equal(
            new VtnClientCredential("bl", "s1", VtnClientRole.BusinessLogic),
            new VtnClientCredential("ven-1", "s2", VtnClientRole.Ven));
    }

    [Test]
    public void File_with_a_byte_order_mark_is_read()
    {
        File.WriteAllText(path, """{ "clients": [ { "clientId": "v", "clientSecret": "s", "role": "ven" } ] }""", new System.Text.UTF8Encoding(true));

        VtnClientsFile.Load(path).Should().ContainSingle();
    }

    [Test]
    public void Missing_file_names_the_file()
    {
        var error = Load();

        error.Message.Should().StartWith($"{path}: cannot be read");
        error.Line.Should().BeNull();
    }

    [Test]
    public void Broken_json_names_the_line()
    {
        var error = Load("""
            {
              "clients": [
                { "clientId": "bl" "clientSecret": "s1", "role": "businessLogic" }
              ]
            }
            """);

        error.Line.Should().Be(3);
        error.Message.Should().StartWith($"{path}:3: is not valid JSON");
    }

    [Test]
    public void Missing_clients_is_named()
    {
        var error = Load("""{ }""");

        error.Field.Should().Be("clients");
        error.Message.Should().Be($"{path}:1: clients: is required: an array of {{ clientId, clientSecret, role }}");
    }

    [Test]
    public void Unknown_field_names_its_line_and_path()
    {
        var error = Load("""
            { "clients": [
                { "clientId": "bl", "clientSecret": "s1", "role": "ven" },
                { "clientId": "v",
                  "clientSecrte": "s2", "role": "ven" } ] }
            """);

        error.Line.Should().Be(4);
        error.Field.Should().Be("clients[1].clientSecrte");
    }

    [Test]
    public void Missing_field_names_the_client_line_and_the_field()
    {
        var error = Load("""
            { "clients": [
                { "clientId": "bl", "role": "businessLogic" } ] }
            """);

        error.Message.Should().Be($"{path}:2: clients[0].clientSecret: is required");
    }

    [Test]
    public void Unknown_role_names_the_allowed_ones()
    {
        var error = Load("""
            { "clients": [
                { "clientId": "bl", "clientSecret": "s", "role": "admin" } ] }
            """);

        error.Message.Should().Be($"{path}:2: clients[0].role: 'admin' must be one of businessLogic, ven");
    }

    [Test]
    public void Empty_or_non_string_value_is_named()
    {
        var error = Load("""
            { "clients": [
                { "clientId": "",
                  "clientSecret": "s", "role": "ven" } ] }
            """);

        error.Message.Should().Be($"{path}:2: clients[0].clientId: must be a non-empty string");
    }

    [Test]
    public void Duplicate_clientId_names_the_second()
    {
        var error = Load("""
            { "clients": [
                { "clientId": "v", "clientSecret": "s1", "role": "ven" },
                { "clientId": "v", "clientSecret": "s2", "role": "ven" } ] }
            """);

        error.Message.Should().Be($"{path}:3: clients[1].clientId: 'v' is listed twice");
    }

    private VtnClientsFileException Load(string? content = null)
    {
        if (content is not null) File.WriteAllText(path, content);
        var act = () => VtnClientsFile.Load(path);
        return act.Should().Throw<VtnClientsFileException>().Which;
    }
}
