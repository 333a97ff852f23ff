namespace Conformance.OpenAdr3.Tests.WireTests;

using Conformance.OpenAdr3.Wire;

public class ValidationTests
{
    [Test]
    public void Program_name_longer_than_128_characters_is_a_violation()
    {
        var violations = new Program { ProgramName = new string('p', 129) }.Validate();

        violations.Should().ContainSingle().Which.Field.Should().Be("programName");
    }

    [Test]
    public void Violations_name_the_nested_field()
    {
        var evt = new Event
        {
            ProgramId = "bad id!",
            Intervals = [new Interval { Id = 0, Payloads = [new ValuesMap { Values = [] }] }],
            IntervalPeriod = new IntervalPeriod { Duration = "1 hour" },
        };

        evt.Validate().Select(v => v.Field).Should().BeEquivalentTo("programID", "intervals[0].payloads[0].type", "intervalPeriod.duration");
    }

    [Test]
    public void Ven_request_needs_an_objectType_and_a_bl_request_a_clientID()
    {
        new Ven { VenName = "v" }.Validate().Should().ContainSingle().Which.Field.Should().Be("objectType");
        new Ven { VenName = "v", ObjectType = ObjectTypes.BlVenRequest }.Validate()
            .Should().ContainSingle().Which.Field.Should().Be("clientID");
    }

    [Test]
    public void Report_needs_eventID_clientName_and_resources()
    {
        new Report().Validate().Select(v => v.Field).Should().BeEquivalentTo("eventID", "clientName", "resources");
    }

    [Test]
    public void Token_request_needs_the_client_credentials_grant()
    {
        var request = new ClientCredentialRequest { GrantType = "password", ClientId = "c", ClientSecret = "s" };

        request.Validate().Should().ContainSingle().Which.Field.Should().Be("grant_type");
    }

    [Test]
    public void Ven_resource_request_may_not_carry_clientID_or_targets()
    {
        var resource = new Resource
        {
            ObjectType = ObjectTypes.VenResourceRequest,
            ResourceName = "r",
            VenId = "v1",
            ClientId = "me",
            Targets = ["all"],
        };

        resource.Validate().Select(v => v.Field).Should().BeEquivalentTo("clientID", "targets");
    }

    [Test]
    public void Resource_request_needs_objectType_resourceName_and_venID()
    {
        new Resource().Validate().Select(v => v.Field).Should().BeEquivalentTo("objectType", "resourceName", "venID");
    }

    [Test]
    public void Subscription_operations_and_objects_come_from_the_yaml_enums()
    {
        var subscription = new Subscription
        {
            ClientName = "c",
            ObjectOperations = [new ObjectOperation { Objects = ["PROGRAM", "NOTHING"], Operations = ["PATCH"], CallbackUrl = "https://x.test/cb" }],
        };

        subscription.Validate().Select(v => v.Field).Should().BeEquivalentTo("objectOperations[0].objects[1]", "objectOperations[0].operations[0]");
    }

    [Test]
    public void Subscription_needs_clientName_objectOperations_and_an_absolute_callbackUrl()
    {
        new Subscription().Validate().Select(v => v.Field).Should().BeEquivalentTo("clientName", "objectOperations");
        new Subscription { ClientName = "c", ObjectOperations = [new ObjectOperation { Objects = [], Operations = [], CallbackUrl = "/relative" }] }
            .Validate().Should().ContainSingle().Which.Field.Should().Be("objectOperations[0].callbackUrl");
    }
}
