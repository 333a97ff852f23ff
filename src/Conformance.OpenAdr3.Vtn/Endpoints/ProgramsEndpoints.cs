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
        var group = app.MapGroup("/programs").WithTags("programs").AddEndpointFilter<ValidationFilter>();
        group.MapGet("/", SearchAllPrograms).WithName("searchAllPrograms").RequireScope(Scopes.ReadAll, Scopes.ReadTargets);
        group.MapPost("/", CreateProgram).WithName("createProgram").RequireScope(Scopes.WritePrograms);
        group.MapGet("/{programID}", SearchProgramByProgramId).WithName("searchProgramByProgramId").RequireScope(Scopes.ReadAll, Scopes.ReadTargets);
        return group;
    }

    internal static Ok<IReadOnlyList<Program>> SearchAllPrograms(Paging paging, Caller caller, ProgramStore programs, VenStore vens)
    {
        var access = TargetAccess.For(caller, vens);
        var visible = programs.Where(p => access.CanRead(p.Targets)).Select(p => p with { Targets = access.Reveal(p.Targets) });
        return TypedResults.Ok(paging.Apply(visible));
    }

    internal static Results<Created<Program>, ProblemResult> CreateProgram(JsonBody<Program> body, ProgramStore programs)
    {
        var program = programs.TryCreate(body.Value);
        return program is null
            ? ProblemResult.Conflict($"programName: '{body.Value.ProgramName}' is already the name of another program.")
            : TypedResults.Created($"/programs/{program.Id}", program);
    }

    internal static Results<Ok<Program>, ProblemResult> SearchProgramByProgramId(
        string programId, Caller caller, ProgramStore programs, VenStore vens)
    {
        var access = TargetAccess.For(caller, vens);
        return programs.Find(programId) is { } program && access.CanRead(program.Targets)
            ? TypedResults.Ok(program with { Targets = access.Reveal(program.Targets) })
            : ProblemResult.NotFound("programID", programId);
    }
}
