using Conformance.OpenAdr3.Client;

namespace Conformance.OpenAdr3.Tests.Support;

/// <summary>One VTN per fixture on the given storage, with a business-logic and a VEN client connected.</summary>
internal abstract class VtnFixture(VtnStorage storage)
{
    protected TestVtn vtn = null!;
    protected OpenAdrClient bl = null!;
    protected OpenAdrClient ven = null!;

    [OneTimeSetUp]
    public async Task StartVtn()
    {
        vtn = await TestVtn.StartAsync(storage: storage);
        bl = await vtn.ConnectAsync(TestVtn.Bl);
        ven = await vtn.ConnectAsync(TestVtn.Ven);
    }

    [OneTimeTearDown]
    public async Task StopVtn() => await vtn.DisposeAsync();
}
