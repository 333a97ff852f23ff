using Conformance.OpenAdr3.Wire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Conformance.OpenAdr3.Vtn;

internal static class StorageServices
{
    /// <summary>The six stores: in the SQLite file <paramref name="database"/> when given, else in memory.</summary>
    public static IServiceCollection AddObjectStores(this IServiceCollection services, string? database) =>
        database is null ? services.AddMemoryStores() : services.AddSqliteStores(database);

    private static IServiceCollection AddMemoryStores(this IServiceCollection services) => services
        .AddSingleton<IObjectStore<Program>, ProgramStore>()
        .AddSingleton<IObjectStore<Event>, EventStore>()
        .AddSingleton<IObjectStore<Report>, ReportStore>()
        .AddSingleton<IObjectStore<Subscription>, SubscriptionStore>()
        .AddSingleton<IObjectStore<Ven>, VenStore>()
        .AddSingleton<IObjectStore<Resource>, ResourceStore>();

    /// <summary>The container creates the database, so it also disposes it when the server is disposed.</summary>
    private static IServiceCollection AddSqliteStores(this IServiceCollection services, string database) => services
        .AddSingleton(_ => new SqliteDatabase(database))
        .AddSingleton<IHostedService>(provider => provider.GetRequiredService<SqliteDatabase>())
        .AddSingleton<IObjectStore<Program>, SqliteProgramStore>()
        .AddSingleton<IObjectStore<Event>, SqliteEventStore>()
        .AddSingleton<IObjectStore<Report>, SqliteReportStore>()
        .AddSingleton<IObjectStore<Subscription>, SqliteSubscriptionStore>()
        .AddSingleton<IObjectStore<Ven>, SqliteVenStore>()
        .AddSingleton<IObjectStore<Resource>, SqliteResourceStore>();
}
