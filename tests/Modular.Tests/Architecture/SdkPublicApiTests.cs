using PublicApiGenerator;
using Modular.Sdk;
using Modular.Tests.Infrastructure;

namespace Modular.Tests.Architecture;

/// <summary>
/// The SDK's public surface is checked in (<c>modules/Modular.Sdk/PublicApi.txt</c>, written by PublicApiGenerator), so
/// every change to what plugins compile against shows in review, and removing or changing anything needs the major bump
/// (a plugin built for the old major is then refused instead of failing at run time).
/// </summary>
public sealed class SdkPublicApiTests
{
    private const string UpdateVariable = "MODULAR_UPDATE_SDK_API";
    private static string ListingPath => Path.Combine(RepositoryPaths.Root, "modules", "Modular.Sdk", "PublicApi.txt");

    [Fact]
    public void The_sdks_public_surface_is_the_one_checked_in_and_breaking_it_needs_a_new_major()
    {
        var current = Listing(ModularSdk.Version);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(ListingPath, current);
            return;
        }
        var checkedIn = File.Exists(ListingPath) ? File.ReadAllText(ListingPath).ReplaceLineEndings("\n") : "";

        if (Problem(checkedIn, current, ModularSdk.Version.Major) is { } problem) Assert.Fail(problem);
    }

    [Fact]
    public void Removing_a_member_within_a_major_is_refused_adding_one_asks_for_the_listing_and_a_new_major_allows_both()
    {
        const string before = "// Modular.Sdk 2.0.0\nnamespace N\n{\n    public class A\n    {\n        public void Keep() { }\n        public void Drop() { }\n    }\n}\n";
        var without = before.Replace("        public void Drop() { }\n", "");
        var added = before.Replace("        public void Drop() { }\n", "        public void Drop() { }\n        public void New() { }\n");

        Assert.Contains("N › public class A › public void Drop() { }", Problem(before, without, 2));
        Assert.Contains("make SDK 3.0.0", Problem(before, without, 2));
        Assert.Contains("added: N › public class A › public void New() { }", Problem(before, added, 2));
        Assert.DoesNotContain("removed", Problem(before, added, 2));
        Assert.Contains("changed", Problem(before, without, 3)); // a new major may break, but the listing is still regenerated
        Assert.DoesNotContain("breaks plugins", Problem(before, without, 3));
        Assert.Null(Problem(before, before, 2));
    }

    /// <summary>Why the checked-in listing does not allow the current surface, or null.</summary>
    private static string? Problem(string checkedIn, string current, int currentMajor)
    {
        var regenerate = $"regenerate the listing with `{UpdateVariable}=1 dotnet test tests/Modular.Tests --filter SdkPublicApi` and commit it";
        var removed = PublicApiMembers.Of(checkedIn).Except(PublicApiMembers.Of(current)).ToList();
        if (removed.Count > 0 && SdkMajorOf(checkedIn) == currentMajor)
            return $"""
                These SDK {currentMajor}.x members were removed or changed, which breaks plugins built for it:
                {string.Join("\n", removed.Take(20))}
                Keep them (add beside them instead), or make SDK {currentMajor + 1}.0.0 (ModularSdkVersion in Directory.Build.props) and {regenerate}.
                """;
        if (checkedIn == current) return null;
        var added = PublicApiMembers.Of(current).Except(PublicApiMembers.Of(checkedIn)).Take(20);
        return $"The SDK's public surface changed (added: {string.Join("; ", added)}): {regenerate}, so reviewers see it.";
    }

    [Fact]
    public void A_member_is_named_with_its_namespace_and_type_so_a_removal_is_seen_wherever_it_is()
    {
        const string listing = """
            // Modular.Sdk 2.0.0
            namespace Modular.Sdk
            {
                public sealed class A
                {
                    public A() { }
                    public int Count { get; }
                    public sealed class Inner
                    {
                        public void Run() { }
                    }
                }
                public sealed class B
                {
                    public B() { }
                    public int Count { get; }
                }
            }
            """;

        var members = PublicApiMembers.Of(listing).ToList();

        Assert.Contains("Modular.Sdk › public sealed class A › public int Count { get; }", members);
        Assert.Contains("Modular.Sdk › public sealed class B › public int Count { get; }", members);
        Assert.Contains("Modular.Sdk › public sealed class A › public sealed class Inner › public void Run() { }", members);
        Assert.Equal(2, SdkMajorOf(listing));
    }

    private static string Listing(Version version) =>
        $"// Modular.Sdk {version.ToString(3)}: the public surface plugins compile against (generated; see SdkPublicApiTests).\n"
        + typeof(ModularSdk).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }).ReplaceLineEndings("\n") + "\n";

    private static int SdkMajorOf(string listing)
    {
        var header = listing.Split('\n', 2)[0];
        var version = header.Split(' ', StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(2)?.TrimEnd(':');
        return Version.TryParse(version, out var parsed) ? parsed.Major : -1;
    }
}

/// <summary>Each declaration of a listing with the namespaces and types around it, so the same member name in two types stays two.</summary>
internal static class PublicApiMembers
{
    public static IEnumerable<string> Of(string listing)
    {
        var path = new List<string>();
        string? last = null;
        foreach (var raw in listing.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal)) continue;
            if (line == "{") { path.Add(StripNamespaceKeyword(last ?? "")); continue; }
            if (line == "}") { if (path.Count > 0) path.RemoveAt(path.Count - 1); continue; }
            last = line;
            yield return string.Join(" › ", path.Append(line));
        }
    }

    private static string StripNamespaceKeyword(string line) => line.StartsWith("namespace ", StringComparison.Ordinal) ? line["namespace ".Length..] : line;
}
