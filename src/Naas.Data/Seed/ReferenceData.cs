using Microsoft.EntityFrameworkCore;
using Naas.Data.Entities;
using Naas.Domain.Eligibility;
using Naas.Domain.Workforce;

namespace Naas.Data.Seed;

/// <summary>The reference data every deployment starts with, from the consultation (seed 004). Idempotent.</summary>
public static class ReferenceData
{
    public static readonly string[] PartnersInPractice =
    [
        "North Yorkshire County Council",
        "Islington Council",
        "Cambridgeshire County Council",
        "Leeds City Council",
        "Tri-borough",
        "Richmond and Kingston (Achieving for Children)",
        "Hampshire County Council",
        "Lincolnshire County Council",
    ];

    public static readonly string[] GreaterManchester =
    [
        "Bolton Council",
        "Bury Council",
        "Manchester City Council",
        "Oldham Council",
        "Rochdale Borough Council",
        "Salford City Council",
        "Stockport Council",
        "Tameside Council",
        "Trafford Council",
        "Wigan Council",
    ];

    /// <summary>Annex B local authorities not already partners in practice. ¶46 says 12 of the proof-of-concept
    /// authorities joined phase one but does not name them; the administrator moves those 12 into phase one.</summary>
    public static readonly string[] ProofOfConceptLocalAuthorities =
    [
        "Bedford Borough Council",
        "Birmingham City Council",
        "Durham Council",
        "Hartlepool Council",
        "Kent County Council",
        "London Borough of Lambeth",
        "Liverpool City Council",
        "Luton Council",
        "North East Lincolnshire Council",
        "Northamptonshire County Council",
        "Nottinghamshire County Council",
        "North East Somerset Council",
        "Sunderland City Council",
        "Wakefield Council",
        "Worcestershire County Council",
    ];

    public static async Task EnsureAsync(NaasDbContext db, TimeProvider clock, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        if (await db.Statuses.IgnoreQueryFilters().AnyAsync(ct))
        {
            // Settings added since this database was seeded start at their defaults.
            var have = await db.PolicySettings.Select(s => s.Key).ToListAsync(ct);
            var missing = EligibilityPolicy.Settings.Where(s => !have.Contains(s.Key)).ToList();
            if (missing.Count == 0)
                return;
            foreach (var s in missing)
                db.PolicySettings.Add(
                    new PolicySetting
                    {
                        Key = s.Key,
                        Value = s.Default,
                        UpdatedAt = now,
                    }
                );
            db.Record(
                new SettingsAddedAtDefaults(
                    missing.Select(m => new SettingAtDefault(m.Key, m.Label, m.Default)).ToList()
                ),
                at: now
            );
            await db.SaveChangesAsync(ct);
            return;
        }
        var statuses = Statuses();
        db.Statuses.AddRange(statuses);
        db.StatutoryFunctions.AddRange(Functions());
        foreach (var (key, value) in EligibilityPolicy.Default.ToValues())
            db.PolicySettings.Add(
                new PolicySetting
                {
                    Key = key,
                    Value = value,
                    UpdatedAt = now,
                }
            );
        db.Organisations.AddRange(Organisations());
        db.AssessmentModels.AddRange(AssessmentModels(statuses));
        db.Record(new ReferenceDataSeeded(), at: now);
        await db.SaveChangesAsync(ct);
    }

    private static List<Status> Statuses() =>
        [
            new()
            {
                Level = StatusLevel.Practitioner,
                Name = "Child and family practitioner",
                Description =
                    "Qualified social workers with post-qualification experience in child and family social work (Annex A).",
                Areas = Areas(
                    "Relationships and effective direct work",
                    "Communication",
                    "Child development",
                    "Adult mental ill health, substance misuse, domestic violence, physical ill health and disability",
                    "Abuse and neglect of children",
                    "Child and family assessment",
                    "Analysis, decision-making, planning and review",
                    "The law and the family and youth justice systems",
                    "The role of supervision and research",
                    "Organisational context"
                ),
            },
            new()
            {
                Level = StatusLevel.Supervisor,
                Name = "Practice supervisor",
                Description =
                    "Qualified social workers with experience of providing practice supervision and management of accredited child and family practitioners (Annex A).",
                // From the published knowledge and skills statement for practice supervisors (2015); editable data.
                Areas = Areas(
                    "Promote and govern excellent practice",
                    "Developing excellent practitioners",
                    "Shaping and influencing the practice system",
                    "Effective use of power and authority",
                    "Confident analysis and decision-making",
                    "Purposeful and effective social work",
                    "Emotionally intelligent practice supervision",
                    "Performance management and improvement"
                ),
            },
            new()
            {
                Level = StatusLevel.Leader,
                Name = "Practice leader",
                Description =
                    "Qualified social workers responsible for a local area's statutory children's social care service (Annex A).",
                // From the published knowledge and skills statement for practice leaders (2015); editable data.
                Areas = Areas(
                    "Lead and govern excellent practice",
                    "Creating a context for excellent practice",
                    "Designing a system to support effective practice",
                    "Developing excellent practitioners",
                    "Support effective decision-making",
                    "Quality assurance and improvement for excellent practice"
                ),
            },
        ];

