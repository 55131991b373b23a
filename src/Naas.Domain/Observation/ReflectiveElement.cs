namespace Naas.Domain.Observation;

/// <summary>The reflective conversation (¶32; seed 003, "a reflective assessment"; issue 15, item 6): held by the lead
/// observer after the candidate's last simulation, exploring their hypotheses, and scored on criteria of its own.</summary>
public static class ReflectiveElement
{
    /// <summary>The assessment model's element kind this feeds.</summary>
    public const string Kind = "Reflective";

    /// <summary>Why the conversation cannot be scored after this simulation, or null when it can: it comes after
    /// the last of the candidate's simulations (two at least), once that simulation has been played, and only where
    /// the reflective element is taken this time.</summary>
    public static string? Refusal(bool played, bool isLast, int simulations, bool takesReflective, bool alreadyScored)
    {
        if (alreadyScored)
            return "This candidate's reflective conversation has been scored";
        if (!takesReflective)
            return "The candidate's reflective result is kept from their earlier assessment: there is no conversation to score";
        if (simulations < SimulationElement.Simulations || !isLast)
            return "The reflective conversation follows the candidate's last simulation: score it from that simulation's sheet";
        if (!played)
            return "The reflective conversation can be scored once this simulation has been played";
        return null;
    }
}
