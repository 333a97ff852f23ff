using System.Reflection;
using Reqnroll.BoDi;
using Reqnroll.Configuration;
using Reqnroll.Infrastructure;
using Reqnroll.Plugins;
using Reqnroll.UnitTestProvider;

namespace Conformance.Runner.Execution;

/// <summary>
/// Reqnroll's container builder with the bridge's plugin loaded from code, ahead of any plugin Reqnroll finds on
/// disk: the bridge is a library, not a *.ReqnrollPlugin.dll beside the test assembly. Each bridge has its own, and
/// with it its own global container and test runner manager.
/// </summary>
internal sealed class BridgeContainerBuilder(BridgeRuntimePlugin bridgePlugin) : ContainerBuilder
{
    protected override void LoadPlugins(
        IRuntimeConfigurationProvider configurationProvider, ObjectContainer container, RuntimePluginEvents runtimePluginEvents,
        ReqnrollConfiguration reqnrollConfiguration, UnitTestProviderConfiguration unitTestProviderConfigration, Assembly testAssembly)
    {
        bridgePlugin.RegisterEarly(container);
        bridgePlugin.Initialize(runtimePluginEvents, new RuntimePluginParameters(), unitTestProviderConfigration);
        base.LoadPlugins(configurationProvider, container, runtimePluginEvents, reqnrollConfiguration, unitTestProviderConfigration, testAssembly);
    }
}
