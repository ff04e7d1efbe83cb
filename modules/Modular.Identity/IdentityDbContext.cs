using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Modular.Identity.Accounts;
using Modular.Identity.Provisioning;
using Modular.Sdk.Data;

namespace Modular.Identity;

/// <summary>Users and their scoped roles in schema <c>identity</c>. No global Identity roles: every role has a scope.</summary>
public sealed class ModularIdentityDbContext(DbContextOptions<ModularIdentityDbContext> options) : IdentityUserContext<ModularUser, int>(options)
{
    public const string Schema = "identity";

    public DbSet<RoleAssignment> RoleAssignments => Set<RoleAssignment>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasDefaultSchema(Schema);
        builder.Entity<ModularUser>(e =>
        {
            e.ToTable("users");
            e.HasIndex(u => u.JurisdictionId);
        });
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserClaim<int>>().ToTable("user_claims");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserLogin<int>>().ToTable("user_logins");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserToken<int>>().ToTable("user_tokens");
        builder.Entity<RoleAssignment>(e =>
        {
            e.ToTable("role_assignments");
            e.HasIndex(r => new { r.UserId, r.Role, r.JurisdictionId, r.OrganizationId }, "role_assignments_unique").IsUnique().AreNullsDistinct(false);
        });
        builder.Entity<PersonAccount>(e =>
        {
            e.ToTable("person_accounts");
            e.HasKey(a => new { a.JurisdictionId, a.UserId });
            e.HasIndex(a => new { a.JurisdictionId, a.PersonId }, "person_accounts_person").IsUnique();
        });
        builder.Entity<ProvisioningBatch>(e =>
        {
            e.ToTable("provisioning_batches");
            e.HasKey(b => new { b.JurisdictionId, b.Id });
            e.Property(b => b.Id).UseIdentityByDefaultColumn();
        });
        builder.Entity<DataProtectionKey>(e => e.ToTable("data_protection_keys"));
        builder.UseSnakeCaseNames();
    }
}

/// <summary>One key of the ASP.NET Core data-protection key ring, shared by every host instance.</summary>
public sealed class DataProtectionKey
{
    public int Id { get; set; }
    public string? FriendlyName { get; set; }
    public required string Xml { get; set; }
}
