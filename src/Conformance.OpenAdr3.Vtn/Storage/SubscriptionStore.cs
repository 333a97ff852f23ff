using Conformance.OpenAdr3.Wire;
using Microsoft.Extensions.Logging;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>Subscriptions; the spec names no unique field of theirs.</summary>
internal sealed class SubscriptionStore(TimeProvider time, ILogger<SubscriptionStore> log)
    : MemoryStore<Subscription>(ObjectTypes.Subscription, time, log);
