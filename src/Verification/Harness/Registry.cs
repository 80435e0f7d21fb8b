using System.Reflection;

namespace Verification.Harness;

/// <summary>One row of the ledger of CLAIMS.md: every id, implemented or not.</summary>
public sealed record LedgerEntry(string Id, string Where, string What);

/// <summary>Finds the claims: every concrete <see cref="Claim"/> subclass with a parameterless constructor in the given assemblies.</summary>
public sealed class Registry
{
    private readonly Dictionary<string, Claim> _claims;
    private readonly IReadOnlyList<LedgerEntry> _ledger;

    public Registry(IEnumerable<Assembly> assemblies, IReadOnlyList<LedgerEntry> ledger)
    {
        _ledger = ledger;
        _claims = new Dictionary<string, Claim>(StringComparer.Ordinal);
        foreach (var t in assemblies.SelectMany(a => a.GetTypes()))
        {
            if (t.IsAbstract || !typeof(Claim).IsAssignableFrom(t) || t.GetConstructor(Type.EmptyTypes) is null) continue;
            if (t.GetCustomAttribute<NotRegisteredAttribute>() is not null || IsCorrectedStatement(t)) continue;
            var c = (Claim)Activator.CreateInstance(t)!;
            if (!_claims.TryAdd(c.Id, c)) throw new InvalidOperationException($"Two claims share the id {c.Id}: {_claims[c.Id].GetType().Name} and {t.Name}.");
        }
        var unknown = _claims.Keys.Where(id => ledger.All(e => e.Id != id)).ToList();
        if (unknown.Count > 0) throw new InvalidOperationException("Claims not in the ledger of CLAIMS.md: " + string.Join(", ", unknown));
    }

    private static bool IsCorrectedStatement(Type t)
    {
        for (var b = t.BaseType; b is not null; b = b.BaseType)
            if (b.IsGenericType && b.GetGenericTypeDefinition() == typeof(CorrectedStatement<>)) return true;
        return false;
    }

    public IReadOnlyList<LedgerEntry> Ledger => _ledger;

    public IEnumerable<Claim> Implemented => _ledger.Where(e => _claims.ContainsKey(e.Id)).Select(e => _claims[e.Id]);

    public Claim? Find(string id) => _claims.GetValueOrDefault(id);

    public bool IsKnownId(string id) => _ledger.Any(e => e.Id == id);

    public IEnumerable<string> Papers => _ledger.Select(e => e.Id[..e.Id.IndexOf('.')]).Distinct();
}

/// <summary>Marks a claim class that is not registered on its own (a test-only variant; corrected statements derive from
/// <see cref="CorrectedStatement{TCase}"/> and are never registered).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NotRegisteredAttribute : Attribute;
