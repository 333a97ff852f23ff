<#
.SYNOPSIS
    Runs the IEC 62746 conformance harness: the selected scenarios against the system under test, reports
    written to <Out>/<run-id>/.
.DESCRIPTION
    A thin wrapper over the harness CLI ('conformance run'). Without -Sut it certifies the reference
    implementations against each other (the embedded default). The exit code is the CLI's: 0 pass, 1 fail,
    2 bad arguments or configuration, 3 error, 4 inconclusive.
    Written with .NET calls and native commands only, so it also runs on a hosted PowerShell engine.
.EXAMPLE
    ./run-conformance.ps1 -Tags '@grid' -Sut ./my-ven.json -Out ./reports
.EXAMPLE
    ./run-conformance.ps1 -Scenario 'features/openadr3/ven-enrollment.feature:42' -Name 'wrong secret'
#>
param(
    [string]$Sut,
    [string]$Tags,
    [string]$Out,
    [string]$Features,
    # Scenarios by place, as Cucumber takes them: FILE.feature[:LINE]
    [string[]]$Scenario,
    # A regular expression the scenario's name must match
    [string]$Name
)

$cliArguments = @('run')
if ($Features) { $cliArguments += @('--features', $Features) }
if ($Tags) { $cliArguments += @('--tags', $Tags) }
if ($Name) { $cliArguments += @('--name', $Name) }
if ($Scenario) { $cliArguments += $Scenario }
if ($Sut) { $cliArguments += @('--sut', $Sut) }
if ($Out) { $cliArguments += @('--out', $Out) }

# CONFORMANCE_CLI names a built conformance.dll (CI and tests); otherwise build and run from this checkout.
$cli = [System.Environment]::GetEnvironmentVariable('CONFORMANCE_CLI')
if ($cli) {
    & dotnet $cli @cliArguments
}
else {
    $project = [System.IO.Path]::Combine($PSScriptRoot, 'src', 'Conformance.Cli')
    & dotnet run --project $project -- @cliArguments
}
exit $LASTEXITCODE
