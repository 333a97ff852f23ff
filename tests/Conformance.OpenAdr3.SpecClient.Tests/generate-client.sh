#!/usr/bin/env bash
# Regenerates Generated/ from the spec's openadr3.yaml with the repository's local Kiota tool
# (.config/dotnet-tools.json). The build does not run this: the generated code is committed.
# Kiota reads a copy of the YAML with openadr3.yaml.patch applied (README.md says why).
set -euo pipefail
cd "$(dirname "$0")"

spec=../../specs/openadr3/3.1.0/openadr3.yaml

mkdir -p obj
cp "$spec" obj/openadr3.yaml
patch --quiet --forward obj/openadr3.yaml openadr3.yaml.patch

dotnet tool restore >/dev/null
# KIOTA_OFFLINE_ENABLED: no update check over the network.
KIOTA_OFFLINE_ENABLED=true dotnet kiota generate \
  --language CSharp \
  --openapi obj/openadr3.yaml \
  --output Generated \
  --class-name OpenAdr3Client \
  --namespace-name Conformance.OpenAdr3.SpecClient.Tests.Generated \
  --exclude-backward-compatible \
  --clean-output
rm -f Generated/.kiota.log
