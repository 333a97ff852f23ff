using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Conformance.OpenAdr3.Tests.Support;

/// <summary>Keeps every log line a VTN writes (VtnOptions.ConfigureLogging), for tests that wait on one.</summary>
internal sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<string> lines = new();

    public IReadOnlyList<string> Lines => [.. lines];

    public void AddTo(ILoggingBuilder logging) => logging.AddProvider(this);

    /// <summary>Waits until <paramref name="count"/> lines contain <paramref name="text"/> (fails after 10 s).</summary>
    public async Task WaitForAsync(string text, int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (lines.Count(l => l.Contains(text, StringComparison.Ordinal)) < count)
        {
            if (timeout.IsCancellationRequested) Assert.Fail($"Expected {count} log lines containing '{text}'.");
            await Task.Delay(20);
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(lines);

    public void Dispose()
    {
    }

    private sealed class Logger(ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue(formatter(state, exception));
    }
}
