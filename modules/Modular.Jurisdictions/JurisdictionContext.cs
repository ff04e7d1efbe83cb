using Modular.Sdk;

namespace Modular.Jurisdictions;

/// <summary>The request's jurisdiction, set once by the host's resolution middleware (or a job runner).</summary>
public sealed class JurisdictionContext : IJurisdictionContext
{
    public IJurisdiction? Current { get; private set; }

    public void Set(IJurisdiction jurisdiction)
    {
        if (Current is not null && Current.Id != jurisdiction.Id)
            throw new InvalidOperationException("The jurisdiction of a request cannot change once resolved.");
        Current = jurisdiction;
    }
}
