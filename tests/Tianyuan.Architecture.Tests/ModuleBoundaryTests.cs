namespace Tianyuan.Architecture.Tests;

using System.Reflection;
using NetArchTest.Rules;
using Tianyuan.Accounts;
using Tianyuan.Farm;
using Tianyuan.Trace;
using Tianyuan.Regions;
using Tianyuan.Stays;
using Tianyuan.Market;

/// <summary>
/// The rules of ARCHITECTURE.md, checked on the compiled assemblies: modules talk only through Contracts,
/// and the host wires modules together without touching their data.
/// </summary>
public class ModuleBoundaryTests
{
    static readonly Assembly[] Modules = [typeof(RegionsModule).Assembly, typeof(AccountsModule).Assembly, typeof(FarmModule).Assembly, typeof(StaysModule).Assembly, typeof(TraceModule).Assembly, typeof(MarketModule).Assembly];
    static readonly Assembly Web = typeof(Program).Assembly;

    public static TheoryData<string, string> ModulePairs()
    {
        var data = new TheoryData<string, string>();
        foreach (var a in Modules)
        foreach (var b in Modules.Where(b => b != a))
            data.Add(a.GetName().Name!, b.GetName().Name!);
        return data;
    }

    [Theory]
    [MemberData(nameof(ModulePairs))]
    public void A_module_uses_another_module_only_through_its_Contracts(string from, string to)
    {
        var forbidden = InternalNamespaces(Modules.Single(m => m.GetName().Name == to));
        var result = Types.InAssembly(Modules.Single(m => m.GetName().Name == from)).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
        Assert.True(result.IsSuccessful, $"{from} reaches into {to}: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void The_host_never_touches_a_DbContext_or_a_modules_internals()
    {
        var forbidden = Modules.SelectMany(InternalNamespaces).Append("Microsoft.EntityFrameworkCore").ToArray();
        var result = Types.InAssembly(Web).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
        Assert.True(result.IsSuccessful, $"The host holds business logic or data access: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void Only_contracts_and_the_module_entry_point_are_public_outside_pages()
    {
        foreach (var module in Modules)
        {
            var name = module.GetName().Name!;
            var leaked = module.GetExportedTypes()
                .Where(t => !t.Namespace!.StartsWith(name + ".Contracts", StringComparison.Ordinal))
                .Where(t => t.Namespace != name + ".Resources")
                .Where(t => !typeof(Microsoft.AspNetCore.Components.IComponent).IsAssignableFrom(t))
                .Where(t => t.Name != name.Split('.')[1] + "Module" && t.Name != "_Imports")
                .Where(t => !IsDataOrDomainNeededByPages(t))
                .Select(t => t.FullName)
                .ToList();
            Assert.True(leaked.Count == 0, $"{name} exposes internals: {string.Join(", ", leaked)}");
        }
    }

    /// <summary>Identity's user type must be public for ASP.NET Core Identity's generic services.</summary>
    static bool IsDataOrDomainNeededByPages(Type t) => t.FullName == "Tianyuan.Accounts.Domain.TianyuanUser" || t.FullName == "Tianyuan.Accounts.Domain.ApiScopes";

    /// <summary>Every namespace of a module except its Contracts and its entry point's root namespace.</summary>
    static string[] InternalNamespaces(Assembly module)
    {
        var name = module.GetName().Name!;
        // Only the module's own namespaces: the compiler also puts [GeneratedRegex] code in the module's assembly under
        // System.Text.RegularExpressions.Generated, which every assembly using the generator has too.
        return [.. module.GetTypes().Select(t => t.Namespace).OfType<string>().Distinct()
            .Where(ns => ns.StartsWith(name + ".", StringComparison.Ordinal) && ns != name + ".Resources" && !ns.StartsWith(name + ".Contracts", StringComparison.Ordinal))];
    }
}
