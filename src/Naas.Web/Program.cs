using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption.ConfigurationModel;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Web.Features.Accreditations;
using Naas.Web.Features.Administration;
using Naas.Web.Features.Api;
using Naas.Web.Features.AssessmentDays;
using Naas.Web.Features.DevelopmentPlans;
using Naas.Web.Features.Endorsements;
using Naas.Web.Features.Fairness;
using Naas.Web.Features.History;
using Naas.Web.Features.ItemBank;
using Naas.Web.Features.KnowledgeTest;
using Naas.Web.Features.Marking;
using Naas.Web.Features.Observation;
using Naas.Web.Features.Reaccreditations;
using Naas.Web.Features.Recordings;
using Naas.Web.Features.Reports;
using Naas.Web.Features.Results;
using Naas.Web.Features.Reviews;
using Naas.Web.Features.Scenarios;
using Naas.Web.Features.StakeholderFeedback;
using Naas.Web.Features.StandardSetting;
using Naas.Web.Features.Workforce;
using Naas.Web.Features.Written;
using Naas.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

// The address: ASPNETCORE_URLS, --urls or Urls when given (the launch profile no longer sets one), else port 5000.
if (
    string.IsNullOrWhiteSpace(builder.Configuration["urls"])
    && string.IsNullOrWhiteSpace(builder.Configuration["http_ports"])
    && string.IsNullOrWhiteSpace(builder.Configuration["https_ports"])
)
    builder.WebHost.UseUrls("http://localhost:5000");
builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
builder.Services.AddHsts(o =>
{
    o.MaxAge = TimeSpan.FromDays(365);
    o.IncludeSubDomains = true;
});

// Every cookie the service sets is Secure whenever the request came over HTTPS (behind a proxy that ends TLS, set
// ASPNETCORE_FORWARDEDHEADERS_ENABLED=true so the request is seen as HTTPS).
builder.Services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
builder.Services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(o =>
    o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest
);

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddHttpContextAccessor();
builder.AddNaasDatabase();

// AES-256-GCM rather than the default AES-CBC with HMAC: authenticated encryption in one pass, and about 40% less
// CPU per cookie or antiforgery token read on Linux (every request reads two or three). Keys made before this keep
// their own algorithm until they expire, so nothing already issued stops working.
var dataProtection = builder
    .Services.AddDataProtection()
    .PersistKeysToDbContext<NaasDbContext>()
    .SetApplicationName("naas");

// In production the keys are encrypted at rest with a certificate (DataProtection:CertificatePath,
// :CertificatePassword).
if (builder.Configuration["DataProtection:CertificatePath"] is { Length: > 0 } certificatePath)
    dataProtection.ProtectKeysWithCertificate(
        System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(
            certificatePath,
            builder.Configuration["DataProtection:CertificatePassword"]
        )
    );
dataProtection.UseCryptographicAlgorithms(
    new AuthenticatedEncryptorConfiguration
    {
        EncryptionAlgorithm = EncryptionAlgorithm.AES_256_GCM,
        ValidationAlgorithm = ValidationAlgorithm.HMACSHA256, // not used by GCM, which authenticates itself
    }
);

builder
    .Services.AddIdentity<ApplicationUser, IdentityRole<Guid>>(o =>
    {
        o.Password.RequiredLength = 12;
        o.Password.RequireNonAlphanumeric = false;
        o.Lockout.MaxFailedAccessAttempts = 5;
        o.User.RequireUniqueEmail = true;
        o.SignIn.RequireConfirmedAccount = false;
    })
    .AddEntityFrameworkStores<NaasDbContext>()
    .AddDefaultTokenProviders()
    .AddClaimsPrincipalFactory<NaasClaimsFactory>();

// A password reset link works for two hours (and once: it is tied to the account's security stamp).
builder.Services.Configure<DataProtectionTokenProviderOptions>(o =>
    o.TokenLifespan = TimeSpan.FromHours(Naas.Web.Features.Account.ResetPasswordModel.LinkHours)
);
builder.Services.ConfigureApplicationCookie(o =>
{
    o.LoginPath = Naas.Web.Features.AccountLinks.SignIn();
    o.LogoutPath = Naas.Web.Features.AccountLinks.SignOut();
    o.AccessDeniedPath = Naas.Web.Features.AccountLinks.AccessDenied();
    o.Cookie.Name = "naas";
    o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
    o.SlidingExpiration = true;
    o.ExpireTimeSpan = TimeSpan.FromMinutes(60);
    // Identity's security-stamp check is asked on every request but only acts once its interval (30 minutes) has
    // passed since the cookie was issued. Asking it builds a SignInManager, a UserManager and a DbContext first, so
    // the same test is made here and the validator is only built when it would act (a large share of an autosave's
    // cost). Behaviour is Identity's own: same options, same clock, same rule (no issue time means validate).
    o.Events.OnValidatePrincipal = context =>
    {
        var stamp = context
            .HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<SecurityStampValidatorOptions>>()
            .Value;
        var now = (stamp.TimeProvider ?? TimeProvider.System).GetUtcNow();
        return context.Properties.IssuedUtc is { } issued && now - issued <= stamp.ValidationInterval
            ? Task.CompletedTask
            : SecurityStampValidator.ValidatePrincipalAsync(context);
    };
});
var auth = builder
    .Services.AddAuthentication()
    .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(
        ApiKeyAuthenticationHandler.SchemeName,
        null
    );

