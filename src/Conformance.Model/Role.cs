namespace Conformance.Model;

/// <summary>The roles of IEC 62746-3 and OpenADR 3 that a feature's steps address.</summary>
public enum Role
{
    Vtn,
    Ven,
    BusinessLogic,
    Cem,
    Device,
    Meter,
}
