using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Naas.Data.Entities;
using Naas.Domain.Workforce;

namespace Naas.Data.Seed;

/// <summary>Demo people and sign-ins for the embedded default, listed in the README. Never for production.</summary>
public static class DemoData
{
    public const string Password = "Demo-password-1";
    public const string AdminEmail = "admin@naas.example";
    public const string LeedsLeadEmail = "lead@leeds.example";
    public const string ManchesterLeadEmail = "lead@manchester.example";
    public const string AgencyLeadEmail = "lead@agency.example";
    public const string SocialWorkerEmail = "amara.okafor@leeds.example";
    public const string AuthorEmail = "author@naas.example";
    public const string ReviewerEmail = "reviewer@naas.example";
    public const string InvigilatorEmail = "invigilator@naas.example";
    public const string AnalystEmail = "analyst@naas.example";

    public static async Task EnsureAsync(
        NaasDbContext db,
        UserManager<ApplicationUser> users,
        RoleManager<IdentityRole<Guid>> roles,
        TimeProvider clock,
        CancellationToken ct = default
    )
    {
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.CreateVersion7() });
        if (await db.Users.AnyAsync(u => u.Email == AdminEmail, ct))
            return;

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var leeds = await db.Organisations.SingleAsync(o => o.Name == "Leeds City Council", ct);
        var manchester = await db.Organisations.SingleAsync(o => o.Name == "Manchester City Council", ct);
        var agency = new Organisation
        {
            Name = "Northern Social Work Recruitment Ltd",
            Kind = OrganisationKind.EmploymentAgency,
            Region = "Yorkshire and the Humber",
            RolloutPhase = 2,
            Cohort = "Employment agencies",
        };
        db.Organisations.Add(agency);
        var functions = await db.StatutoryFunctions.ToDictionaryAsync(f => f.Code, ct);
        EngagementFunction F(string code) => new() { StatutoryFunctionId = functions[code].Id };

        var amara = Person("Amara", "Okafor", "SW100001", SocialWorkerEmail);
        amara.QualifiedOn = today.AddMonths(-15);
        amara.AsyeStartedOn = today.AddMonths(-14);
        amara.AsyeCompletedOn = today.AddMonths(-2);
        amara.Engagements.Add(
            Job(
                leeds,
                today.AddMonths(-14),
                StatusLevel.Practitioner,
                EntryRoute.Asye,
                F("case-responsibility"),
                F("lead-s47")
            )
        );

        var tom = Person("Tom", "Hughes", "SW100002", "tom.hughes@leeds.example");
        tom.QualifiedOn = today.AddMonths(-8);
        tom.AsyeStartedOn = today.AddMonths(-7);
        tom.Engagements.Add(
            Job(leeds, today.AddMonths(-7), StatusLevel.Practitioner, EntryRoute.Asye, F("case-responsibility"))
        );

        var priya = Person("Priya", "Shah", "SW100003", "priya.shah@leeds.example");
        priya.Engagements.Add(Job(leeds, today.AddYears(-6), StatusLevel.Practitioner, EntryRoute.AlreadyInPost));
        priya.Engagements[0].End = today.AddMonths(-5).AddDays(-1);
        priya.Engagements.Add(
            Job(
                leeds,
                today.AddMonths(-5),
                StatusLevel.Supervisor,
                EntryRoute.NewToRole,
                F("supervise-statutory-work"),
                F("chair-cp-conferences")
            )
        );

        var dan = Person("Daniel", "Mensah", "SW100004", "daniel.mensah@agency.example");
        var danJob = Job(
            leeds,
            today.AddMonths(-18),
            StatusLevel.Practitioner,
            EntryRoute.MovedFromOtherSocialWork,
            F("statutory-assessments")
        );
        danJob.EmploymentType = EmploymentType.Agency;
        danJob.AgencyOrganisationId = agency.Id;
        danJob.FullTimeEquivalent = 0.6m;
        dan.Engagements.Add(danJob);

        var ruth = Person("Ruth", "Allen", "SW100005", "ruth.allen@leeds.example");
        ruth.Engagements.Add(
            Job(leeds, today.AddYears(-9), StatusLevel.Leader, EntryRoute.AlreadyInPost, F("practice-leader"))
        );
        ruth.Accreditations.Add(new Accreditation { Level = StatusLevel.Leader, AwardedOn = today.AddYears(-1) });

        var sean = Person("Sean", "Doyle", "SW100006", "sean.doyle@manchester.example");
        sean.Engagements.Add(
            Job(
                manchester,
                today.AddYears(-3),
                StatusLevel.Practitioner,
                EntryRoute.AlreadyInPost,
                F("case-responsibility")
            )
        );

        foreach (var p in new[] { amara, tom, priya, dan, ruth })
            p.DetailsOrganisationId = leeds.Id;
        sean.DetailsOrganisationId = manchester.Id;
        db.SocialWorkers.AddRange(amara, tom, priya, dan, ruth, sean);
        db.Record(new DemoDataSeeded("Demo organisation, people and sign-ins created for the embedded default."));
        // Each demo person's history starts with how they came to be on the record.
        foreach (var p in new[] { amara, tom, priya, dan, ruth, sean })
            db.Record(
                new DemoPersonAdded(
                    p.Id,
                    p.FullName,
                    p.RegistrationNumber,
                    p.DetailsOrganisationId == leeds.Id ? leeds.Name : manchester.Name
                )
            );
        await db.SaveChangesAsync(ct);

        await User(
            users,
            AdminEmail,
            "Alex Morgan (programme administrator)",
            Roles.ProgrammeAdministrator,
            null,
            null
        );
        await User(users, LeedsLeadEmail, "Jo Fletcher (Leeds City Council)", Roles.EmployerLead, leeds.Id, null);
        await User(
            users,
            ManchesterLeadEmail,
            "Sam Patel (Manchester City Council)",
            Roles.EmployerLead,
            manchester.Id,
            null
        );
        await User(
            users,
            AgencyLeadEmail,
            "Chris Lowe (Northern Social Work Recruitment)",
            Roles.EmployerLead,
            agency.Id,
            null
        );
        await User(users, SocialWorkerEmail, "Amara Okafor", Roles.SocialWorker, null, amara.Id);
        await User(users, "tom.hughes@leeds.example", "Tom Hughes", Roles.SocialWorker, null, tom.Id);
        await User(users, AuthorEmail, "Bea Carter (content author)", Roles.ContentAuthor, null, null);
        await User(users, ReviewerEmail, "Dev Ahmed (content reviewer)", Roles.ContentAuthor, null, null);
        await User(users, InvigilatorEmail, "Kim Osei (centre coordinator)", Roles.CentreCoordinator, null, null);
        await User(users, AnalystEmail, "Sam Reed (programme analyst)", Roles.Analyst, null, null);
        // Four standard-setting panellists: two panels of two, enough to run an exercise end to end.
        foreach (var (n, name) in new[] { (1, "Ruth Adebayo"), (2, "Ian Price"), (3, "Mei Lin"), (4, "Owen Hart") })
            await User(
                users,
                $"panellist{n}@naas.example",
                $"{name} (panellist)",
                Roles.StandardSettingPanellist,
                null,
                null
            );
        // An independent reviewer of results (¶42): no organisation, so independent of every employer.
        await User(
            users,
            "independent.reviewer@naas.example",
            "Grace Mensah (independent reviewer)",
            Roles.IndependentReviewer,
            null,
            null
        );
        // A trained observer and marker (the assessor role), from a delivery partner: no employer, so independent of
        // all of them.
        await User(users, "observer@naas.example", "Tom Reid (observer)", Roles.Assessor, null, null);
        await PracticeTestAsync(db, users, clock, ct);
        await ScenarioAsync(db, users, clock, ct);
        await WrittenExerciseAsync(db, clock, ct);
        await ReflectiveGuideAsync(db, clock, ct);
    }

    /// <summary>How practitioners' reflective conversations are held and scored (¶32; issue 15, item 6): after the
    /// last simulation, with the lead observer, on three criteria of its own.</summary>
    private static async Task ReflectiveGuideAsync(NaasDbContext db, TimeProvider clock, CancellationToken ct)
    {
        db.ReflectiveGuides.Add(
            new ReflectiveGuide
            {
                Level = StatusLevel.Practitioner,
                Version = 1,
                Title = "Reflective conversation after the simulations",
                Prompts =
                    "What were your hypotheses about what is happening for this family, and what led you to them?\n"
                    + "What did you hear that changed your thinking?\n"
                    + "What would you do next, and what would you do differently?\n"
                    + "How did your own feelings or assumptions affect the conversation?",
                Minutes = 20,
                PublishedAt = clock.GetUtcNow(),
                Criteria =
                [
                    new()
                    {
                        Number = 1,
                        Text = "Forms and tests hypotheses",
                        AreaNumber = 6,
                        MaxMarks = 5,
                        Guidance =
                            "Full marks: more than one explanation held open and weighed against what was heard. Any "
                            + "well-reasoned hypothesis earns credit; there is no single right answer.",
                    },
                    new()
                    {
                        Number = 2,
                        Text = "Reflects on own practice and its effect on the family",
                        AreaNumber = 1,
                        MaxMarks = 5,
                        Guidance =
                            "Full marks: names what went well and what did not, and how their approach shaped the "
                            + "parent's responses.",
                    },
                    new()
                    {
                        Number = 3,
                        Text = "Plans next steps from the reflection",
                        AreaNumber = 7,
                        MaxMarks = 5,
                        Guidance = "Full marks: next steps follow from the reflection and say what would change.",
                    },
                ],
            }
        );
        db.Record(new DemoDataSeeded("Demo reflective conversation guide for practitioners created."));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The practitioners' written exercise (¶37; issue 15, item 5), from the Clarke family's case: case notes,
    /// an analysis of risk and the decisions, marked blind against four criteria.</summary>
    private static async Task WrittenExerciseAsync(NaasDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var exercise = new WrittenExerciseVersion
        {
            Level = StatusLevel.Practitioner,
            Version = 1,
            Title = "The Clarke family: case notes, analysis and decisions",
            Instructions =
                "Write as you would for the family's record, from the case information below and what you learnt in your "
                + "simulations. Answer each task. Write plainly, for Kerry and for the colleague who may pick up the case; "
                + "do not write your own name or your employer's.",
            CaseInformation =
                "Jay Clarke (6) lives with his mother Kerry (29) and his sister Mia (2). His school referred him: 12 days "
                + "missed this term, twice arrived hungry. Kerry's working hours were cut in the spring; her own mother is "
                + "ill and Kerry visits her most mornings. At the home visit Jay said he is frightened of walking past the "
                + "park where older boys shouted at him. The health visitor has no concerns about Mia. Jay's father, "
                + "Daniel, has recently asked the school whether he can collect Jay.",
            Minutes = 60,
            PublishedAt = clock.GetUtcNow(),
            Tasks =
            [
                new()
                {
                    Number = 1,
                    Prompt = "Write your case notes of the home visit: what you saw and heard, and what was agreed.",
                    WordGuide = 300,
                },
                new()
                {
                    Number = 2,
                    Prompt =
                        "Analyse the risks to Jay and Mia and the strengths in the family, saying what each judgement rests on and what you do not yet know.",
                    WordGuide = 400,
                },
                new()
                {
                    Number = 3,
                    Prompt =
                        "Set out your decisions and the next steps, including how you will respond to Daniel's request, and why.",
                    WordGuide = 300,
                },
            ],
            Criteria =
            [
                new()
                {
                    Number = 1,
                    Text = "Records are accurate, clear and fair to the family",
                    AreaNumber = 9,
                    MaxMarks = 5,
                    Guidance =
                        "Full marks: facts told apart from opinion; the family's own words used; anyone can act on them. "
                        + "Credit any clear structure.",
                },
                new()
                {
                    Number = 2,
                    Text = "Analyses risk and strengths, with the evidence for each",
                    AreaNumber = 6,
                    MaxMarks = 5,
                    Guidance =
                        "Full marks: hunger, attendance and the park weighed together; strengths named; gaps in what is "
                        + "known stated. More than one reasoned conclusion can earn full marks.",
                },
                new()
                {
                    Number = 3,
                    Text = "Decisions are proportionate and explained",
                    AreaNumber = 7,
                    MaxMarks = 5,
                    Guidance =
                        "Full marks: next steps follow from the analysis, are proportionate, and say who does what by "
                        + "when; the father's request is handled with the checks it needs.",
                },
                new()
                {
                    Number = 4,
                    Text = "Keeps the child's experience at the centre",
                    AreaNumber = 1,
                    MaxMarks = 5,
                    Guidance = "Full marks: Jay's and Mia's daily lives and wishes shape the analysis and the plan.",
                },
            ],
        };
        db.WrittenExercises.Add(exercise);
        db.Record(new DemoDataSeeded("Demo written exercise for practitioners (the Clarke family) created."));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Who wrote and approved the demo content, and the practitioners' areas it is mapped to by number.</summary>
    private static async Task<(ApplicationUser Author, ApplicationUser Reviewer, Func<int, Guid> Area)> ContentAsync(
        NaasDbContext db,
        UserManager<ApplicationUser> users,
        CancellationToken ct
    )
    {
        var practitioner = await db
            .Statuses.Include(s => s.Areas)
            .SingleAsync(s => s.Level == StatusLevel.Practitioner, ct);
        return (
            (await users.FindByEmailAsync(AuthorEmail))!,
            (await users.FindByEmailAsync(ReviewerEmail))!,
            n => practitioner.Areas.Single(a => a.Number == n).Id
        );
    }

    /// <summary>One live scenario for a practitioner's simulation, the first part of a family's case, with its actor's
    /// brief and a three-criterion marking guide (issue 15), so the library is not empty in the first hour.</summary>
    private static async Task ScenarioAsync(
        NaasDbContext db,
        UserManager<ApplicationUser> users,
        TimeProvider clock,
        CancellationToken ct
    )
    {
        var (author, reviewer, Area) = await ContentAsync(db, users, ct);
        var scenario = new Scenario
        {
            Reference = "S-00001",
            For = StatusLevel.Practitioner,
            CreatedAt = clock.GetUtcNow(),
        };
        scenario.Versions.Add(
            new ScenarioVersion
            {
                Status = Naas.Domain.ItemBank.ItemStatus.Live,
                Title = "First home visit to the Clarke family",
                CaseName = "The Clarke family",
                Part = 1,
                Briefing =
                    "Jay Clarke is 6. His school has referred him to children's services: he has missed 12 days this term "
                    + "and twice came in hungry. His mother, Kerry, has agreed to a home visit.\n\n"
                    + "You are the allocated social worker. Introduce yourself, explain why you are there, and begin the "
                    + "assessment.",
                PreparationMinutes = 10,
                SimulationMinutes = 20,
                ActorPlays = "Kerry Clarke, 29, Jay's mother, who looks after Jay and his sister Mia (2) on her own.",
                ActorKnows =
                    "Jay is frightened of walking past the park where older boys shouted at him. Money has been short "
                    + "since Kerry's hours were cut. Kerry's own mother is ill and Kerry visits her most mornings.",
                ActorFeels = "Anxious that the children will be taken; ashamed about money; angry at the school.",
                ActorResponses =
                    "If the social worker explains why they came and what happens next, Kerry calms down and talks "
                    + "about the mornings.\nIf they start with the school's concerns as accusations, Kerry becomes "
                    + "defensive and asks them to leave.\nIf they ask about Jay's feelings, Kerry mentions the park.",
                ActorNeverSays = "That Jay's father has been in touch: that belongs to part 2 of the case.",
                Criteria =
                [
                    new(
                        "Explains the purpose of the visit and the family's rights",
                        Area(2),
                        "Does not say why they have come",
                        "Says why they have come, but not what happens next",
                        "Explains the referral and what the assessment involves\nAsks Kerry what she understands of the referral and builds from there",
                        "Explains purpose, rights and next steps, checking Kerry has understood"
                    ),
                    new(
                        "Builds a working relationship with the parent",
                        Area(1),
                        "Dismisses or argues with Kerry's account",
                        "Listens, but steers back to the school's concerns",
                        "Acknowledges Kerry's worries before moving on\nUses Kerry's own words to agree what to look at together",
                        "Kerry's anxiety visibly falls and she offers information unprompted"
                    ),
                    new(
                        "Explores the child's experience and the risks to him",
                        Area(6),
                        "Does not ask about Jay himself",
                        "Asks about attendance only",
                        "Asks what Jay's mornings are like\nAsks what Jay has said about school",
                        "Uncovers the park and weighs it with hunger and attendance, without premature conclusions"
                    ),
                ],
                AuthorUserId = author.Id,
                AuthorName = author.DisplayName,
                ReviewerUserId = reviewer.Id,
                ReviewerName = reviewer.DisplayName,
                ReviewedAt = clock.GetUtcNow(),
            }
        );
        db.Scenarios.Add(scenario);
        db.Record(new DemoDataSeeded("Demo scenario S-00001 (a practitioner's first home visit) created, live."));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A short practice test with five practice questions of its own, and ten real-test questions and a case
    /// with two more for the real test.</summary>
    private static async Task PracticeTestAsync(
        NaasDbContext db,
        UserManager<ApplicationUser> users,
        TimeProvider clock,
        CancellationToken ct
    )
    {
        var (author, reviewer, Area) = await ContentAsync(db, users, ct);
        var n = 0;
        void Q(
            int area,
            Naas.Domain.ItemBank.ItemType type,
            string setting,
            string stem,
            string options,
            string key,
            int choose = 1,
            string? rationale = null,
            Naas.Domain.KnowledgeTest.ItemPool pool = Naas.Domain.KnowledgeTest.ItemPool.Assessment
        )
        {
            var item = new KnowledgeItem
            {
                Reference = $"K-{++n:00000}",
                CreatedAt = clock.GetUtcNow(),
                Pool = pool,
            };
            item.Versions.Add(
                new KnowledgeItemVersion
                {
                    Status = Naas.Domain.ItemBank.ItemStatus.Live,
                    Type = type,
                    AreaId = Area(area),
                    Setting = setting,
                    Stem = stem,
                    Options = options,
                    Key = key,
                    OptionsToChoose = choose,
                    Rationale = rationale,
                    AuthorUserId = author.Id,
                    AuthorName = author.DisplayName,
                    ReviewerUserId = reviewer.Id,
                    ReviewerName = reviewer.DisplayName,
                    ReviewedAt = clock.GetUtcNow(),
                }
            );
            db.KnowledgeItems.Add(item);
        }
        const Naas.Domain.ItemBank.ItemType Binary = Naas.Domain.ItemBank.ItemType.Binary,
            Sba = Naas.Domain.ItemBank.ItemType.SingleBestAnswer,
            Multiple = Naas.Domain.ItemBank.ItemType.MultipleResponse,
            MultiPart = Naas.Domain.ItemBank.ItemType.MultiPart;
        Q(
            3,
            Sba,
            "Any setting",
            "At around what age do most children begin to show wariness of strangers?",
            "0 to 2 months\n6 to 9 months\n3 to 4 years\n6 to 7 years",
            "6 to 9 months",
            rationale: "Stranger wariness usually emerges in the second half of the first year, alongside selective attachment."
        );
        Q(
            3,
            Binary,
            "Any setting",
            "Secure attachment depends on a child having only one caregiver.",
            "True\nFalse",
            "False",
            rationale: "Children form secure attachments to several consistent caregivers."
        );
        Q(
            5,
            Multiple,
            "Child protection",
            "Which two of these can be signs of neglect?",
            "Persistent hunger\nPoor hygiene\nA single grazed knee\nShyness with strangers\nEnjoying sport",
            "Persistent hunger\nPoor hygiene",
            2
        );
        Q(
            5,
            Binary,
            "Child protection",
            "Neglect is the most common category of abuse for children who become the subject of a child protection plan in England.",
            "True\nFalse",
            "True"
        );
        Q(
            6,
            Sba,
            "Children in need",
            "What is the maximum timescale for completing a statutory assessment under the Children Act 1989, as set out in Working Together to Safeguard Children?",
            "10 working days\n45 working days\n6 months\n12 months",
            "45 working days"
        );
        Q(
            6,
            Binary,
            "Children in need",
            "A child and family assessment should take account of the child's wishes and feelings.",
            "True\nFalse",
            "True"
        );
        Q(
            7,
            MultiPart,
            "Any setting",
            "When weighing up risk in an assessment, mark each statement true or false.",
            "Hypotheses should be tested against the evidence\nThe first explanation that fits should be accepted\nProtective factors should be recorded alongside risks",
            "Hypotheses should be tested against the evidence\nProtective factors should be recorded alongside risks"
        );
        Q(
            7,
            Binary,
            "Any setting",
            "Confirmation bias is the tendency to look for evidence that supports a view already held.",
            "True\nFalse",
            "True"
        );
        Q(
            8,
            Sba,
            "Child protection",
            "Which section of the Children Act 1989 places a duty on a local authority to make enquiries when it has reasonable cause to suspect a child is suffering, or is likely to suffer, significant harm?",
            "Section 17\nSection 20\nSection 31\nSection 47",
            "Section 47"
        );
        Q(
            8,
            Sba,
            "Court work",
            "Which section of the Children Act 1989 sets out the threshold for a care order?",
            "Section 8\nSection 17\nSection 31\nSection 47",
            "Section 31"
        );
        db.KnowledgeBlueprints.Add(
            new KnowledgeBlueprint
            {
                Name = "Practice test for child and family practitioners",
                Status = StatusLevel.Practitioner,
                IsPractice = true,
                Minutes = 15,
                Cells = [.. new[] { 3, 5, 6, 7, 8 }.Select(a => new CellCount("General", Area(a), 1))],
                PassMarkTolerance = 0.5m,
            }
        );
        // A case with two applied questions on it, and the real practitioner test with a window open now.
        var demoCase = new KnowledgeCase
        {
            Reference = "C-00001",
            Title = "Jayden, aged 4",
            CreatedAt = clock.GetUtcNow(),
            Text =
                "Jayden is 4. His nursery reports that he often arrives hungry and in the same clothes for several days. His mother, Kelly, has recently separated from a violent partner and says she is struggling to get up in the mornings. Jayden's grandmother lives nearby and has offered to help.",
        };
        db.KnowledgeCases.Add(demoCase);
        void A(Naas.Domain.ItemBank.ItemType type, string stem, string options, string key)
        {
            var item = new KnowledgeItem { Reference = $"K-{++n:00000}", CreatedAt = clock.GetUtcNow() };
            item.Versions.Add(
                new KnowledgeItemVersion
                {
                    Status = Naas.Domain.ItemBank.ItemStatus.Live,
                    Type = type,
                    AreaId = Area(5),
                    AppliedFor = StatusLevel.Practitioner,
                    CaseId = demoCase.Id,
                    Setting = "Children in need",
                    Stem = stem,
                    Options = options,
                    Key = key,
                    AuthorUserId = author.Id,
                    AuthorName = author.DisplayName,
                    ReviewerUserId = reviewer.Id,
                    ReviewerName = reviewer.DisplayName,
                    ReviewedAt = clock.GetUtcNow(),
                }
            );
            db.KnowledgeItems.Add(item);
        }
        A(
            Sba,
            "What should you do first?",
            "Close the case: Kelly is asking for help\nSee Jayden and Kelly at home and start a child and family assessment\nRefer straight to the police\nAsk the nursery to monitor for three months",
            "See Jayden and Kelly at home and start a child and family assessment"
        );
        A(
            MultiPart,
            "Mark each statement about Jayden's situation true or false.",
            "The grandmother's offer is a protective factor to explore\nDomestic abuse in the household can harm Jayden even if he was not hurt\nHunger at nursery alone proves neglect",
            "The grandmother's offer is a protective factor to explore\nDomestic abuse in the household can harm Jayden even if he was not hurt"
        );
        // The practice test's own questions: shown with their answers, so never on a real form (and no real question on
        // a practice form).
        const Naas.Domain.KnowledgeTest.ItemPool Practice = Naas.Domain.KnowledgeTest.ItemPool.Practice;
        Q(
            3,
            Sba,
            "Any setting",
            "Which of these is most likely to help a toddler settle with a new foster carer?",
            "Removing familiar toys so they adjust faster\nKeeping familiar routines and objects from home\nAvoiding talk about their parents\nMoving them again if they cry at night",
            "Keeping familiar routines and objects from home",
            rationale: "Continuity of routines and familiar objects supports a young child's sense of safety during a change of carer.",
            pool: Practice
        );
        Q(
            5,
            Binary,
            "Child protection",
            "A bruise on a baby who is not yet mobile should always be taken seriously and explained.",
            "True\nFalse",
            "True",
            rationale: "Bruising in non-mobile babies is rare and is a recognised indicator that calls for a child protection response.",
            pool: Practice
        );
        Q(
            6,
            Binary,
            "Children in need",
            "A child in need assessment needs the parents' agreement before the social worker can speak to the child.",
            "True\nFalse",
            "False",
            rationale: "Parents' views matter and consent is usually sought, but the child's wishes and feelings must be ascertained, and the child's welfare comes first.",
            pool: Practice
        );
        Q(
            7,
            Sba,
            "Any setting",
            "Which of these best guards against deciding too early what is happening in a family?",
            "Writing the conclusion first\nHolding more than one explanation and testing each against the evidence\nRelying on the referrer's account\nVisiting only once",
            "Holding more than one explanation and testing each against the evidence",
            rationale: "Keeping alternative hypotheses open and testing them counters confirmation bias.",
            pool: Practice
        );
        Q(
            8,
            Binary,
            "Court work",
            "Under the Children Act 1989 the child's welfare is the court's paramount consideration.",
            "True\nFalse",
            "True",
            rationale: "Section 1 of the Children Act 1989 makes the child's welfare the court's paramount consideration.",
            pool: Practice
        );
        var real = new KnowledgeBlueprint
        {
            Name = "Knowledge test for child and family practitioners",
            Status = StatusLevel.Practitioner,
            IsPractice = false,
            Minutes = 20,
            Cells =
            [
                .. new[] { 3, 5, 6, 7, 8 }.Select(a => new CellCount("General", Area(a), 1)),
                new CellCount("Applied", Area(5), 2),
            ],
            PassMarkTolerance = 0.5m,
        };
        db.KnowledgeBlueprints.Add(real);
        var today = clock.GetUtcNow();
        db.TestWindows.Add(
            new TestWindow
            {
                BlueprintId = real.Id,
                Opens = today.AddDays(-1),
                Closes = today.AddDays(60),
                RemoteAllowed = true,
                Centres = ["Leeds assessment centre", "Manchester assessment centre"],
            }
        );
        db.Record(
            new DemoDataSeeded(
                "Demo practice test, real practitioner test with an open window, a case, twelve real-test questions and five practice questions created."
            )
        );
        await db.SaveChangesAsync(ct);
    }

    private static SocialWorker Person(string given, string family, string reg, string email) =>
        new()
        {
            GivenName = given,
            FamilyName = family,
            RegistrationNumber = reg,
            Email = email,
        };

    private static Engagement Job(
        Organisation org,
        DateOnly start,
        StatusLevel role,
        EntryRoute route,
        params EngagementFunction[] functions
    ) =>
        new()
        {
            OrganisationId = org.Id,
            Start = start,
            RoleLevel = role,
            EntryRoute = route,
            EmploymentType = EmploymentType.Permanent,
            Functions = [.. functions],
        };

    private static async Task User(
        UserManager<ApplicationUser> users,
        string email,
        string name,
        string role,
        Guid? org,
        Guid? worker
    )
    {
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = name,
            OrganisationId = org,
            SocialWorkerId = worker,
        };
        var created = await users.CreateAsync(user, Password);
        if (!created.Succeeded)
            throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
    }
}
