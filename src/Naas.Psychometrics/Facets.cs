using MathNet.Numerics.LinearAlgebra.Double;

namespace Naas.Psychometrics;

/// <summary>Many-facet Rasch measurement (Linacre 1989) for rated performances: a candidate's rating out of
/// <c>steps</c> on one criterion by one rater, in one setting, follows the binomial-trials Rasch model
/// <code>
/// log(P(x) / P(x − 1)) = log((steps − x + 1) / x) + θ_candidate − Σ_f λ_f,element
/// </code>
/// that is, the rating is binomial with <c>steps</c> trials and logit θ − Σλ. Each facet's measures (a rater's
/// severity, a criterion's difficulty, an actor's effect) are on the same logit scale as the candidates' abilities and
/// sum to zero within each of the facet's groups (a facet with one group, such as observers, is centred; criteria
/// nested in scenarios are centred within their scenario). Estimated by joint maximum likelihood with Newton steps in
/// which the candidates, one parameter each, are solved out (a Schur complement), so the work grows with the ratings
/// and the facets' elements, not with candidates squared. The standard errors are from the whole information matrix
/// with the candidates profiled out: exactly those of the same model as a logistic regression. Fit: outfit (the mean
/// squared standardised residual) and infit (information-weighted) per element, 1 expected. Validated against R's
/// <c>glm</c> on the same data (see the tests).</summary>
public static class Facets
{
    /// <summary>One rating: who was rated, the element of each facet in the order the facets are given, and the
    /// score, 0 to the steps.</summary>
    public sealed record Rating(int Candidate, int[] Elements, int Score);

    /// <summary>A facet: <paramref name="GroupOf"/> gives each element's group, whose measures sum to zero; null
    /// puts every element in one group.</summary>
    public sealed record Facet(string Name, Func<int, int>? GroupOf = null);

    /// <param name="Value">Logits: higher is more severe (a rater), harder (a criterion or a scenario).</param>
    /// <param name="StandardError">From the whole information matrix under the sum-zero constraint; 0 for the only
    /// element of a group, which is fixed at 0.</param>
    /// <param name="Outfit">Mean squared standardised residual over the element's ratings (1 expected; above about
    /// 1.5 erratic, below about 0.5 too predictable).</param>
    /// <param name="Infit">Squared residuals over their variances, each summed over the element's ratings.</param>
    public sealed record Measure(double Value, double StandardError, double Outfit, double Infit, int Ratings);

    /// <param name="Measures">Per facet (in the order given), element → measure.</param>
    /// <param name="Ability">Candidate → ability, for those whose ratings were not all 0 or all full marks.</param>
    /// <param name="Extreme">Candidates left out because every rating of theirs was 0, or every one full: their
    /// ability has no finite estimate.</param>
    /// <param name="Separable">False when the design does not separate the facets (for example, each actor always
    /// played to the same candidates with the same observer): then there are no measures at all, since any split
    /// between the confounded facets fits as well as any other.</param>
    public sealed record Result(
        IReadOnlyList<IReadOnlyDictionary<int, Measure>> Measures,
        IReadOnlyDictionary<int, double> Ability,
        IReadOnlyList<int> Extreme,
        int Steps,
        int Iterations,
        bool Converged,
        bool Separable
    )
    {
        /// <summary>The expected score of a rating under the model; with <paramref name="neutral"/> a facet's index,
        /// as if that facet's element had a measure of 0 (an average rater, say). Null for a candidate left out as
        /// extreme or an element with no measure.</summary>
        public double? Expected(Rating rating, int neutral = -1)
        {
            if (!Ability.TryGetValue(rating.Candidate, out var eta))
                return null;
            for (var f = 0; f < Measures.Count; f++)
            {
                if (!Measures[f].TryGetValue(rating.Elements[f], out var m))
                    return null;
                if (f != neutral)
                    eta -= m.Value;
            }
            return Steps / (1 + Math.Exp(-eta));
        }
    }

    private sealed record Column(int[] Index, double[] Sign);

