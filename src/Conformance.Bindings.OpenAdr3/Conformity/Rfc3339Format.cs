using Conformance.OpenAdr3.Wire;
using Newtonsoft.Json.Linq;
using NJsonSchema.Validation;
using NJsonSchema.Validation.FormatValidators;

namespace Conformance.Bindings.OpenAdr3.Conformity;

/// <summary>
/// The YAML's dateTime is "datetime in RFC 3339 format": its date-time (RFC 3339 5.6) joins date and time with
/// "T" (a space is only a note's allowance for readers, not JSON Schema's date-time), and the 'beginning of time'
/// spellings the YAML's intervalPeriod allows ("0001-01-01") pass. NJsonSchema's own check is DateTime.TryParse,
/// which takes "17:15:16". <see cref="AnswerCheck"/> reads bodies with dates as strings, so every one reaches it.
/// </summary>
public sealed class Rfc3339Format : IFormatValidator
{
    public string Format => "date-time";

    public ValidationErrorKind ValidationErrorKind => ValidationErrorKind.DateTimeExpected;

    public bool IsValid(string value, JTokenType tokenType) =>
        tokenType == JTokenType.Date || OpenAdrTime.IsBeginningOfTime(value)
        || (OpenAdrTime.TryParse(value, out _) && value.Length > 10 && value[10] is 'T' or 't');
}
