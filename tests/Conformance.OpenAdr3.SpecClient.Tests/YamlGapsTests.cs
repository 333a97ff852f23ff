using Conformance.OpenAdr3.SpecClient.Tests.Generated.Models;
using Conformance.OpenAdr3.SpecClient.Tests.Support;
using Microsoft.Kiota.Abstractions;

namespace Conformance.OpenAdr3.SpecClient.Tests;

/// <summary>
/// Where the VTN answers what the YAML allows, or what docs/openadr3-deviations.md records, yet a client generated from
/// the YAML cannot read all of it: gaps of the YAML, not of the VTN (README.md, "What the generated client cannot
/// read"). Each is pinned, so that a YAML that closes it, once the client is regenerated, fails here.
/// </summary>
internal sealed class YamlGapsTests : SpecVtnFixture
{
    /// <summary>
    /// programRequest.payloadDescriptors items are anyOf event/report descriptor with `discriminator: objectType` but
    /// no mapping, so the implied values are the schema names, not EVENT_/REPORT_PAYLOAD_DESCRIPTOR. Kiota reads an
    /// anyOf as the intersection of its members: each field goes to the first member that has it, so a report
    /// descriptor's objectType and payloadType land in the event member (objectType unreadable there) and only
    /// readingType in the report member.
    /// </summary>
    [Test]
    public async Task A_programs_report_payload_descriptor_reads_split_across_the_anyOf_members()
    {
        var program = await bl.Programs.PostAsync(new ProgramRequest
        {
            ProgramName = SpecVtn.Unique("program"),
            PayloadDescriptors =
            [
                new ProgramRequest.ProgramRequest_payloadDescriptors
                {
                    ReportPayloadDescriptor = new ReportPayloadDescriptor
                    {
                        ObjectType = ReportPayloadDescriptor_objectType.REPORT_PAYLOAD_DESCRIPTOR, PayloadType = "USAGE", ReadingType = "DIRECT_READ",
                    },
                },
            ],
        });

        var read = (await ven.Programs[program!.Id].GetAsync())!.PayloadDescriptors!.Single();

        read.EventPayloadDescriptor!.PayloadType.Should().Be("USAGE");
        read.EventPayloadDescriptor.ObjectType.Should().BeNull();
        read.ReportPayloadDescriptor!.ObjectType.Should().BeNull();
        read.ReportPayloadDescriptor.PayloadType.Should().BeNull();
        read.ReportPayloadDescriptor.ReadingType.Should().Be("DIRECT_READ");
    }

    /// <summary>
    /// mqttNotifierBindingObject.authentication is a oneOf of three schemas without a discriminator (their `method`
    /// would serve), so a generator has nothing to pick the member by: the wrapper stays empty although the VTN sends
    /// {"method":"OAUTH2_BEARER_TOKEN","username":"{clientID}"}.
    /// </summary>
    [Test]
    public async Task The_mqtt_authentication_oneOf_without_discriminator_reads_as_no_member()
    {
        var authentication = (await ven.Notifiers.GetAsync())!.MQTT!.Authentication;

        authentication.Should().NotBeNull();
        authentication!.MqttNotifierAuthenticationAnonymous.Should().BeNull();
        authentication.MqttNotifierAuthenticationOauth2BearerToken.Should().BeNull();
        authentication.MqttNotifierAuthenticationCertificate.Should().BeNull();
    }

    /// <summary>
    /// The `status` rows of docs/openadr3-deviations.md: statuses the VTN answers (with the YAML's problem) that the
    /// operation's responses omit, so the generated client has no error type for them and throws a bare ApiException
    /// carrying only the status code.
    /// </summary>
    [Test]
    public async Task A_duplicate_venName_409_createVen_does_not_list_reads_as_a_bare_ApiException()
    {
        var venName = SpecVtn.Unique("ven");
        var request = () => new VenRequest
        {
            BlVenRequest = new BlVenRequest { ObjectType = BlVenRequest_objectType.BL_VEN_REQUEST, ClientID = SpecVtn.Ven, VenName = venName },
        };
        await bl.Vens.PostAsync(request());

        await ExpectBareApiException(() => bl.Vens.PostAsync(request()), 409);
    }

    [Test]
    public async Task A_missing_token_401_updateProgram_and_listAllNotifiers_do_not_list_reads_as_a_bare_ApiException()
    {
        var program = await bl.Programs.PostAsync(new ProgramRequest { ProgramName = SpecVtn.Unique("program") });
        var anonymous = vtn.Anonymous();

        await ExpectBareApiException(() => anonymous.Programs[program!.Id].PutAsync(new ProgramRequest { ProgramName = program.ProgramName }), 401);
        await ExpectBareApiException(() => anonymous.Notifiers.GetAsync(), 401);
    }

    private static async Task ExpectBareApiException(Func<Task> call, int status)
    {
        var thrown = (await call.Should().ThrowAsync<ApiException>()).Which;
        thrown.Should().NotBeOfType<Problem>();
        thrown.ResponseStatusCode.Should().Be(status);
    }
}
