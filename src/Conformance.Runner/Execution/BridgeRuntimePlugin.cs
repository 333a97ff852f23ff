using System.Reflection;
using Reqnroll.BoDi;
using Reqnroll.Configuration;
using Reqnroll.Events;
using Reqnroll.Plugins;
using Reqnroll.Tracing;
using Reqnroll.UnitTestProvider;

namespace Conformance.Runner.Execution;

/// <summary>
/// The Reqnroll runtime plugin that stands where Reqnroll.NUnit's would: it registers the bridge's unit-test
/// runtime provider, the listener that collects step results, the output capture, and the run's own services
/// (evidence log, clock, system-under-test description) for context injection into bindings.
/// </summary>
/// <param name="additionalStepAssemblies">Assemblies whose step definitions join the test assembly's (a binding's own steps).</param>
internal sealed class BridgeRuntimePlugin(StepJournal journal, OutputCapture output, Action<IObjectContainer> registerRunServices,
    IReadOnlyList<Assembly> additionalStepAssemblies) : IRuntimePlugin
{
    /// <summary>Registrations Reqnroll resolves while it loads plugins, before RegisterGlobalDependencies is raised.</summary>
    public void RegisterEarly(ObjectContainer container) => container.RegisterInstanceAs<ITraceListener>(output);

    public void Initialize(RuntimePluginEvents runtimePluginEvents, RuntimePluginParameters runtimePluginParameters, UnitTestProviderConfiguration unitTestProviderConfiguration)
    {
        unitTestProviderConfiguration.UseUnitTestProvider(BridgeRuntimeProvider.Name);
        runtimePluginEvents.ConfigurationDefaults += (_, args) =>
        {
            args.ReqnrollConfiguration.MissingOrPendingStepsOutcome = MissingOrPendingStepsOutcome.Pending;
            foreach (var assembly in additionalStepAssemblies)
                args.ReqnrollConfiguration.AdditionalStepAssemblies.Add(assembly.GetName().Name!);
        };
        runtimePluginEvents.RegisterGlobalDependencies += (_, args) =>
        {
            args.ObjectContainer.RegisterTypeAs<BridgeRuntimeProvider, IUnitTestRuntimeProvider>(BridgeRuntimeProvider.Name);
            registerRunServices(args.ObjectContainer);
        };
        runtimePluginEvents.CustomizeTestThreadDependencies += (_, args) =>
            args.ObjectContainer.Resolve<ITestThreadExecutionEventPublisher>().AddListener(journal);
    }
}
