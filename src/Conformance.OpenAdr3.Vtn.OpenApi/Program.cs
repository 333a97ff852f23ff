using Conformance.OpenAdr3.Vtn;

// Run by the OpenAPI generator at build time; run by hand it serves a VTN without clients on Kestrel's default URL.
VtnServer.Build(new VtnOptions()).Run();