// OpenID Connect for an organisation's own sign-in, when a deployment configures it (see README).
if (builder.Configuration["OpenIdConnect:Authority"] is { Length: > 0 } authority)
    auth.AddOpenIdConnect(
        "oidc",
        builder.Configuration["OpenIdConnect:DisplayName"] ?? "Your organisation's sign-in",
        o =>
        {
            o.Authority = authority;
            o.ClientId = builder.Configuration["OpenIdConnect:ClientId"];
            o.ClientSecret = builder.Configuration["OpenIdConnect:ClientSecret"];
            o.ResponseType = "code";
            o.SignInScheme = IdentityConstants.ExternalScheme;
            o.CallbackPath = "/account/oidc-callback";
            o.Scope.Add("email");
        }
    );

builder
    .Services.AddAuthorizationBuilder()
    .AddPolicy("Admin", p => p.RequireRole(Roles.ProgrammeAdministrator))
    .AddPolicy("Employer", p => p.RequireRole(Roles.EmployerLead))
    .AddPolicy("SocialWorker", p => p.RequireRole(Roles.SocialWorker))
    .AddPolicy("Content", p => p.RequireRole(Roles.ContentAuthor))
    .AddPolicy("Invigilation", p => p.RequireRole(Roles.CentreCoordinator))
    .AddPolicy("Panellist", p => p.RequireRole(Roles.StandardSettingPanellist))
    .AddPolicy("Reviewer", p => p.RequireRole(Roles.IndependentReviewer))
    .AddPolicy("Marker", p => p.RequireRole(Roles.Assessor))
    .AddPolicy("Analyst", p => p.RequireRole(Roles.Analyst))
    .AddPolicy(
        "Api",
        p => p.AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName).RequireRole(NaasClaims.ApiClient)
    );

// Each capability registers its own services and endpoints (Features/{Capability}/{Capability}Feature.cs).
builder
    .Services.AddAdministration()
    .AddApi()
    .AddWorkforce()
    .AddEndorsements()
    .AddItemBank()
    .AddScenarios()
    .AddAssessmentDays()
    .AddObservation()
    .AddRecordings(builder.Configuration)
    .AddStakeholderFeedback()
    .AddFairness(builder.Configuration)
    .AddWritten()
    .AddKnowledgeTest()
    .AddStandardSetting()
    .AddMarking()
    .AddResults()
    .AddReports()
    .AddReviews()
    .AddDevelopmentPlans()
    .AddAccreditations(builder.Configuration)
    .AddReaccreditations()
    .AddHistory();
builder
    .Services.AddRazorPages(o =>
    {
        // Pages live in Features/{Capability}/{Audience}/: the audience folder says who may open them (Audiences.cs).
        o.RootDirectory = "/Features";
        o.Conventions.Add(new Audiences.ByFolder());
        o.Conventions.AuthorizePage("/Account/Authenticator"); // a public capability's one page for anyone signed in
    })
    .AddMvcOptions(o => o.ModelBindingMessageProvider.SetValueMustNotBeNullAccessor(_ => "Enter a value"));
builder.Services.Configure<RouteOptions>(o =>
{
    o.LowercaseUrls = true;
});
builder.Services.AddProblemDetails();

// An unreadable API body throws, so that UseApiBadRequestProblems can name the field in the problem it answers with.
builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.AddOpenApi(
    "v1",
    o =>
        o.AddDocumentTransformer(
            (doc, _, _) =>
            {
                doc.Info.Title = "National Assessment and Accreditation System API";
                doc.Info.Description =
                    "Workforce and endorsement operations for employers' HR systems. Authenticate with an organisation API key: `Authorization: Bearer naas_…`.";
                return Task.CompletedTask;
            }
        )
);
builder.Services.AddRateLimiter(o =>
{
    o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
    // Sign-in and password-reset requests: only posts count (showing the form costs nothing and guesses nothing).
    o.AddPolicy(
        "sign-in",
        http =>
            HttpMethods.IsGet(http.Request.Method)
                ? System.Threading.RateLimiting.RateLimitPartition.GetNoLimiter("get")
                : System.Threading.RateLimiting.RateLimitPartition.GetFixedWindowLimiter(
                    http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new System.Threading.RateLimiting.FixedWindowRateLimiterOptions
                    {
                        // Per address: a test centre's candidates share one, so the limit is a centre's, not a
                        // person's; guessing one account's password is stopped by lockout after 5 failures.
                        PermitLimit = builder.Configuration.GetValue("SignIn:PerMinutePerAddress", 120),
                        Window = TimeSpan.FromMinutes(1),
                    }
                )
    );
    // The public check: enough for anyone checking a few social workers, too few to walk the register.
    o.AddPolicy(
        "public-check",
        http =>
            System.Threading.RateLimiting.RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new System.Threading.RateLimiting.FixedWindowRateLimiterOptions
                {
                    PermitLimit = builder.Configuration.GetValue("PublicCheck:PerMinute", 20),
                    Window = TimeSpan.FromMinutes(1),
                }
            )
    );
});

