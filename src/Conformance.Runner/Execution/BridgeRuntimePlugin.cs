using System.Reflection;
using Reqnroll.Analytics;
using Reqnroll.BoDi;
using Reqnroll.Configuration;
using Reqnroll.Events;
using Reqnroll.Infrastructure;
using Reqnroll.Plugins;
using Reqnroll.Tracing;
using Reqnroll.UnitTestProvider;

namespace Conformance.Runner.Execution;

/// <summary>
/// The Reqnroll runtime plugin that stands where Reqnroll.NUnit's would: it registers the bridge's unit-test
/// runtime provider, a step journal per test runner, the output capture, the step assemblies beside the first, a
/// telemetry service that sends nothing, and the run's own services (evidence log, clock, system under test, roles)
/// for context injection into bindings. Everything goes into this bridge's own containers, never process-wide.
/// </summary>
internal sealed class BridgeRuntimePlugin(
    IReadOnlyList<Assembly> additionalStepAssemblies, TimeProvider time, OutputCapture output, Action<IObjectContainer> registerRunServices)
    : IRuntimePlugin
{
    /// <summary>Registrations Reqnroll resolves while it loads plugins, before RegisterGlobalDependencies is raised.</summary>
    public void RegisterEarly(ObjectContainer container) => container.RegisterInstanceAs<ITraceListener>(output);

    public void Initialize(
        RuntimePluginEvents runtimePluginEvents, RuntimePluginParameters runtimePluginParameters,
        UnitTestProviderConfiguration unitTestProviderConfiguration)
    {
        unitTestProviderConfiguration.UseUnitTestProvider(BridgeRuntimeProvider.Name);
        runtimePluginEvents.ConfigurationDefaults += (_, args) =>
        {
            args.ReqnrollConfiguration.MissingOrPendingStepsOutcome = MissingOrPendingStepsOutcome.Pending;
            args.ReqnrollConfiguration.AdditionalStepAssemblies.AddRange(additionalStepAssemblies.Select(a => a.FullName!));
        };
        runtimePluginEvents.RegisterGlobalDependencies += (_, args) =>
        {
            args.ObjectContainer.RegisterTypeAs<BridgeRuntimeProvider, IUnitTestRuntimeProvider>(BridgeRuntimeProvider.Name);
            // Reqnroll's analytics would try the network at every run start; this harness runs offline.
            args.ObjectContainer.RegisterTypeAs<NoTelemetry, IAnalyticsRuntimeTelemetryService>();
            args.ObjectContainer.RegisterInstanceAs<IBindingAssemblyLoader>(new GivenAssemblies(additionalStepAssemblies));
            registerRunServices(args.ObjectContainer);
        };
        runtimePluginEvents.CustomizeTestThreadDependencies += (_, args) =>
        {
            var journal = new StepJournal(time);
            args.ObjectContainer.RegisterInstanceAs(journal);
            args.ObjectContainer.Resolve<ITestThreadExecutionEventPublisher>().AddListener(journal);
        };
    }

    private sealed class NoTelemetry : IAnalyticsRuntimeTelemetryService
    {
        public void SendFeatureUseEvent(string featureName, Dictionary<string, string>? properties = null, Dictionary<string, double>? metrics = null)
        {
        }

        public void SendProjectRunningEvent() { }
    }

    /// <summary>Hands Reqnroll the step assemblies the caller gave, even one loaded from a path Assembly.Load would not find.</summary>
    private sealed class GivenAssemblies(IReadOnlyList<Assembly> assemblies) : IBindingAssemblyLoader
    {
        public Assembly Load(string assemblyName) =>
            assemblies.FirstOrDefault(a => a.FullName == assemblyName || a.GetName().Name == assemblyName) ?? Assembly.Load(assemblyName);
    }
}
