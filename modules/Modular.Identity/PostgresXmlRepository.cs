using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;

namespace Modular.Identity;

/// <summary>
/// Keeps the data-protection key ring in PostgreSQL, so every host instance behind a load balancer
/// protects and unprotects cookies and tokens with the same keys (what the missing
/// DataProtection.EntityFrameworkCore package would do).
/// </summary>
internal sealed class PostgresXmlRepository(IDbContextFactory<ModularIdentityDbContext> contexts) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var db = contexts.CreateDbContext();
        return db.DataProtectionKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).AsEnumerable().Select(XElement.Parse).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var db = contexts.CreateDbContext();
        db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }
}
