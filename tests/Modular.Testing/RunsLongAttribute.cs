namespace Modular.Testing;

/// <summary>
/// A test class, or a collection's definition, that runs for minutes on the 2-core machine (about <see cref="Seconds"/>, as
/// measured in a whole run). <see cref="ModularTestFramework"/> starts such collections first, longest first, so that a run
/// does not end with one long collection alone on the machine while the short ones finished long ago.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RunsLongAttribute(int seconds) : Attribute
{
    public int Seconds { get; } = seconds;
}
