using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// The YAML requires a payload descriptor's objectType; the User Guide's examples leave it out where the list
/// says which kind it is, so the VTN accepts that (decision 25) and writes it into what it stores, so that its
/// answers meet the YAML's descriptor schemas.
/// </summary>
internal static class PayloadDescriptorTypes
{
    public static T Complete<T>(T body) => body switch
    {
        Program { PayloadDescriptors: { } all } program => (T)(object)(program with { PayloadDescriptors = [.. all.Select(WithObjectType)] }),
        Event { PayloadDescriptors: { } all } evt => (T)(object)(evt with { PayloadDescriptors = [.. all.Select(WithObjectType)] }),
        Report { PayloadDescriptors: { } all } report => (T)(object)(report with { PayloadDescriptors = [.. all.Select(WithObjectType)] }),
        _ => body,
    };

    // A null item stays for Validate() to report.
    private static TDescriptor WithObjectType<TDescriptor>(TDescriptor descriptor) where TDescriptor : PayloadDescriptor =>
        descriptor is { ObjectType: null }
            ? descriptor with
            {
                ObjectType = descriptor is ReportPayloadDescriptor ? ObjectTypes.ReportPayloadDescriptor : ObjectTypes.EventPayloadDescriptor,
            }
            : descriptor;
}
