using Naas.Domain.Workforce;

namespace Naas.Domain.Tests;

public class WorkforceTests
{
    [Theory]
    [InlineData("SW123456", "SW123456")]
    [InlineData(" sw 12345 ", "SW12345")]
    public void Registration_numbers_are_normalised_and_accepted(string input, string expected)
    {
        Assert.True(RegistrationNumber.TryNormalise(input, out var n));
        Assert.Equal(expected, n);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("123456")]
    [InlineData("SWABC123")]
    [InlineData("SW12")]
    [InlineData("HC123456")]
    public void Registration_numbers_in_the_wrong_format_are_refused(string? input) =>
        Assert.False(RegistrationNumber.TryNormalise(input, out _));

    [Fact]
    public void Supervisor_functions_call_for_supervisor_status_para56()
    {
        var r = StatusRequirements.For(
            [StatusLevel.Practitioner, StatusLevel.Supervisor],
            [StatusLevel.Practitioner],
            []
        );
        Assert.Equal(StatusLevel.Supervisor, r.Required);
        Assert.Equal(RequirementState.Missing, r.State);
    }

    [Fact]
    public void A_higher_status_counts_for_lower_functions_para55() =>
        Assert.Equal(
            RequirementState.Held,
            StatusRequirements.For([StatusLevel.Practitioner], [StatusLevel.Supervisor], []).State
        );

    [Fact]
    public void An_endorsement_for_the_required_status_is_in_progress() =>
        Assert.Equal(
            RequirementState.InProgress,
            StatusRequirements.For([StatusLevel.Practitioner], [], [StatusLevel.Practitioner]).State
        );

    [Fact]
    public void No_statutory_functions_means_no_status_is_required() =>
        Assert.Equal(RequirementState.NotRequired, StatusRequirements.For([], [], []).State);
}
