using System.Net;
using Microsoft.EntityFrameworkCore;
using Naas.Web.Features;

namespace Naas.Web.Tests.ItemBank;

/// <summary>Practice forms for the item bank's tests, drawn from questions whose areas and enemies the tests know.</summary>
public static class PracticeForms
{
    /// <summary>These tests draw practice forms from the demo's ten general questions (two per area, which the enemy
    /// rule needs), so those are arranged into the practice pool, and the demo's five practice questions out of
    /// it.</summary>
    public static async Task<Guid> StartPracticeAsync(NaasFactory app, HttpClient client)
    {
        await using var db = app.Db();
        var first = new[]
        {
            "K-00001",
            "K-00002",
            "K-00003",
            "K-00004",
            "K-00005",
            "K-00006",
            "K-00007",
            "K-00008",
            "K-00009",
            "K-00010",
        };
        await db
            .KnowledgeItems.Where(i => first.Contains(i.Reference))
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.Pool, Naas.Domain.KnowledgeTest.ItemPool.Practice));
        var practice = new[] { "K-00013", "K-00014", "K-00015", "K-00016", "K-00017" };
        await db
            .KnowledgeItems.Where(i => practice.Contains(i.Reference))
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.Pool, Naas.Domain.KnowledgeTest.ItemPool.Assessment));
        var blueprint = await db.KnowledgeBlueprints.Where(b => b.IsPractice).Select(b => b.Id).SingleAsync();
        var start = await client.PostFormAsync(
            $"{KnowledgeTestLinks.Me()}?blueprintId={blueprint}",
            [],
            KnowledgeTestLinks.Me()
        );
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        return Guid.Parse(start.Headers.Location!.OriginalString.Split('/')[3]);
    }

    public static async Task<Guid> VersionOfAsync(NaasFactory app, string reference)
    {
        await using var db = app.Db();
        return await db
            .KnowledgeItemVersions.Where(v => v.Item!.Reference == reference)
            .Select(v => v.Id)
            .SingleAsync();
    }
}
