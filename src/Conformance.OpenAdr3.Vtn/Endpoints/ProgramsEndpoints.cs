using Conformance.OpenAdr3.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Conformance.OpenAdr3.Vtn;

internal static class ProgramsEndpoints
{
    public static RouteGroupBuilder MapPrograms(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/programs").WithTags("programs").ValidatesRequests();
        group.MapGet("/", SearchAllPrograms).WithName("searchAllPrograms").RequireScope(Scopes.ReadAll, Scopes.ReadTargets);
        group.MapPost("/", CreateProgram).WithName("createProgram").ProducesProblems(409).RequireScope(Scopes.WritePrograms);
        group.MapGet("/{programID}", SearchProgramByProgramId)
            .WithName("searchProgramByProgramId").ProducesProblems(404).RequireScope(Scopes.ReadAll, Scopes.ReadTargets);
        group.MapPut("/{programID}", UpdateProgram).WithName("updateProgram").ProducesProblems(404, 409).RequireScope(Scopes.WritePrograms);
        group.MapDelete("/{programID}", DeleteProgram).WithName("deleteProgram").ProducesProblems(404).RequireScope(Scopes.WritePrograms);
        return group;
    }

    internal static WireJsonResult<IReadOnlyList<Program>> SearchAllPrograms(
        SearchQuery query, Paging paging, Caller caller, IObjectStore<Program> programs, TargetGrants grants, WireJson json)
    {
        var access = grants.For(caller, query.Targets);
        return json.List(paging.Apply(programs.All().Where(p => access.CanRead(p.Targets))), p => p.Targets, access);
    }

    internal static Results<Created<Program>, ProblemResult> CreateProgram(JsonBody<Program> body, IObjectStore<Program> programs) =>
        programs.Create(body.Value).Value is { } program
            ? TypedResults.Created($"/programs/{program.Id}", program)
            : NameTaken(body.Value);

    internal static Results<WireJsonResult<Program>, ProblemResult> SearchProgramByProgramId(
        string programId, Caller caller, IObjectStore<Program> programs, TargetGrants grants, WireJson json)
    {
        var access = grants.For(caller, requested: null);
        return programs.Find(programId) is { } program && access.CanRead(program.Targets)
            ? json.One(program, p => p.Targets, access)
            : ProblemResult.NotFound("programID", programId);
    }

    internal static Results<Ok<Program>, ProblemResult> UpdateProgram(string programId, JsonBody<Program> body, IObjectStore<Program> programs) =>
        programs.Update(programId, _ => body.Value) switch
        {
            { Value: { } program } => TypedResults.Ok(program),
            { Outcome: StoreOutcome.NotFound } => ProblemResult.NotFound("programID", programId),
            _ => NameTaken(body.Value),
        };

    internal static Results<Ok<Program>, ProblemResult> DeleteProgram(string programId, IObjectStore<Program> programs) =>
        programs.Delete(programId) is { } program ? TypedResults.Ok(program) : ProblemResult.NotFound("programID", programId);

    private static ProblemResult NameTaken(Program request) =>
        ProblemResult.Conflict($"programName: '{request.ProgramName}' is already the name of another program.");
}
