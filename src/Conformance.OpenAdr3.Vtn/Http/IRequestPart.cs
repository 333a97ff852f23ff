using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>A handler argument that was bound leniently and carries what was wrong with the request.</summary>
internal interface IRequestPart
{
    IReadOnlyList<Violation> Violations { get; }
}
