using System.Text;
using System.Xml;

namespace Conformance.Reporting;

/// <summary>
/// Messages quote what a system under test sent, which may hold characters XML 1.0 cannot carry (e.g. NUL or
/// ESC); one such character would make the whole junit.xml unreadable, so they are dropped.
/// </summary>
internal static class XmlText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i])) clean.Append(text[i]);
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i])) clean.Append(text[i]).Append(text[++i]);
        }
        return clean.ToString();
    }
}
