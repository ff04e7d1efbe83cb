using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace Modular.Identity.Provisioning;

/// <summary>
/// Keeps a batch's slips (initial passwords in plain text) encrypted until they are downloaded: ASP.NET Core data
/// protection with the shared key ring (<c>identity.data_protection_keys</c>), so any host instance can open them; the
/// purpose names the jurisdiction, so a blob copied into another jurisdiction's batch does not open there.
/// </summary>
public sealed class SlipVault(IDataProtectionProvider protection)
{
    private const string Purpose = "Modular.Identity.ProvisioningSlips.v1";

    private IDataProtector For(int jurisdictionId) =>
        protection.CreateProtector(Purpose, jurisdictionId.ToString(CultureInfo.InvariantCulture));

    public byte[] Seal(int jurisdictionId, IReadOnlyList<Slip> slips) =>
        For(jurisdictionId).Protect(JsonSerializer.SerializeToUtf8Bytes(slips));

    public IReadOnlyList<Slip> Open(int jurisdictionId, byte[] sealedSlips) =>
        JsonSerializer.Deserialize<List<Slip>>(For(jurisdictionId).Unprotect(sealedSlips))!;
}
