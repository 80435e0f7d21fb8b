using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Verification.Tests;

/// <summary>
/// A test of one claim, displayed as the claim id and carrying the traits Claim=&lt;id&gt; and Paper=&lt;paper&gt;, so that
/// <c>dotnet test --filter "Claim=SBG.Thm5.1"</c> or <c>--filter "Paper=SBG"</c> selects it.
/// </summary>
[TraitDiscoverer("Verification.Tests.ClaimTraitDiscoverer", "Verification.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ClaimAttribute : FactAttribute, ITraitAttribute
{
    public ClaimAttribute(string id)
    {
        Id = id;
        DisplayName = id;
    }

    public string Id { get; }
}

public sealed class ClaimTraitDiscoverer : ITraitDiscoverer
{
    public IEnumerable<KeyValuePair<string, string>> GetTraits(IAttributeInfo traitAttribute)
    {
        var id = traitAttribute.GetNamedArgument<string>(nameof(ClaimAttribute.Id))
                 ?? traitAttribute.GetConstructorArguments().FirstOrDefault() as string ?? "";
        yield return new("Claim", id);
        if (id.Contains('.')) yield return new("Paper", id[..id.IndexOf('.')]);
    }
}