    public static Result Estimate(
        IReadOnlyList<Rating> ratings,
        IReadOnlyList<Facet> facets,
        int steps,
        int maxIterations = 200,
        double tolerance = 1e-10
    )
    {
        if (steps < 1)
            throw new ArgumentOutOfRangeException(nameof(steps), "A rating needs at least one step");
        foreach (var r in ratings)
            if (r.Score < 0 || r.Score > steps || r.Elements.Length != facets.Count)
                throw new ArgumentException(
                    $"A rating of candidate {r.Candidate} has a score outside 0 to {steps} or the wrong number of facets",
                    nameof(ratings)
                );

        // Candidates whose every rating is 0 or every one full marks have no finite ability: leave them out.
        var extreme = ratings
            .GroupBy(r => r.Candidate)
            .Where(g => g.All(r => r.Score == 0) || g.All(r => r.Score == steps))
            .Select(g => g.Key)
            .OrderBy(c => c)
            .ToList();
        var excluded = extreme.ToHashSet();
        var kept = ratings.Where(r => !excluded.Contains(r.Candidate)).ToList();
        var candidates = kept.Select(r => r.Candidate).Distinct().OrderBy(c => c).ToList();
        var candidateIndex = candidates.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);

        // Free parameters: in each group of each facet, every element but the last; the last is minus their sum.
        var columns = new List<Dictionary<int, Column>>();
        var p = 0;
        for (var f = 0; f < facets.Count; f++)
        {
            var group = facets[f].GroupOf ?? (_ => 0);
            var map = new Dictionary<int, Column>();
            foreach (
                var g in kept.Select(r => r.Elements[f]).Distinct().OrderBy(e => e).GroupBy(group).OrderBy(g => g.Key)
            )
            {
                var elements = g.ToList();
                var first = p;
                for (var i = 0; i < elements.Count - 1; i++)
                    map[elements[i]] = new Column([p++], [-1.0]);
                // The last element's measure is −Σ of the others', so η = θ − λ gains +φ_j for each of them.
                map[elements[^1]] = new Column(
                    Enumerable.Range(first, elements.Count - 1).ToArray(),
                    Enumerable.Repeat(1.0, elements.Count - 1).ToArray()
                );
            }
            columns.Add(map);
        }

        var n = candidates.Count;
        var rows = kept.Select(r =>
            {
                var index = new List<int>();
                var sign = new List<double>();
                for (var f = 0; f < facets.Count; f++)
                {
                    var c = columns[f][r.Elements[f]];
                    index.AddRange(c.Index);
                    sign.AddRange(c.Sign);
                }
                return (Candidate: candidateIndex[r.Candidate], Index: index.ToArray(), Sign: sign.ToArray(), r.Score);
            })
            .ToList();
        var byCandidate = rows.GroupBy(r => r.Candidate).OrderBy(g => g.Key).Select(g => g.ToList()).ToList();

        // Start: each candidate's logit of their mean score share, every facet at 0.
        var theta = byCandidate
            .Select(g =>
            {
                var share = g.Sum(r => r.Score) / (double)(steps * g.Count);
                return Math.Log(share / (1 - share));
            })
            .ToArray();
        var phi = new double[p];

