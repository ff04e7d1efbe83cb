namespace Modular.Tests.Audit;

/// <summary>
/// The audit module sits below the modules it audits: they reference it to attach the interceptor,
/// so it must not reference them (it knows the jurisdictions table by name only).
/// </summary>
public sealed class AuditDependencyTests
{
    [Fact]
    public void The_audit_module_references_no_Modular_assembly_but_the_sdk()
    {
        var modular = typeof(Modular.Audit.AuditLog).Assembly.GetReferencedAssemblies()
            .Select(r => r.Name!).Where(n => n.StartsWith("Modular.", StringComparison.Ordinal));

        Assert.Equal(["Modular.Sdk"], modular);
    }
}
