using Conformance.OpenAdr3.SpecClient.Tests.Generated;

namespace Conformance.OpenAdr3.SpecClient.Tests.Support;

/// <summary>One VTN per fixture, with the business logic's and the VEN's generated clients.</summary>
internal abstract class SpecVtnFixture
{
    protected SpecVtn vtn = null!;
    protected OpenAdr3Client bl = null!;
    protected OpenAdr3Client ven = null!;

    [OneTimeSetUp]
    public async Task StartVtn()
    {
        vtn = await SpecVtn.StartAsync();
        bl = vtn.Connect(SpecVtn.Bl);
        ven = vtn.Connect(SpecVtn.Ven);
    }

    [OneTimeTearDown]
    public async Task StopVtn() => await vtn.DisposeAsync();
}
