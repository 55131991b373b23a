using Naas.Data.Seed;

namespace Naas.Web.Features.Account;

/// <summary>Someone made their account from an invitation.</summary>
public sealed record InvitationAccepted(Guid User, Guid? Person, string Name, string Email, string Role)
    : AccountChange(User, Person)
{
    public override string Summary() => $"{Name} ({Email}) created their account as {Roles.Name(Role)}";

    public override string? ForThePerson() => $"You made your account ({Email}).";
}

/// <summary>A link to choose a new password was emailed.</summary>
public sealed record PasswordResetRequested(Guid User, Guid? Person, string Email) : AccountChange(User, Person)
{
    public override string Summary() => $"A password reset link was sent to {Email}";

    public override string? ForThePerson() => $"A link to choose a new password was sent to {Email}.";
}

/// <summary>A new password was chosen from an emailed link.</summary>
public sealed record PasswordReset(Guid User, Guid? Person, string Name) : AccountChange(User, Person)
{
    public override string Summary() => $"{Name} chose a new password from an emailed link";

    public override string? ForThePerson() => "You chose a new password from an emailed link.";
}

/// <summary>An authenticator app was turned on or off for signing in.</summary>
public sealed record TwoFactorChanged(Guid User, Guid? Person, string Name, bool On) : AccountChange(User, Person)
{
    public override string Action => On ? "TwoFactorEnabled" : "TwoFactorDisabled";

    public override string Summary() =>
        On ? $"{Name} turned on an authenticator app" : $"{Name} stopped using an authenticator app";

    public override string? ForThePerson() =>
        On
            ? "You turned on an authenticator app for signing in."
            : "You stopped using an authenticator app for signing in.";
}
