namespace Naas.Web.Features.ItemBank;

/// <summary>Questions and cases: authoring, review, QTI interchange and case media.</summary>
public static class ItemBankFeature
{
    public static IServiceCollection AddItemBank(this IServiceCollection services)
    {
        services.AddScoped<ItemBankService>();
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
