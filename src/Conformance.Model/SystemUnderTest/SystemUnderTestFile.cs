using System.Text.Json;

namespace Conformance.Model.SystemUnderTest;

/// <summary>
/// Reads the core of the system-under-test file (JSON): identity, role under test, binding, capabilities, time mode
/// and timing. Every other top-level field is a binding's section, which this reader only hands on (see
/// <see cref="SystemUnderTestDocument"/>); the harness composes the whole file's schema and has the binding read its
/// section. Every problem is a <see cref="ConfigurationException"/> naming the file, the line and the field, so a lab
/// never has to read a stack trace to fix its configuration.
/// </summary>
public static class SystemUnderTestFile
{
    /// <summary>The core's top-level fields ($schema: where an editor finds the file's schema, not read).</summary>
    public static readonly IReadOnlyList<string> CoreFields =
        ["$schema", "name", "vendor", "version", "roleUnderTest", "binding", "capabilities", "timeMode", "timing"];

    /// <summary>The core alone: any other top-level field is unknown.</summary>
    public static SystemUnderTestDescription Load(string path) => Read(path, []).Core;

    /// <summary>
    /// The core, and the file kept for the sections named in <paramref name="sectionFields"/> (top-level fields the
    /// bindings read).
    /// </summary>
    public static SystemUnderTestDocument Read(string path, IReadOnlyCollection<string> sectionFields)
    {
        var (reader, document) = ConfigurationReader.Open(path);
        using (document)
            return new SystemUnderTestDocument(Read(reader, document.RootElement, sectionFields), reader, document.RootElement.Clone());
    }

    private static SystemUnderTestDescription Read(ConfigurationReader f, JsonElement root, IReadOnlyCollection<string> sectionFields)
    {
        if (root.ValueKind != JsonValueKind.Object) throw f.Error("", "the file must hold one JSON object");
        f.OnlyKnown(root, [.. CoreFields, .. sectionFields], "");

        var role = f.OptionalString(root, "roleUnderTest") switch
        {
            null or "none" => (Role?)null,
            "ven" => Role.Ven,
            "vtn" => Role.Vtn,
            var other => throw f.Error("roleUnderTest", $"'{other}' is not a role this harness can certify yet; use 'ven', 'vtn' or 'none'"),
        };
        return new SystemUnderTestDescription(
            f.RequiredString(root, "name"),
            f.OptionalString(root, "vendor"),
            f.OptionalString(root, "version"),
            role,
            root.TryGetProperty("timeMode", out var clock) ? ReadClock(f, clock) : ClockSetting.Real,
            ReadCapabilities(f, root))
        {
            Binding = f.OptionalString(root, "binding") ?? SystemUnderTestDescription.DefaultBinding,
            Timing = ReadTiming(f, root),
        };
    }

    /// <summary>Named durations: each a positive ISO 8601 duration ("PT10S") or a number and a unit ("10 s").</summary>
    private static Dictionary<string, TimeSpan> ReadTiming(ConfigurationReader f, JsonElement root)
    {
        var timing = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        if (!root.TryGetProperty("timing", out var element)) return timing;
        if (element.ValueKind != JsonValueKind.Object)
            throw f.Error("timing", "must be an object of named durations, e.g. { \"retrievalInterval\": \"PT10S\" }");
        foreach (var property in element.EnumerateObject())
            timing[property.Name] = f.OptionalDuration(element, property.Name, "timing.")
                ?? throw f.Error($"timing.{property.Name}", "must be a duration (e.g. 'PT10S' or '10 s')");
        return timing;
    }

    private static ClockSetting ReadClock(ConfigurationReader f, JsonElement clock)
    {
        f.OnlyKnown(clock, ["mode", "factor"], "timeMode.");
        var mode = f.RequiredString(clock, "mode", "timeMode.") switch
        {
            "real" => TimeMode.Real,
            "scaled" => TimeMode.Scaled,
            "virtual" => throw f.Error("timeMode.mode",
                "virtual time needs every role to be the harness's own; a system under test runs on real or scaled time"),
            var other => throw f.Error("timeMode.mode", $"'{other}' is not a time mode; use 'real' or 'scaled'"),
        };
        if (mode == TimeMode.Real) return ClockSetting.Real;
        if (!clock.TryGetProperty("factor", out var factor) || factor.ValueKind != JsonValueKind.Number || factor.GetDouble() <= 1)
            throw f.Error("timeMode.factor", "scaled time needs a number greater than 1 (how many times faster than the wall clock)");
        return new ClockSetting(TimeMode.Scaled, factor.GetDouble());
    }

