using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;

namespace Naas.Web.Features.AssessmentDays;

/// <summary>The programme's list of centres and their rooms.</summary>
public sealed class CentreRegister(NaasDbContext db)
{
    public static readonly IReadOnlyList<string> Regions =
    [
        "North East",
        "North West",
        "Yorkshire and the Humber",
        "East Midlands",
        "West Midlands",
        "East of England",
        "London",
        "South East",
        "South West",
    ];

    public async Task<(AssessmentCentre? Added, List<(string Field, string Message)> Problems)> AddCentreAsync(
        string? name,
        string? address,
        string? region,
        string? costPerDay,
        CancellationToken ct
    )
    {
        var problems = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(name))
            problems.Add(("Name", "Enter the centre's name"));
        else if (name.Trim().Length > 200)
            problems.Add(("Name", "The centre's name must be 200 characters or fewer"));
        else if (await db.AssessmentCentres.AnyAsync(c => c.Name == name.Trim(), ct))
            problems.Add(("Name", $"There is already a centre called {name.Trim()}"));
        if (string.IsNullOrWhiteSpace(address))
            problems.Add(("Address", "Enter the centre's address"));
        else if (address.Trim().Length > 500)
            problems.Add(("Address", "The address must be 500 characters or fewer"));
        if (region is null || !Regions.Contains(region))
            problems.Add(("Region", "Select the centre's region"));
        if (!TryMoney(costPerDay, out var cost))
            problems.Add(("CostPerDay", "Enter what a day at the centre costs in pounds, like 450 or 450.00"));
        if (problems.Count > 0)
            return (null, problems);
        var centre = new AssessmentCentre
        {
            Name = name!.Trim(),
            Address = address!.Trim(),
            Region = region!,
            CostPerDay = cost,
        };
        db.AssessmentCentres.Add(centre);
        db.Record(new CentreAdded(centre.Id, centre.Name, centre.Region, cost));
        await db.SaveChangesAsync(ct);
        return (centre, problems);
    }

    public async Task<List<(string Field, string Message)>> AddRoomAsync(
        AssessmentCentre centre,
        string? name,
        string? capacity,
        string? stepFree,
        CancellationToken ct
    )
    {
        var problems = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(name))
            problems.Add(("RoomName", "Enter the room's name"));
        else if (name.Trim().Length > 100)
            problems.Add(("RoomName", "The room's name must be 100 characters or fewer"));
        else if (centre.Rooms.Any(r => string.Equals(r.Name, name.Trim(), StringComparison.OrdinalIgnoreCase)))
            problems.Add(("RoomName", $"{centre.Name} already has a room called {name.Trim()}"));
        // A simulation needs the candidate, the actor and two observers in the room.
        if (!int.TryParse(capacity?.Trim(), out var seats) || seats is < 4 or > 200)
            problems.Add(("Capacity", "Enter how many people the room seats, from 4 (a simulation needs 4) to 200"));
        if (stepFree is not ("yes" or "no"))
            problems.Add(("StepFree", "Select whether the room can be reached without steps"));
        if (problems.Count > 0)
            return problems;
        var room = new CentreRoom
        {
            CentreId = centre.Id,
            Name = name!.Trim(),
            Capacity = seats,
            StepFree = stepFree == "yes",
        };
        db.CentreRooms.Add(room);
        db.Record(new RoomAdded(room.Id, centre.Id, centre.Name, room.Name, seats, room.StepFree));
        await db.SaveChangesAsync(ct);
        return problems;
    }

    public static bool TryMoney(string? s, out decimal amount) =>
        decimal.TryParse(
            s?.Trim().TrimStart('£'),
            NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands,
            CultureInfo.InvariantCulture,
            out amount
        )
        && amount is >= 0 and <= 100_000
        && decimal.Round(amount, 2) == amount;
}
