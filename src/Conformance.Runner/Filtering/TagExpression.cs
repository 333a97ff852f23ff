using System.Text.RegularExpressions;

namespace Conformance.Runner.Filtering;

/// <summary>
/// A Cucumber tag expression: "@grid and not (@slow or @wip)". Tags may be written with or without '@' and
/// match case-sensitively, as in Cucumber.
/// </summary>
public sealed partial class TagExpression
{
    private readonly Func<IReadOnlySet<string>, bool> _evaluate;

    private TagExpression(string text, Func<IReadOnlySet<string>, bool> evaluate) => (Text, _evaluate) = (text, evaluate);

    public string Text { get; }

    public static TagExpression All { get; } = new("", _ => true);

    public bool Matches(IEnumerable<string> tags) => _evaluate(tags.ToHashSet(StringComparer.Ordinal));

    /// <exception cref="FormatException">The expression is malformed; the message says where.</exception>
    public static TagExpression Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return All;
        var tokens = Token().Matches(text).Select(m => m.Value).ToList();
        var position = 0;
        var evaluate = ParseOr();
        if (position < tokens.Count) throw Error($"unexpected '{tokens[position]}'");
        return new TagExpression(text.Trim(), evaluate);

        Func<IReadOnlySet<string>, bool> ParseOr()
        {
            var left = ParseAnd();
            while (Accept("or"))
            {
                var (l, r) = (left, ParseAnd());
                left = tags => l(tags) || r(tags);
            }
            return left;
        }

        Func<IReadOnlySet<string>, bool> ParseAnd()
        {
            var left = ParseNot();
            while (Accept("and"))
            {
                var (l, r) = (left, ParseNot());
                left = tags => l(tags) && r(tags);
            }
            return left;
        }

        Func<IReadOnlySet<string>, bool> ParseNot()
        {
            if (Accept("not"))
            {
                var operand = ParseNot();
                return tags => !operand(tags);
            }
            if (Accept("("))
            {
                var inner = ParseOr();
                if (!Accept(")")) throw Error("missing ')'");
                return inner;
            }
            if (position >= tokens.Count) throw Error("a tag is missing at the end");
            var token = tokens[position];
            if (token is "and" or "or" or ")") throw Error($"a tag is missing before '{token}'");
            position++;
            var tag = token.TrimStart('@');
            return tags => tags.Contains(tag);
        }

        bool Accept(string token)
        {
            if (position >= tokens.Count || tokens[position] != token) return false;
            position++;
            return true;
        }

        FormatException Error(string problem) => new($"tag expression '{text}': {problem}");
    }

    public override string ToString() => Text;

    [GeneratedRegex(@"\(|\)|[^\s()]+")]
    private static partial Regex Token();
}
