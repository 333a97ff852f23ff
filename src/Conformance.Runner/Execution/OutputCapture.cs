using System.Text;
using Reqnroll.Tracing;

namespace Conformance.Runner.Execution;

/// <summary>Keeps what Reqnroll and the bindings write to the test output, per scenario, for the reports.</summary>
internal sealed class OutputCapture : ITraceListener
{
    private readonly StringBuilder _output = new();

    public void WriteTestOutput(string message) => Append(message);

    public void WriteToolOutput(string message) => Append("-> " + message);

    public string Take()
    {
        lock (_output)
        {
            var text = _output.ToString();
            _output.Clear();
            return text;
        }
    }

    private void Append(string message)
    {
        lock (_output) _output.AppendLine(message);
    }
}
