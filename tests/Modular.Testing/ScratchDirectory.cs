using System.Security.Cryptography;

namespace Modular.Testing;

/// <summary>
/// A fresh folder /tmp/modular-tests-&lt;process id&gt;-&lt;random&gt; for test clusters; deleted on
/// dispose. The process id lets <see cref="LeftoverTestClusters"/> tell when its owner is gone.
/// </summary>
public sealed class ScratchDirectory : IDisposable
{
    public const string Prefix = "modular-tests-";

    public ScratchDirectory()
    {
        Path = System.IO.Path.Combine("/tmp", $"{Prefix}{Environment.ProcessId}-{RandomNumberGenerator.GetHexString(12, lowercase: true)}");
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        if (Directory.Exists(Path))
            Directory.Delete(Path, recursive: true);
    }
}