builder.Services.AddMemoryCache();
builder.Services.AddSingleton<IEmailDelivery, PickupFolderEmailDelivery>();
builder.Services.AddSingleton<IFileStore>(sp => new FolderFileStore(
    builder.Configuration["Storage:Path"] is { Length: > 0 } p
        ? p
        : Path.Combine(sp.GetRequiredService<IWebHostEnvironment>().ContentRootPath, "App_Data", "files")
));
builder.Services.AddHostedService<JourneyCleaner>();
builder.Services.AddSingleton<OutboxProcessor>();
if (builder.Configuration.GetValue("Outbox:Enabled", true))
    builder.Services.AddHostedService(sp => sp.GetRequiredService<OutboxProcessor>());

builder.AddNaasObservability();

// Behind a load balancer every request comes from the balancer's address; the caller's is in X-Forwarded-For, believed
// only from loopback and the addresses ForwardedHeaders:KnownProxies names (comma-separated). Without this, the
// per-address limits (sign-in, the public check) would be one limit for the whole country.
builder.Services.Configure<ForwardedHeadersOptions>(o =>
{
    o.ForwardedHeaders = ForwardedHeaders.XForwardedFor;
    foreach (
        var proxy in (builder.Configuration["ForwardedHeaders:KnownProxies"] ?? "").Split(
            ',',
            StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries
        )
    )
        o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
});

var app = builder.Build();

await app.PrepareDatabaseAsync();
app.UseForwardedHeaders();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler(
        new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = Naas.Web.Features.HomeLinks.Error(),
            StatusCodeSelector = DatabaseUnavailable.StatusCode,
        }
    );
    app.UseHsts(); // sent on HTTPS responses only
}
if (
    app.Environment.IsProduction()
    && string.IsNullOrEmpty(app.Configuration["DataProtection:CertificatePath"])
    && app.Configuration["Database:Provider"] == "Postgres"
)
    app.Logger.LogWarning(
        "Data-protection keys are stored unencrypted: set DataProtection:CertificatePath (and :CertificatePassword) to encrypt them at rest"
    );

// Pages answer errors with a GOV.UK page; the API with problem details (RFC 9457), never HTML.
app.UseWhen(
    ctx => !ctx.Request.Path.StartsWithSegments("/api"),
    pages => pages.UseStatusCodePagesWithReExecute(Naas.Web.Features.HomeLinks.Error(), "?code={0}")
);
app.UseWhen(ctx => ctx.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
app.Use(
    async (ctx, next) =>
    {
        ctx.Response.Headers.XContentTypeOptions = "nosniff";
        ctx.Response.Headers["X-Frame-Options"] = "DENY";
        ctx.Response.Headers["Referrer-Policy"] = "same-origin";
        ctx.Response.Headers.ContentSecurityPolicy = SecurityHeaders.ContentSecurityPolicy;
        ctx.Response.Headers["Permissions-Policy"] = SecurityHeaders.PermissionsPolicy;
        await next();
    }
);
app.UseCorrelationId();
app.UseStaticFiles();
app.UseRouting();
app.UseUploadTooLargeRedirect();
app.UseApiBadRequestProblems();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.MapRazorPages();
app.MapHealth();
app.MapOpenApi("/api/{documentName}/openapi.json");
app.MapApi()
    .MapItemBank()
    .MapKnowledgeTest()
    .MapMarking()
    .MapObservation()
    .MapRecordingsFeature()
    .MapWritten()
    .MapAccreditations();
try
{
    app.Run();
}
catch (IOException e)
    when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException
        || e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase)
    )
{
    Console.Error.WriteLine(
        $"NAAS cannot start: {e.Message.TrimEnd('.')}. Another program is using that port. Stop it, or start NAAS on another port, for example:"
    );
    Console.Error.WriteLine(
        "  dotnet run --project src/Naas.Web --urls http://localhost:5001   (or set ASPNETCORE_URLS)"
    );
    Environment.ExitCode = 1;
}

/// <summary>For WebApplicationFactory in the tests.</summary>
public partial class Program;