    private static List<KnowledgeArea> Areas(params string[] titles) =>
        titles.Select((t, i) => new KnowledgeArea { Number = i + 1, Title = t }).ToList();

    private static List<StatutoryFunction> Functions()
    {
        StatutoryFunction P(string code, string text) =>
            new()
            {
                Code = code,
                Description = text,
                RequiredStatus = StatusLevel.Practitioner,
                Paragraph = "¶55",
            };
        StatutoryFunction S(string code, string text) =>
            new()
            {
                Code = code,
                Description = text,
                RequiredStatus = StatusLevel.Supervisor,
                Paragraph = "¶56",
            };
        return
        [
            P("accept-referral", "Accepting a referral into children's social care"),
            P("lead-s47", "Leading section 47 enquiries"),
            P("case-responsibility", "Holding case responsibility for children in need and looked-after children"),
            P(
                "statutory-assessments",
                "Statutory assessments of children in need, looked-after children and family members, foster carers and adopters, or plans in private court proceedings"
            ),
            P("statutory-plans", "Making, implementing and reviewing statutory plans"),
            P("foster-carer-supervision", "Supervisory responsibility for foster carers"),
            P("approve-foster-carers", "Approving and reviewing foster carers"),
            S("supervise-statutory-work", "Supervising social workers carrying out the functions above"),
            S("chair-cp-conferences", "Chairing child protection conferences"),
            S("iro", "Acting as an Independent Reviewing Officer"),
            S("childrens-guardian", "Acting as a Children's Guardian"),
            S("designated-officer", "Designated officer actions"),
            new()
            {
                Code = "practice-leader",
                Description = "Overall responsibility for the local area's statutory children's social care practice",
                RequiredStatus = StatusLevel.Leader,
                Paragraph = "¶57",
            },
        ];
    }

    private static IEnumerable<Organisation> Organisations()
    {
        foreach (var name in PartnersInPractice)
            yield return new Organisation
            {
                Name = name,
                Kind = OrganisationKind.LocalAuthority,
                RolloutPhase = 1,
                Cohort = "Partners in practice",
                Region = Region(name),
                Members = name switch
                {
                    "Tri-borough" =>
                        "London Borough of Hammersmith & Fulham; The Royal Borough of Kensington & Chelsea; Westminster City Council",
                    "Richmond and Kingston (Achieving for Children)" =>
                        "The Royal Borough of Kingston upon Thames; London Borough of Richmond upon Thames",
                    _ => null,
                },
            };
        foreach (var name in GreaterManchester)
            yield return new Organisation
            {
                Name = name,
                Kind = OrganisationKind.LocalAuthority,
                RolloutPhase = 1,
                Cohort = "Greater Manchester",
                Region = "North West",
            };
        foreach (var name in ProofOfConceptLocalAuthorities)
            yield return new Organisation
            {
                Name = name,
                Kind = OrganisationKind.LocalAuthority,
                RolloutPhase = 2,
                Cohort = "Proof of concept",
                Region = Region(name),
            };
        yield return new Organisation
        {
            Name = "Doncaster Children's Services Trust",
            Kind = OrganisationKind.ChildrensSocialCareTrust,
            RolloutPhase = 2,
            Cohort = "Proof of concept",
            Region = "Yorkshire and the Humber",
        };
        yield return new Organisation
        {
            Name = "Cafcass",
            Kind = OrganisationKind.Cafcass,
            RolloutPhase = 2,
            Cohort = "Proof of concept",
            Region = "National",
        };
        foreach (var name in new[] { "NSPCC", "Barnardo's", "Action for Children", "Coram" })
            yield return new Organisation
            {
                Name = name,
                Kind = OrganisationKind.VoluntaryOrCommunityOrganisation,
                RolloutPhase = 2,
                Cohort = "Knowledge assessment after proof of concept",
                Region = "National",
            };
    }

