using Naas.Domain.ItemBank;

namespace Naas.Domain.Tests.ItemBank;

public class ItemLifecycleTests
{
    private static readonly Guid Author = Guid.NewGuid();
    private static readonly Guid Reviewer = Guid.NewGuid();

    [Fact]
    public void A_live_item_the_fairness_screen_suspends_returns_only_through_a_reviewer_other_than_its_author()
    {
        Assert.Equal(
            ItemStatus.Suspended,
            ItemLifecycle.Apply(ItemStatus.Live, ItemAction.Suspend, Reviewer, Author, true).Next
        );
        Assert.Equal(
            "You wrote this item, so someone else must review it.",
            ItemLifecycle.Apply(ItemStatus.Suspended, ItemAction.Approve, Author, Author, true).Refusal
        );
        Assert.Equal(
            ItemStatus.Live,
            ItemLifecycle.Apply(ItemStatus.Suspended, ItemAction.Approve, Reviewer, Author, true).Next
        );
        Assert.Equal(
            ItemStatus.Retired,
            ItemLifecycle.Apply(ItemStatus.Suspended, ItemAction.Retire, Reviewer, Author, true).Next
        );
        Assert.Null(ItemLifecycle.Apply(ItemStatus.Draft, ItemAction.Suspend, Reviewer, Author, false).Next);
        Assert.Null(ItemLifecycle.Apply(ItemStatus.Suspended, ItemAction.Edit, Author, Author, true).Next);
    }

    [Fact]
    public void An_item_goes_from_draft_through_review_to_live_and_is_retired()
    {
        Assert.Equal(
            ItemStatus.InReview,
            ItemLifecycle.Apply(ItemStatus.Draft, ItemAction.Submit, Author, Author, false).Next
        );
        Assert.Equal(
            ItemStatus.Live,
            ItemLifecycle.Apply(ItemStatus.InReview, ItemAction.Approve, Reviewer, Author, false).Next
        );
        Assert.Equal(
            ItemStatus.Retired,
            ItemLifecycle.Apply(ItemStatus.Live, ItemAction.Retire, Reviewer, Author, true).Next
        );
        Assert.Equal(
            ItemStatus.Draft,
            ItemLifecycle.Apply(ItemStatus.InReview, ItemAction.ReturnToAuthor, Reviewer, Author, false).Next
        );
    }

    [Fact]
    public void The_author_cannot_approve_their_own_item()
    {
        var (next, refusal) = ItemLifecycle.Apply(ItemStatus.InReview, ItemAction.Approve, Author, Author, false);
        Assert.Null(next);
        Assert.Contains("someone else must review it", refusal);
    }

    [Theory]
    [InlineData(ItemStatus.Live, ItemAction.Edit, "Make a new version")]
    [InlineData(ItemStatus.Retired, ItemAction.Edit, "retired")]
    [InlineData(ItemStatus.Draft, ItemAction.Approve, "cannot be approved")]
    [InlineData(ItemStatus.Live, ItemAction.Submit, "cannot be submitted")]
    // Said as a person would: "in review", not the type's name run together ("A inreview item").
    [InlineData(ItemStatus.InReview, ItemAction.Retire, "This item is in review, so it cannot be retired.")]
    public void Items_cannot_skip_review_or_change_once_live(ItemStatus from, ItemAction action, string because)
    {
        var (next, refusal) = ItemLifecycle.Apply(from, action, Reviewer, Author, false);
        Assert.Null(next);
        Assert.Contains(because, refusal);
    }

    [Fact]
    public void A_version_used_in_a_test_never_changes_again()
    {
        var (next, refusal) = ItemLifecycle.Apply(ItemStatus.Draft, ItemAction.Edit, Author, Author, usedInTest: true);
        Assert.Null(next);
        Assert.Contains("used in a test", refusal);
    }

    [Fact]
    public void Editing_an_item_in_review_takes_it_back_to_draft() =>
        Assert.Equal(
            ItemStatus.Draft,
            ItemLifecycle.Apply(ItemStatus.InReview, ItemAction.Edit, Author, Author, false).Next
        );

    [Theory]
    [InlineData(ItemType.Binary, new[] { "True", "False" }, new[] { "True" }, 1, null)]
    [InlineData(ItemType.Binary, new[] { "True", "False", "Maybe" }, new[] { "True" }, 1, "exactly 2 options")]
    [InlineData(ItemType.SingleBestAnswer, new[] { "a", "b", "c", "d" }, new[] { "b" }, 1, null)]
    [InlineData(ItemType.SingleBestAnswer, new[] { "a", "b", "c", "d" }, new[] { "b", "c" }, 1, "one best answer")]
    [InlineData(ItemType.SingleBestAnswer, new[] { "a", "b", "c" }, new[] { "z" }, 1, "must be one of the options")]
    [InlineData(
        ItemType.MultipleResponse,
        new[] { "a", "b", "c", "d", "e", "f", "g", "h" },
        new[] { "a", "c", "f" },
        3,
        null
    )]
    [InlineData(
        ItemType.MultipleResponse,
        new[] { "a", "b", "c", "d", "e", "f", "g", "h" },
        new[] { "a", "c" },
        3,
        "Select 3 right answers"
    )]
    [InlineData(
        ItemType.MultipleResponse,
        new[] { "a", "b", "c" },
        new[] { "a", "b", "c" },
        3,
        "fewer than the number of options"
    )]
    [InlineData(ItemType.MultiPart, new[] { "s1", "s2", "s3" }, new string[0], 1, null)]
    [InlineData(ItemType.SingleBestAnswer, new[] { "a", "A", "c" }, new[] { "c" }, 1, "must be different")]
    public void Item_content_is_checked_per_type_before_review(
        ItemType type,
        string[] options,
        string[] key,
        int choose,
        string? problem
    )
    {
        var problems = new ItemContent(type, "A question?", options, key, choose).Validate();
        if (problem is null)
            Assert.Empty(problems);
        else
            Assert.Contains(problems, p => p.Message.Contains(problem));
    }
}
