using System.Text;

namespace Conformance.Benchmarks.Figures;

/// <summary>A Markdown table with padded columns: readable in a terminal and pasted as is into docs/benchmarks.md.</summary>
internal sealed class MarkdownTable(params string[] headers)
{
    private readonly List<string[]> rows = [];

    public MarkdownTable Add(params string[] cells)
    {
        if (cells.Length != headers.Length) throw new ArgumentException($"A row needs {headers.Length} cells, not {cells.Length}.", nameof(cells));
        rows.Add(cells);
        return this;
    }

    public override string ToString()
    {
        var widths = headers.Select((header, column) => rows.Select(row => row[column].Length).Prepend(header.Length).Max()).ToArray();
        var text = new StringBuilder();
        void Line(IEnumerable<string> cells) => text.Append("| ").AppendJoin(" | ", cells).AppendLine(" |");
        Line(headers.Select((header, column) => header.PadRight(widths[column])));
        Line(widths.Select(width => new string('-', width)));
        foreach (var row in rows) Line(row.Select((cell, column) => cell.PadRight(widths[column])));
        return text.ToString();
    }
}
