namespace Conformance.OpenAdr3.Vtn;

/// <summary>Which kind of client a credential belongs to; decides the scopes its tokens carry.</summary>
public enum VtnClientRole
{
    /// <summary>Business logic: read_all write_programs write_events write_subscriptions write_vens.</summary>
    BusinessLogic,

    /// <summary>A VEN: read_targets read_ven_objects write_reports write_subscriptions write_vens.</summary>
    Ven,
}
