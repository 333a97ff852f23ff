using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>A create, update or delete the stores carried out: the operation and the object as stored (or as it was, when deleted).</summary>
internal sealed record ObjectChange(string Operation, ObjectMetadata Object)
{
    public string ObjectType => Object.ObjectType!;

    public override string ToString() => $"{Operation} {ObjectType} {Object.Id}";
}
