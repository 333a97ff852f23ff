namespace Conformance.Bindings.OpenAdr3.Drivers;

/// <summary>How a harness callback answers the VTN's echo challenge (Definition.md, Webhooks).</summary>
public enum EchoAnswer
{
    /// <summary>200 OK with the value as the body, as the receiver MUST.</summary>
    Echo,

    /// <summary>200 OK with another value.</summary>
    WrongValue,

    /// <summary>No answer: the request is held until the VTN gives up (or <see cref="WebhookReceiver.SilenceBound"/>).</summary>
    Silent,
}
