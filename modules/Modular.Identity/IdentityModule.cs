using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Modular.Audit;
using Npgsql;

namespace Modular.Identity;

public static class IdentityModule
{
    /// <summary>Pages sign in with a cookie; scripts send <c>Authorization: Bearer</c>. This scheme picks per request.</summary>
    public const string CookieOrBearer = "cookie-or-bearer";
    public const string CookieName = "modular.auth";

    /// <summary>A script's request (bearer token); anything else is authenticated by the browser's cookie, if at all.</summary>
    public static bool SendsBearerToken(Microsoft.AspNetCore.Http.HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    public static IServiceCollection AddModularIdentity(this IServiceCollection services)
    {
        services.AddPooledDbContextFactory<ModularIdentityDbContext>((sp, o) => o.UseNpgsql(sp.GetRequiredService<PlatformDatabase>().DataSource).UseModularAudit(sp).UseModularThreadSafetyChecks(sp));
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<ModularIdentityDbContext>>().CreateDbContext());

        services.AddIdentityCore<ModularUser>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequiredUniqueChars = 4;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
                o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@";
            })
            .AddEntityFrameworkStores<ModularIdentityDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<ModularClaimsFactory>()
            .AddPasswordValidator<Passwords.CommonPasswordValidator>()
            .AddErrorDescriber<BilingualIdentityErrors>();
        // OWASP: PBKDF2-HMAC-SHA512 needs at least 210,000 iterations (the framework default is 100,000).
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = 210_000);

        services.AddAuthentication(CookieOrBearer)
            .AddPolicyScheme(CookieOrBearer, "Cookie or bearer token", o => o.ForwardDefaultSelector = http =>
                SendsBearerToken(http.Request) ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme)
            .AddCookie(IdentityConstants.ApplicationScheme, o =>
            {
                o.LoginPath = "/account/login";
                o.LogoutPath = "/account/logout";
                o.AccessDeniedPath = "/account/denied";
                o.Cookie.Name = CookieName;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                // The API answers 401/403 instead of redirecting to the sign-in page.
                o.Events.OnRedirectToLogin = ctx => RedirectOrStatus(ctx, 401);
                o.Events.OnRedirectToAccessDenied = ctx => RedirectOrStatus(ctx, 403);
            })
            .AddCookie(IdentityConstants.ExternalScheme)
            .AddCookie(IdentityConstants.TwoFactorUserIdScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(8));

        services.AddScoped<UserAdmin>();
        services.AddScoped<Modular.Modules.ISetupStep, OfficersSetupStep>();
        services.AddScoped<Accounts.AccountLinks>();
        services.AddScoped<Provisioning.AccountProvisioning>();
        services.AddScoped<Provisioning.ProvisioningBatches>();
        services.AddSingleton<Provisioning.SlipVault>();
        // The roster's changes an account follows; the host hands each core handler its event after the change is committed.
        services.AddScoped<Modular.Sdk.Core.IIntegrationEventHandler<Modular.Sdk.Core.PersonLeft>, Accounts.DisableAccountWhenMemberLeaves>();
        services.AddScoped<Modular.Sdk.Core.IIntegrationEventHandler<Modular.Sdk.Core.PersonTransferred>, Accounts.OfficerRolesFollowTransfers>();
        services.AddSingleton<PostgresXmlRepository>();
        services.AddDataProtection().SetApplicationName("Modular");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = sp.GetRequiredService<PostgresXmlRepository>()));
        return services;
    }

    private static Task RedirectOrStatus(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
            ctx.Response.StatusCode = status;
        else
            ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
