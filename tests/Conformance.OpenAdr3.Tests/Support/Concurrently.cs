using System.Runtime.ExceptionServices;

namespace Conformance.OpenAdr3.Tests.Support;

internal static class Concurrently
{
    /// <summary>
    /// Runs <paramref name="action"/> on <paramref name="count"/> threads of their own, released together, and
    /// returns the results in thread order; the first exception a thread threw is rethrown here, so that it fails
    /// the test instead of the test process. Dedicated threads, not the thread pool: on a 2-core machine the pool
    /// starts with two threads and would mostly run the calls one after the other.
    /// </summary>
    public static IReadOnlyList<T> Run<T>(int count, Func<int, T> action)
    {
        var results = new T[count];
        var failures = new Exception?[count];
        using var start = new Barrier(count);
        var threads = Enumerable.Range(0, count).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            try
            {
                results[i] = action(i);
            }
            catch (Exception e)
            {
                failures[i] = e;
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        if (failures.FirstOrDefault(f => f is not null) is { } failure) ExceptionDispatchInfo.Throw(failure);
        return results;
    }
}
