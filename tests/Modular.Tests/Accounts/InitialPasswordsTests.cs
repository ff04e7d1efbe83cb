using System.Buffers.Binary;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Modular.Identity;
using Modular.Identity.Provisioning;

namespace Modular.Tests.Accounts;

/// <summary>The provisioned accounts' one-time passwords and user names, without a database.</summary>
public sealed class InitialPasswordsTests
{
    [Fact]
    public void Initial_passwords_have_64_bits_from_an_alphabet_without_look_alikes_and_pass_the_account_rules()
    {
        Assert.True(InitialPasswords.Length * Math.Log2(InitialPasswords.Alphabet.Length) >= 60);
        Assert.DoesNotContain(InitialPasswords.Alphabet, c => "0oO1lIi".Contains(c));
        var passwords = Enumerable.Range(0, 2_000).Select(_ => InitialPasswords.New()).ToList();
        Assert.Equal(passwords.Count, passwords.Distinct().Count());
        Assert.All(passwords, p =>
        {
            Assert.Equal(InitialPasswords.Length, p.Length);
            Assert.All(p, c => Assert.Contains(c, InitialPasswords.Alphabet));
            Assert.Contains(p, char.IsAsciiDigit);
            Assert.Contains(p, char.IsAsciiLetterLower);
        });
    }

    [Fact]
    public void The_cheap_hash_is_identity_s_v3_format_which_the_210000_hasher_verifies_and_asks_to_rehash()
    {
        var password = InitialPasswords.New();
        var hash = InitialPasswords.HashAll([password, InitialPasswords.New()])[0];
        var bytes = Convert.FromBase64String(hash);
        Assert.Equal(0x01, bytes[0]); // V3
        Assert.Equal((uint)KeyDerivationPrfSha512, BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(1, 4)));
        Assert.Equal((uint)InitialPasswords.IterationCount, BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5, 4)));

        var host = new PasswordHasher<ModularUser>(Options.Create(new PasswordHasherOptions { IterationCount = 210_000 }));
        Assert.Equal(PasswordVerificationResult.SuccessRehashNeeded, host.VerifyHashedPassword(new ModularUser(), hash, password));
        Assert.Equal(PasswordVerificationResult.Failed, host.VerifyHashedPassword(new ModularUser(), hash, password + "x"));
    }

    private const int KeyDerivationPrfSha512 = 2; // Microsoft.AspNetCore.Cryptography.KeyDerivation.KeyDerivationPrf.HMACSHA512

    [Theory]
    [InlineData("13812345678", "13812345678")]
    [InlineData("138 1234 5678", "13812345678")]
    [InlineData("+86 138-1234-5678", "13812345678")]
    [InlineData("0483-8221234", null)]
    [InlineData("12812345678", null)]
    [InlineData("1381234567", null)]
    [InlineData("13812345678 13912345678", null)]
    [InlineData(null, null)]
    public void A_mobile_number_is_11_digits_starting_with_1_and_3_to_9(string? phone, string? mobile) =>
        Assert.Equal(mobile, MemberUserNames.MobileOf(phone));

    [Fact]
    public async Task User_names_are_the_mobile_number_else_the_code_and_person_id_never_one_taken_in_any_case()
    {
        var existing = new HashSet<string> { "13800000002", "PV-000004", "PV-000005", "PV-000005-2" };
        (long, string?)[] members = [(1, "13800000001"), (2, "13800000002"), (3, "13800000001"), (4, null), (5, "landline"), (6, null)];

        var names = await MemberUserNames.ChooseAsync("pv", members, n => n.ToUpperInvariant(),
            batch => Task.FromResult<IReadOnlySet<string>>(batch.Where(existing.Contains).ToHashSet()));

        Assert.Equal(["13800000001", "pv-000002", "pv-000003", "pv-000004-2", "pv-000005-3", "pv-000006"], names);
    }
}
