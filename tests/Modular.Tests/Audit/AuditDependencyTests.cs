namespace Modular.Tests.Audit;

/// <summary>
/// The audit module sits below the modules it audits: they reference it to attach the interceptor,
/// so it must not reference them (it knows the jurisdictions table by name only). The core-module
/// contract (Modular.Modules) is no module: every module references it to be composed.
/// </summary>
public sealed class AuditDependencyTests
{
    [Fact]
    public void The_audit_module_references_no_Modular_assembly_but_the_sdk_and_the_module_contract()
    {
        var modular = typeof(Modular.Audit.AuditLog).Assembly.GetReferencedAssemblies()
            .Select(r => r.Name!).Where(n => n.StartsWith("Modular.", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

        Assert.Equal(["Modular.Modules", "Modular.Sdk"], modular);
    }
}
