using Conformance.OpenAdr3.Wire;
using Newtonsoft.Json.Linq;
using NJsonSchema.Validation;
using NJsonSchema.Validation.FormatValidators;

namespace Conformance.OpenAdr3.Tests.Spec;

/// <summary>
/// The YAML's dateTime is "datetime in RFC 3339 format"; NJsonSchema's own check is DateTime.TryParse, which
/// takes "17:15:16". This one takes RFC 3339 and the 'beginning of time' spellings the YAML's intervalPeriod
/// allows ("0001-01-01"). Strings Newtonsoft already read as dates never reach a format validator.
/// </summary>
internal sealed class Rfc3339Format : IFormatValidator
{
    public string Format => "date-time";

    public ValidationErrorKind ValidationErrorKind => ValidationErrorKind.DateTimeExpected;

    public bool IsValid(string value, JTokenType tokenType) => tokenType == JTokenType.Date || OpenAdrTime.TryParse(value, out _);
}
