using Conformance.OpenAdr3.Client;

namespace Conformance.OpenAdr3.Tests.Support;

/// <summary>One VTN per fixture on the given storage, with a business-logic and a VEN client connected.</summary>
internal abstract class VtnFixture(VtnStorage storage)
{
    /// <summary>The backend of this fixture, for a test that starts a VTN of its own.</summary>
    protected VtnStorage Storage { get; } = storage;
    protected TestVtn vtn = null!;
    protected OpenAdrClient bl = null!;
    protected OpenAdrClient ven = null!;

    [OneTimeSetUp]
    public async Task StartVtn()
    {
        vtn = await TestVtn.StartAsync(storage: Storage);
        bl = await vtn.ConnectAsync(TestVtn.Bl);
        ven = await vtn.ConnectAsync(TestVtn.Ven);
    }

    [OneTimeTearDown]
    public async Task StopVtn() => await vtn.DisposeAsync();
}
