using Naas.Domain.ItemBank;

namespace Naas.Domain.Tests.ItemBank;

public class ItemScoringTests
{
    private static ItemScore Score(ItemKey key, ItemResponse r, PartialCreditRule rule = PartialCreditRule.PerPart) =>
        ItemScoring.Score(key, r, rule);

    [Fact]
    public void Binary_items_are_wholly_right_or_wrong_para28()
    {
        var key = new ItemKey(ItemType.Binary, ["true"]);
        Assert.Equal(1m, Score(key, new(["true"])).Score);
        Assert.Equal(0m, Score(key, new(["false"])).Score);
        Assert.Equal(0m, Score(key, ItemResponse.None).Score);
    }

    [Fact]
    public void Single_best_answer_scores_one_for_the_key_and_nothing_for_two_choices()
    {
        var key = new ItemKey(ItemType.SingleBestAnswer, ["b"]);
        Assert.Equal(1m, Score(key, new(["b"])).Score);
        Assert.Equal(0m, Score(key, new(["a"])).Score);
        Assert.Equal(0m, Score(key, new(["a", "b"])).Score);
    }

    [Fact]
    public void Multi_part_items_earn_partial_credit_statement_by_statement_para28()
    {
        var key = new ItemKey(ItemType.MultiPart, ["s1", "s3"], Statements: ["s1", "s2", "s3", "s4"]);
        var threeRight = new ItemResponse(
            [],
            new Dictionary<string, string>
            {
                ["s1"] = "true",
                ["s2"] = "false",
                ["s3"] = "false",
                ["s4"] = "false",
            }
        );
        Assert.Equal(0.75m, Score(key, threeRight).Score);
        Assert.Equal(0m, Score(key, threeRight, PartialCreditRule.AllOrNothing).Score);
        var allRight = new ItemResponse(
            [],
            new Dictionary<string, string>
            {
                ["s1"] = "true",
                ["s2"] = "false",
                ["s3"] = "true",
                ["s4"] = "false",
            }
        );
        Assert.Equal(1m, Score(key, allRight, PartialCreditRule.AllOrNothing).Score);
        var unanswered = new ItemResponse([], new Dictionary<string, string> { ["s1"] = "true" });
        Assert.Equal(0.25m, Score(key, unanswered).Score);
    }

    [Fact]
    public void Choose_three_of_eight_gives_a_third_for_each_right_choice_or_all_or_nothing_by_blueprint()
    {
        var key = new ItemKey(ItemType.MultipleResponse, ["a", "c", "f"], OptionsToChoose: 3);
        Assert.Equal(1m, Score(key, new(["f", "a", "c"])).Score);
        Assert.Equal(0.6667m, Score(key, new(["a", "c", "h"])).Score);
        Assert.Equal(0m, Score(key, new(["a", "c", "h"]), PartialCreditRule.AllOrNothing).Score);
        Assert.Equal(0.3333m, Score(key, new(["a"])).Score);
    }

    [Fact]
    public void Choosing_more_options_than_asked_scores_nothing() =>
        Assert.Equal(
            0m,
            Score(new ItemKey(ItemType.MultipleResponse, ["a", "c", "f"], 3), new(["a", "c", "f", "b"])).Score
        );
}
