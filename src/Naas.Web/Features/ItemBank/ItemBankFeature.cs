namespace Naas.Web.Features.ItemBank;

/// <summary>Questions and cases: authoring, review, QTI interchange and case media.</summary>
public static class ItemBankFeature
{
    public static IServiceCollection AddItemBank(this IServiceCollection services)
    {
        services.AddScoped<ItemDrafts>();
        services.AddScoped<ItemDraftChecks>();
        services.AddScoped<ItemEnemies>();
        services.AddScoped<ItemReviews>();
        services.AddScoped<KeyCorrection>();
        services.AddScoped<ItemStatistics>();
        services.AddScoped<ItemBankInterchange>();
        services.AddScoped<CaseService>();
        return services;
    }

    public static IEndpointRouteBuilder MapItemBank(this IEndpointRouteBuilder app)
    {
        app.MapMedia();
        return app;
    }
}
