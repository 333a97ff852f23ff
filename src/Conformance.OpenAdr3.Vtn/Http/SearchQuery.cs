using Conformance.OpenAdr3.Wire;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// The YAML's filter query parameters, each checked against its schema. Every search reads the ones its
/// operation lists; filters are additive ("results must match every filter term", Definition.md).
/// Arrays (targets, objects) come as repeated parameters: targets=a&amp;targets=b (style form, explode).
/// </summary>
internal sealed class SearchQuery : IRequestPart
{
    private readonly List<Violation> violations = [];

    private SearchQuery(IQueryCollection query)
    {
        ProgramId = One(query, "programID", ParameterRules.ObjectId);
        EventId = One(query, "eventID", ParameterRules.ObjectId);
        VenId = One(query, "venID", ParameterRules.ObjectId);
        ClientName = One(query, "clientName", ParameterRules.Name);
        VenName = One(query, "venName", ParameterRules.Name);
        ResourceName = One(query, "resourceName", ParameterRules.Name);
        Targets = Many(query, "targets", ParameterRules.Targets);
        Objects = Many(query, "objects", ParameterRules.ObjectTypeList);
        Active = Flag(query, "active");
    }

    public string? ProgramId { get; }

    public string? EventId { get; }

    public string? VenId { get; }

    public string? ClientName { get; }

    public string? VenName { get; }

    public string? ResourceName { get; }

    /// <summary>Null when the query names no targets.</summary>
    public IReadOnlyList<string>? Targets { get; }

    /// <summary>Null when the query names no objects.</summary>
    public IReadOnlyList<string>? Objects { get; }

    /// <summary>searchAllEvents' "ignore events that have transpired"; false asks for nothing, like absent.</summary>
    public bool Active { get; }

    public IReadOnlyList<Violation> Violations => violations;

    public static ValueTask<SearchQuery?> BindAsync(HttpContext context) =>
        ValueTask.FromResult<SearchQuery?>(new SearchQuery(context.Request.Query));

    /// <summary>A filter that is absent matches everything.</summary>
    public static bool Matches(string? filter, string? value) => filter is null || filter == value;

    /// <summary>The targets filter of vens and resources: the object carries one of the requested targets.</summary>
    public bool MatchesTargets(IReadOnlyList<string>? targets) => Targets is null || (targets ?? []).Any(Targets.Contains);

    private string? One(IQueryCollection query, string name, Func<string, string?, IReadOnlyList<Violation>> rule)
    {
        var values = query[name];
        if (values.Count > 1) violations.Add(new Violation(name, "must be given at most once"));
        violations.AddRange(rule(name, values.FirstOrDefault()));
        return values.FirstOrDefault();
    }

    private IReadOnlyList<string>? Many(IQueryCollection query, string name, Func<string, IReadOnlyList<string?>, IReadOnlyList<Violation>> rule)
    {
        StringValues values = query[name];
        if (values.Count == 0) return null;
        violations.AddRange(rule(name, values.ToArray()));
        return values.Select(v => v ?? "").ToList();
    }

    private bool Flag(IQueryCollection query, string name)
    {
        var text = One(query, name, (_, _) => []);
        if (text is null) return false;
        if (bool.TryParse(text, out var value)) return value;
        violations.Add(new Violation(name, $"'{text}' must be true or false"));
        return false;
    }
}
