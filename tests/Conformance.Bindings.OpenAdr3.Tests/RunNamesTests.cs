using Conformance.Bindings.OpenAdr3.Drivers;

namespace Conformance.Bindings.OpenAdr3.Tests;

/// <summary>The names the harness's objects go by on the wire: the run's suffix on a VTN under test, as written on its own.</summary>
public class RunNamesTests
{
    [Test]
    public void A_unique_run_sends_the_features_name_with_its_suffix_and_quotes_both()
    {
        var names = RunNames.Unique();

        var wire = names.Wire("Notified-shed");

        wire.Should().MatchRegex("^Notified-shed-[0-9a-f]{6}$");
        names.Wire(wire).Should().Be(wire, "a name that carries the run's suffix already is not suffixed twice");
        names.Feature(wire).Should().Be("Notified-shed");
        names.Quote("Notified-shed").Should().Be($"'Notified-shed' (sent as '{wire}')");
    }

    [Test]
    public void Two_runs_send_different_names_and_a_name_of_another_run_is_not_taken_for_this_runs()
    {
        var (first, second) = (RunNames.Unique(), RunNames.Unique());

        first.Wire("Polled-TOU").Should().NotBe(second.Wire("Polled-TOU"));
        second.Feature(first.Wire("Polled-TOU")).Should().Be(first.Wire("Polled-TOU"));
    }

    [Test]
    public void On_the_harnesss_own_vtn_names_go_as_the_feature_writes_them()
    {
        RunNames.AsWritten.Wire("Polled-TOU").Should().Be("Polled-TOU");
        RunNames.AsWritten.Quote("Polled-TOU").Should().Be("'Polled-TOU'");
    }
}
