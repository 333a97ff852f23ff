using System.Net;
using System.Net.Sockets;
using Conformance.OpenAdr3.Wire;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>The wiring of notifications into the VTN: two calls from <see cref="VtnServer"/>.</summary>
internal static class NotificationSetup
{
    /// <summary>
    /// Fixes what must be known before the VTN starts: the in-process broker's port (a free one for 0) and URL
    /// (mqtts:// when the VTN serves https://, on the host of the VTN's URL), the broker URIs GET /notifiers announces
    /// (the broker's own URL unless <see cref="VtnOptions.MqttBrokerUris"/> names others) and the authentication it
    /// announces (<see cref="VtnOptions.MqttAuthentication"/>).
    /// </summary>
    public static VtnOptions Resolve(VtnOptions options)
    {
        var inProcess = options.Mqtt is { ExternalBroker: null };
        var authentication = options.MqttAuthentication
            ?? (inProcess ? MqttNotifierAuthentication.OAuth2BearerToken() : MqttNotifierAuthentication.Anonymous);
        if (inProcess) CheckInProcess(authentication);
        options = options with { MqttAuthentication = authentication };
        if (options.Mqtt is not { } mqtt) return options;
        if (inProcess)
        {
            var address = BindingAddress.Parse(options.Url);
            var port = mqtt.Port == 0 ? FreePort(InProcessMqttBroker.BindAddresses(address.Host).V4, besides: address.Port) : mqtt.Port;
            var scheme = string.Equals(address.Scheme, "https", StringComparison.OrdinalIgnoreCase) ? "mqtts" : "mqtt";
            mqtt = mqtt with { Port = port, InProcessUrl = new Uri($"{scheme}://{AnnouncedHost(address.Host)}:{port}") };
        }
        return options with { Mqtt = mqtt, MqttBrokerUris = options.MqttBrokerUris.Count > 0 ? options.MqttBrokerUris : [mqtt.Url] };
    }

    /// <summary>
    /// The host clients reach the in-process broker at: the VTN URL's own, or for a wildcard (every interface) the
    /// machine's name, which the development certificate names too.
    /// </summary>
    private static string AnnouncedHost(string host) => VtnHttps.IsWildcard(host) ? Dns.GetHostName() : host;

    /// <summary>The in-process broker enforces what it announces, so it takes only the methods it can enforce.</summary>
    private static void CheckInProcess(MqttNotifierAuthentication authentication)
    {
        switch (authentication.Method)
        {
            case MqttNotifierAuthentication.AnonymousMethod:
                return;
            case MqttNotifierAuthentication.OAuth2BearerTokenMethod when !string.IsNullOrEmpty(authentication.Username):
                return;
            case MqttNotifierAuthentication.OAuth2BearerTokenMethod:
                throw new ArgumentException(
                    "VtnOptions.MqttAuthentication.username: required for OAUTH2_BEARER_TOKEN (\"{clientID}\" or a literal).");
            default:
                throw new ArgumentException(
                    "VtnOptions.MqttAuthentication.method: the in-process MQTT broker supports ANONYMOUS and OAUTH2_BEARER_TOKEN, " +
                    $"not '{authentication.Method}'.");
        }
    }

    /// <summary>
    /// Registers notifications. Call it after every other registration: it wraps the stores registered by then,
    /// whichever backend they use, and fails loudly if an entity has none.
    /// </summary>
    public static void AddNotifications(this IServiceCollection services, VtnOptions options)
    {
        services.AddSingleton<ChangeFeed>();
        Decorate<Program>(services);
        Decorate<Event>(services);
        Decorate<Report>(services);
        Decorate<Subscription>(services);
        Decorate<Ven>(services);
        Decorate<Resource>(services);
        services.AddSingleton<ClientDirectory>();
        services.AddSingleton<ObjectVisibility>();
        services.AddSingleton<Retrier>();
        services.AddSingleton<WebhookFanOut>();
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<CallbackVerifier>();
        services.AddSingleton<WebhookOutbox>();
        if (options.Mqtt is { } mqtt)
        {
            if (mqtt.ExternalBroker is null)
            {
                services.AddSingleton<InProcessMqttBroker>();
                services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<InProcessMqttBroker>());
                services.AddSingleton<IMqttPublisher>(sp => sp.GetRequiredService<InProcessMqttBroker>());
            }
            else
            {
                services.AddSingleton<IMqttPublisher, ExternalMqttPublisher>();
            }
            services.AddSingleton<MqttTopicAcl>();
            services.AddSingleton<MqttTopicPlan>();
            services.AddSingleton<MqttNotifier>();
        }
        services.AddHostedService<NotificationDispatcher>();
    }

    /// <summary>Wraps the registered store of <typeparamref name="T"/> in a <see cref="NotifyingStore{T}"/>.</summary>
    private static void Decorate<T>(IServiceCollection services) where T : ObjectMetadata
    {
        var registered = services.Last(d => d.ServiceType == typeof(IObjectStore<T>));
        services.Remove(registered);
        services.AddSingleton<IObjectStore<T>>(sp => new NotifyingStore<T>(
            Build<T>(sp, registered), sp.GetRequiredService<ChangeFeed>(), ownsInner: registered.ImplementationInstance is null));
    }

    private static IObjectStore<T> Build<T>(IServiceProvider services, ServiceDescriptor registered) where T : ObjectMetadata =>
        (IObjectStore<T>)(registered.ImplementationInstance
            ?? registered.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, registered.ImplementationType!));

    // Bound and released at once: the broker binds it a moment later. Another process could take it in between,
    // which on a test machine is rare enough; the broker's start then fails loudly. The VTN's own port is not bound
    // yet either, so a probe may be handed it: that one is skipped.
    private static int FreePort(IPAddress address, int besides)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var probe = new TcpListener(address, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            if (port != besides || attempt == 10) return port;
        }
    }
}
