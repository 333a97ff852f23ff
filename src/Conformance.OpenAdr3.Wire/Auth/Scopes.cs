namespace Conformance.OpenAdr3.Wire;

/// <summary>The oAuth2ClientCredentials scopes of the YAML's securitySchemes.</summary>
public static class Scopes
{
    /// <summary>BL can read all resources.</summary>
    public const string ReadAll = "read_all";

    /// <summary>VENs may only read objects with targets by providing matching targets.</summary>
    public const string ReadTargets = "read_targets";

    /// <summary>VENs may only read objects whose clientID matches their own.</summary>
    public const string ReadVenObjects = "read_ven_objects";

    /// <summary>
    /// Not among the YAML's declared scopes, yet named by the security sections of the all-objects MQTT topic
    /// endpoints; the notifier companion document calls it "BL-only access".
    /// </summary>
    public const string ReadBl = "read_bl";

    /// <summary>Only BL can write to programs.</summary>
    public const string WritePrograms = "write_programs";

    /// <summary>Only BL can write to events.</summary>
    public const string WriteEvents = "write_events";

    /// <summary>Only VENs can write to reports.</summary>
    public const string WriteReports = "write_reports";

    /// <summary>VENs and BL can write to subscriptions.</summary>
    public const string WriteSubscriptions = "write_subscriptions";

    /// <summary>VENs and BL can write to vens and resources.</summary>
    public const string WriteVens = "write_vens";
}