    private static HashSet<string> ReadCapabilities(ConfigurationReader f, JsonElement root)
    {
        var capabilities = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (!root.TryGetProperty("capabilities", out var list)) return capabilities;
        if (list.ValueKind != JsonValueKind.Array) throw f.Error("capabilities", "must be an array of strings");
        foreach (var item in list.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String) throw f.Error("capabilities", "must be an array of strings");
            capabilities.Add(item.GetString()!);
        }
        return capabilities;
    }

    /// <summary>
    /// The JSON Schema (draft-07) of the core. The harness composes the whole file's schema from it: it adds the
    /// binding names to <c>binding</c> and each binding's section as a property.
    /// </summary>
    public const string CoreSchema = """
        {
          "$schema": "http://json-schema.org/draft-07/schema#",
          "title": "IEC 62746 conformance harness: system under test",
          "description": "What is being certified: a core every binding shares, and one section per binding (named after it) saying how to reach the system under test over that binding's wire. Paths in the file are relative to its folder. Comments and trailing commas are allowed.",
          "type": "object",
          "additionalProperties": false,
          "required": ["name"],
          "properties": {
            "$schema": {
              "type": "string",
              "description": "Where an editor finds this schema (e.g. a path to schemas/system-under-test.schema.json); the harness does not read it."
            },
            "name": { "type": "string", "minLength": 1, "description": "The system under test's name, as reports show it." },
            "vendor": { "type": "string", "minLength": 1 },
            "version": { "type": "string", "minLength": 1 },
            "roleUnderTest": {
              "enum": ["none", "ven", "vtn"],
              "default": "none",
              "description": "The role the system under test plays; the harness plays every other. none: every role is the harness's own (the reference implementations certified against each other)."
            },
            "binding": {
              "type": "string",
              "default": "openadr3",
              "description": "The protocol binding the system under test speaks; its section is the field of the same name."
            },
            "capabilities": {
              "type": "array",
              "items": { "type": "string", "minLength": 1, "examples": ["mqtt-notifications", "ven-self-enrollment"] },
              "description": "Optional features, as @requires:<capability> tags name them: mqtt-notifications, ven-self-enrollment."
            },
            "timeMode": {
              "type": "object",
              "additionalProperties": false,
              "required": ["mode"],
              "properties": {
                "mode": { "enum": ["real", "scaled"], "description": "real: the wall clock; scaled: every duration shortened by factor." },
                "factor": { "type": "number", "exclusiveMinimum": 1, "description": "With scaled: how many times faster than the wall clock." }
              }
            },
            "timing": {
              "type": "object",
              "description": "Durations the system under test declares, by name, which features cite: retrievalInterval, the longest the customer energy manager under test takes to fetch new signals (an OpenADR 3.1 VEN's polling interval), required with roleUnderTest ven; firstContact, how long the harness waits before the first scenario for a VEN under test to contact its VTN (default 60 s).",
              "properties": {
                "retrievalInterval": { "$ref": "#/definitions/duration" },
                "firstContact": { "$ref": "#/definitions/duration" }
              },
              "additionalProperties": { "$ref": "#/definitions/duration" }
            }
          },
          "definitions": {
            "duration": {
              "type": "string",
              "pattern": "^\\s*(P\\S+|\\d+(\\.\\d+)? ?(ms|s|sec|min|h))\\s*$",
              "description": "A positive duration: ISO 8601 (PT10S) or a number and a unit (ms, s, min, h), e.g. \"10 s\"."
            }
          }
        }
        """;
}

/// <summary>
/// A system-under-test file as its core reader left it: the core, the reader (for the sections' errors, with the same
/// file, line and field) and the file's root, from which each binding takes its section.
/// </summary>
public sealed record SystemUnderTestDocument(SystemUnderTestDescription Core, ConfigurationReader Reader, JsonElement Root)
{
    /// <summary>Whether the file holds the top-level field.</summary>
    public bool Has(string field) => Root.TryGetProperty(field, out _);
}
