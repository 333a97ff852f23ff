using Conformance.OpenAdr3.SpecClient.Tests.Generated.Models;
using Conformance.OpenAdr3.SpecClient.Tests.Support;

namespace Conformance.OpenAdr3.SpecClient.Tests;

/// <summary>The search operations' query parameters as the generated client sends them (targets: form, explode).</summary>
internal sealed class PagingTests : SpecVtnFixture
{
    [Test]
    public async Task Skip_and_limit_page_through_the_programs_of_a_target()
    {
        var target = SpecVtn.Unique("group");
        var names = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var program = await bl.Programs.PostAsync(new ProgramRequest { ProgramName = SpecVtn.Unique($"program-{i}"), Targets = [target] });
            names.Add(program!.ProgramName!);
        }

        var pages = new List<string>();
        for (var skip = 0; skip < 4; skip++)
        {
            var page = await bl.Programs.GetAsync(r =>
            {
                r.QueryParameters.Targets = [target];
                r.QueryParameters.Skip = skip;
                r.QueryParameters.Limit = 1;
            });
            pages.AddRange(page!.Select(p => p.ProgramName!));
        }

        pages.Should().Equal(names);
    }

    [Test]
    public async Task Two_targets_select_the_programs_carrying_either()
    {
        var first = SpecVtn.Unique("group");
        var second = SpecVtn.Unique("group");
        var a = await bl.Programs.PostAsync(new ProgramRequest { ProgramName = SpecVtn.Unique("program"), Targets = [first] });
        var b = await bl.Programs.PostAsync(new ProgramRequest { ProgramName = SpecVtn.Unique("program"), Targets = [second] });
        await bl.Programs.PostAsync(new ProgramRequest { ProgramName = SpecVtn.Unique("program"), Targets = [SpecVtn.Unique("group")] });

        var found = await bl.Programs.GetAsync(r => r.QueryParameters.Targets = [first, second]);

        found!.Select(p => p.Id).Should().BeEquivalentTo([a!.Id, b!.Id]);
    }

    [Test]
    public async Task Vens_and_resources_are_searched_by_name_and_venID()
    {
        var venName = SpecVtn.Unique("ven");
        var venObject = await ven.Vens.PostAsync(new VenRequest
        {
            VenVenRequest = new VenVenRequest { ObjectType = VenVenRequest_objectType.VEN_VEN_REQUEST, VenName = venName },
        });
        foreach (var name in new[] { "meter-1", "meter-2" })
        {
            await ven.Resources.PostAsync(new ResourceRequest
            {
                VenResourceRequest = new VenResourceRequest
                {
                    ObjectType = VenResourceRequest_objectType.VEN_RESOURCE_REQUEST,
                    ResourceName = name,
                    VenID = venObject!.Id,
                },
            });
        }

        var byName = await ven.Vens.GetAsync(r => r.QueryParameters.VenName = venName);
        var resources = await ven.Resources.GetAsync(r =>
        {
            r.QueryParameters.VenID = venObject!.Id;
            r.QueryParameters.Skip = 1;
            r.QueryParameters.Limit = 5;
        });
        var meter1 = await ven.Resources.GetAsync(r =>
        {
            r.QueryParameters.VenID = venObject!.Id;
            r.QueryParameters.ResourceName = "meter-1";
        });

        byName!.Should().ContainSingle().Which.Id.Should().Be(venObject!.Id);
        resources!.Select(r => r.ResourceName).Should().Equal("meter-2");
        meter1!.Should().ContainSingle().Which.VenID.Should().Be(venObject.Id);
    }
}