        DenseMatrix? covariance = null;
        var iterations = 0;
        var converged = false;
        while (iterations < maxIterations)
        {
            iterations++;
            var s = new DenseMatrix(p, p);
            var rhs = new double[p];
            var bs = new double[n][];
            var gTheta = new double[n];
            var dTheta = new double[n];
            for (var c = 0; c < n; c++)
            {
                var b = new double[p];
                double g = 0,
                    d = 0;
                foreach (var r in byCandidate[c])
                {
                    var eta = theta[c];
                    for (var j = 0; j < r.Index.Length; j++)
                        eta += r.Sign[j] * phi[r.Index[j]];
                    var pr = 1 / (1 + Math.Exp(-eta));
                    var residual = r.Score - steps * pr;
                    var w = steps * pr * (1 - pr);
                    g += residual;
                    d += w;
                    for (var x = 0; x < r.Index.Length; x++)
                    {
                        rhs[r.Index[x]] += residual * r.Sign[x];
                        b[r.Index[x]] += w * r.Sign[x];
                        for (var y = 0; y < r.Index.Length; y++)
                            s[r.Index[x], r.Index[y]] += w * r.Sign[x] * r.Sign[y];
                    }
                }
                // Solve the candidate out: S = A − B D⁻¹ Bᵀ, and the same on the right-hand side.
                var nonzero = Enumerable.Range(0, p).Where(i => b[i] != 0).ToArray();
                foreach (var x in nonzero)
                {
                    rhs[x] -= b[x] * g / d;
                    foreach (var y in nonzero)
                        s[x, y] -= b[x] * b[y] / d;
                }
                bs[c] = b;
                gTheta[c] = g;
                dTheta[c] = d;
            }

            double[] step;
            if (p == 0)
                step = [];
            else
            {
                if (iterations == 1 && !FullRank(s))
                    return NotSeparable(extreme, steps, iterations);
                var inverse = (DenseMatrix)s.Inverse();
                covariance = inverse;
                step = inverse.Multiply(DenseVector.OfArray(rhs)).ToArray();
            }
            var thetaStep = new double[n];
            for (var c = 0; c < n; c++)
            {
                var t = gTheta[c];
                for (var i = 0; i < p; i++)
                    t -= bs[c][i] * step[i];
                thetaStep[c] = t / dTheta[c];
            }
            var largest = Math.Max(
                step.Length == 0 ? 0 : step.Max(Math.Abs),
                thetaStep.Length == 0 ? 0 : thetaStep.Max(Math.Abs)
            );
            // Newton's full step where it is small; a shorter one in the same direction while far away.
            var scale = largest > 1 ? 1 / largest : 1;
            for (var i = 0; i < p; i++)
                phi[i] += scale * step[i];
            for (var c = 0; c < n; c++)
                theta[c] += scale * thetaStep[c];
            if (largest < tolerance)
            {
                converged = true;
                break;
            }
        }

        // Measures, their errors and fit.
        var measures = new List<IReadOnlyDictionary<int, Measure>>();
        for (var f = 0; f < facets.Count; f++)
        {
            var map = new Dictionary<int, Measure>();
            foreach (var (element, column) in columns[f].OrderBy(x => x.Key))
            {
                // λ = −(η's coefficient vector)·φ.
                var value = 0.0;
                var variance = 0.0;
                for (var x = 0; x < column.Index.Length; x++)
                {
                    value -= column.Sign[x] * phi[column.Index[x]];
                    for (var y = 0; y < column.Index.Length; y++)
                        variance += column.Sign[x] * column.Sign[y] * covariance![column.Index[x], column.Index[y]];
                }
                double z2 = 0,
                    r2 = 0,
                    w = 0;
                var count = 0;
                foreach (var r in kept.Where(r => r.Elements[f] == element))
                {
                    var eta = theta[candidateIndex[r.Candidate]];
                    for (var g = 0; g < facets.Count; g++)
                    {
                        var c = columns[g][r.Elements[g]];
                        for (var j = 0; j < c.Index.Length; j++)
                            eta += c.Sign[j] * phi[c.Index[j]];
                    }
                    var pr = 1 / (1 + Math.Exp(-eta));
                    var v = steps * pr * (1 - pr);
                    var e = r.Score - steps * pr;
                    z2 += e * e / v;
                    r2 += e * e;
                    w += v;
                    count++;
                }
                map[element] = new Measure(value + 0.0, Math.Sqrt(variance), z2 / count, r2 / w, count);
            }
            measures.Add(map);
        }
        return new Result(
            measures,
            candidates.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => theta[x.i]),
            extreme,
            steps,
            iterations,
            converged,
            true
        );
    }

    private static Result NotSeparable(IReadOnlyList<int> extreme, int steps, int iterations) =>
        new([], new Dictionary<int, double>(), extreme, steps, iterations, false, false);

    /// <summary>Whether the information matrix with the candidates solved out has full rank: its smallest
    /// eigenvalue is not negligible beside its largest.</summary>
    private static bool FullRank(DenseMatrix s)
    {
        var values = s.Evd(MathNet.Numerics.LinearAlgebra.Symmetricity.Symmetric).EigenValues.Select(v => v.Real);
        var max = values.Max(Math.Abs);
        return max > 0 && values.Min() > 1e-9 * max;
    }
}