    private static string Region(string name) =>
        name switch
        {
            "North Yorkshire County Council"
            or "Leeds City Council"
            or "Wakefield Council"
            or "North East Lincolnshire Council" => "Yorkshire and the Humber",
            "Islington Council"
            or "Tri-borough"
            or "Richmond and Kingston (Achieving for Children)"
            or "London Borough of Lambeth" => "London",
            "Cambridgeshire County Council" or "Bedford Borough Council" or "Luton Council" => "East of England",
            "Hampshire County Council" or "Kent County Council" => "South East",
            "Lincolnshire County Council" or "Northamptonshire County Council" or "Nottinghamshire County Council" =>
                "East Midlands",
            "Birmingham City Council" or "Worcestershire County Council" => "West Midlands",
            "Durham Council" or "Hartlepool Council" or "Sunderland City Council" => "North East",
            "Liverpool City Council" => "North West",
            "North East Somerset Council" => "South West",
            _ => "England",
        };

    private static IEnumerable<AssessmentModel> AssessmentModels(List<Status> statuses)
    {
        AssessmentModelElement E(int order, string kind, string text) =>
            new()
            {
                Order = order,
                Kind = kind,
                Description = text,
            };
        foreach (var s in statuses.Where(s => s.Level != StatusLevel.Leader))
            yield return new AssessmentModel
            {
                StatusId = s.Id,
                Version = 1,
                EffectiveFrom = new DateOnly(2018, 1, 1),
                Notes =
                    "As run from 2018–2019 (seed 003): knowledge test, two simulations, written and reflective assessments.",
                Elements =
                [
                    E(1, "Knowledge", "One-hour online test: 18 general and 12 scenario questions (¶27–30)."),
                    E(
                        2,
                        "SimulatedObservation",
                        "Two simulations with professional actors, assessed by trained observers and recorded (¶31–32, ¶36)."
                    ),
                    E(3, "Written", "Case notes, analysis, risk assessment and decisions from the scenarios (¶37)."),
                    E(4, "Reflective", "Reflective assessment with the observer after the last simulation (¶32)."),
                ],
            };
        var leader = statuses.Single(s => s.Level == StatusLevel.Leader);
        yield return new AssessmentModel
        {
            StatusId = leader.Id,
            Version = 1,
            EffectiveFrom = new DateOnly(2018, 1, 1),
            Notes = "A separate process for practice leaders (¶43–45).",
            Elements =
            [
                E(
                    1,
                    "LeaderAssessmentDay",
                    "Role plays, written exercises and in-depth interviews at an assessment day (¶45)."
                ),
                E(
                    2,
                    "StakeholderFeedback",
                    "Structured feedback from social workers, peers, managers, elected members and partners (¶45)."
                ),
            ],
        };
        // The leaders' assessment day run in the service (issue 15, item 10; ADR 0025): its role plays, written
        // exercise and in-depth interview each marked, standard-set and fed back on the machinery the other statuses
        // use, so each becomes an element of its own beside the structured feedback.
        yield return new AssessmentModel
        {
            StatusId = leader.Id,
            Version = 2,
            EffectiveFrom = new DateOnly(2026, 9, 1),
            Notes =
                "The leaders' assessment day run in the service: role plays, a written exercise and an in-depth interview, each its own element, with structured feedback (¶45).",
            Elements =
            [
                E(
                    1,
                    "SimulatedObservation",
                    "Role plays with professional actors at the assessment day, scored by two trained observers and recorded (¶45)."
                ),
                E(2, "Written", "Written exercise at the assessment day, from the role plays' information (¶45)."),
                E(3, "Interview", "In-depth interview with the lead observer after the last role play (¶45)."),
                E(
                    4,
                    "StakeholderFeedback",
                    "Structured feedback from social workers in the service, peers, managers, elected members and partners, rated against the leaders' standard (¶45)."
                ),
            ],
        };
    }
}
