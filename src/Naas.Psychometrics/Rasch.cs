namespace Naas.Psychometrics;

/// <summary>Rasch calibration of a sparse response matrix by conditional maximum likelihood (Andersen 1972; Fischer
/// and Molenaar 1995): each candidate's likelihood is conditioned on their raw score over the items of their own form,
/// so per-candidate forms need no assumption about the spread of ability and abilities need not be estimated.
/// Difficulties are on the logit scale and sum to zero over the items calibrated (eRm's <c>sum0</c> normalisation,
/// with difficulty = −eRm's easiness <c>betapar</c>). Validated against R's <c>eRm::RM</c> (see the tests).</summary>
public static class Rasch
{
    /// <param name="Difficulty">Item → difficulty (logits, summing to zero).</param>
    /// <param name="StandardError">Item → standard error: from the full information matrix under the sum-zero
    /// constraint where the items are few enough (as eRm computes it), otherwise from its diagonal (an approximation
    /// that is close when each item is seen by many candidates with many other items).</param>
    /// <param name="NotCalibrated">Items every remaining candidate got right, or every one wrong: their difficulty
    /// has no finite estimate.</param>
    /// <param name="Persons">Candidates whose answers informed the estimates (not all right or all wrong).</param>
    public sealed record Calibration(
        IReadOnlyDictionary<int, double> Difficulty,
        IReadOnlyDictionary<int, double> StandardError,
        IReadOnlyList<int> NotCalibrated,
        int Persons,
        int Iterations,
        bool Converged,
        bool FullInformation
    );

    private sealed record Person(int[] Items, bool[] Right, int Score);

    public static Calibration Cml(
        IReadOnlyList<Response> responses,
        int maxIterations = 500,
        double tolerance = 1e-7,
        int fullInformationUpTo = 100
    )
    {
        var byPerson = responses
            .GroupBy(r => r.Person)
            .Select(g => g.GroupBy(r => r.Item).Select(i => i.Last()).ToList())
            .ToList();
        var excluded = new HashSet<int>();
        List<Person> people;
        Dictionary<int, int> index;
        // Leave out candidates with extreme scores and items with no variation, until neither is left: each removal
        // can make the other.
        while (true)
        {
            var kept = byPerson
                .Select(rs => rs.Where(r => !excluded.Contains(r.Item)).ToList())
                .Where(rs => rs.Count > 1)
                .Where(rs =>
                {
                    var s = rs.Count(r => r.Correct);
                    return s > 0 && s < rs.Count;
                })
                .ToList();
            var stats = kept.SelectMany(rs => rs)
                .GroupBy(r => r.Item)
                .ToDictionary(g => g.Key, g => (Seen: g.Count(), Right: g.Count(r => r.Correct)));
            var degenerate = stats
                .Where(s => s.Value.Right == 0 || s.Value.Right == s.Value.Seen)
                .Select(s => s.Key)
                .ToList();
            if (degenerate.Count == 0)
            {
                index = stats.Keys.OrderBy(k => k).Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i);
                people = kept.Select(rs =>
                    {
                        var items = rs.Select(r => index[r.Item]).ToArray();
                        var right = rs.Select(r => r.Correct).ToArray();
                        return new Person(items, right, right.Count(x => x));
                    })
                    .ToList();
                break;
            }
            excluded.UnionWith(degenerate);
        }
        var notCalibrated = responses
            .Select(r => r.Item)
            .Distinct()
            .Where(i => !index.ContainsKey(i))
            .OrderBy(i => i)
            .ToList();
        var k = index.Count;
        if (k < 2)
            return new Calibration(
                new Dictionary<int, double>(),
                new Dictionary<int, double>(),
                notCalibrated,
                people.Count,
                0,
                false,
                false
            );

        var seen = new double[k];
        var right = new double[k];
        foreach (var p in people)
            for (var j = 0; j < p.Items.Length; j++)
            {
                seen[p.Items[j]]++;
                if (p.Right[j])
                    right[p.Items[j]]++;
            }
        var b = new double[k];
        for (var i = 0; i < k; i++)
            b[i] = Math.Log((seen[i] - right[i]) / right[i]);
        Centre(b);

        var expected = new double[k];
        var information = new double[k];
        var iterations = 0;
        var converged = false;
        while (iterations < maxIterations)
        {
            iterations++;
            AccumulateAll(people, b, expected, information);
            var largest = 0.0;
            for (var i = 0; i < k; i++)
            {
                // Newton on each difficulty: the score equation is expected right answers = observed.
                var step = (expected[i] - right[i]) / information[i];
                step = Math.Clamp(step, -1, 1);
                b[i] += step;
                largest = Math.Max(largest, Math.Abs(step));
            }
            Centre(b);
            if (largest < tolerance)
            {
                converged = true;
                break;
            }
        }

        var se = new double[k];
        var full = k <= fullInformationUpTo;
        if (full)
            se = FullInformationErrors(people, b);
        else
        {
            AccumulateAll(people, b, expected, information);
            for (var i = 0; i < k; i++)
                se[i] = 1 / Math.Sqrt(information[i]);
        }
        var items = index.OrderBy(x => x.Value).Select(x => x.Key).ToList();
        return new Calibration(
            items.ToDictionary(i => i, i => b[index[i]]),
            items.ToDictionary(i => i, i => se[index[i]]),
            notCalibrated,
            people.Count,
            iterations,
            converged,
            full
        );
    }

    private static void Centre(double[] b)
    {
        var mean = b.Average();
        for (var i = 0; i < b.Length; i++)
            b[i] -= mean;
    }

    /// <summary>The elementary symmetric functions γ_0 … γ_m of the candidate's items' ε = exp(−b).</summary>
    private static double[] Gammas(double[] eps)
    {
        var g = new double[eps.Length + 1];
        g[0] = 1;
        for (var j = 0; j < eps.Length; j++)
        for (var r = j + 1; r >= 1; r--)
            g[r] += eps[j] * g[r - 1];
        return g;
    }

    /// <summary>γ without item j, from γ with it (γ_r = γ⁽ʲ⁾_r + ε_j γ⁽ʲ⁾_{r−1}): forwards when ε_j ≤ 1, backwards
    /// otherwise, so the subtraction stays stable.</summary>
    private static double[] Without(double[] g, double e)
    {
        var m = g.Length - 1;
        var w = new double[m];
        if (e <= 1)
        {
            w[0] = 1;
            for (var r = 1; r < m; r++)
                w[r] = g[r] - e * w[r - 1];
        }
        else
        {
            w[m - 1] = g[m] / e;
            for (var r = m - 1; r >= 1; r--)
                w[r - 1] = (g[r] - w[r]) / e;
        }
        return w;
    }

    private static double[] Eps(Person p, double[] b) => p.Items.Select(i => Math.Exp(-b[i])).ToArray();

    /// <summary>Each item's expected right answers given the candidates' scores, and its information, summed over
    /// the candidates: in parallel over chunks of candidates, each with its own sums and buffers (no allocation per
    /// candidate), merged at the end.</summary>
    private static void AccumulateAll(List<Person> people, double[] b, double[] expected, double[] information)
    {
        var k = b.Length;
        Array.Clear(expected);
        Array.Clear(information);
        var eps = b.Select(x => Math.Exp(-x)).ToArray();
        var longest = people.Max(p => p.Items.Length);
        var gate = new object();
        Parallel.ForEach(
            System.Collections.Concurrent.Partitioner.Create(0, people.Count, Math.Max(256, people.Count / 64)),
            () => (E: new double[k], I: new double[k], G: new double[longest + 1], W: new double[longest]),
            (range, _, local) =>
            {
                for (var n = range.Item1; n < range.Item2; n++)
                {
                    var p = people[n];
                    var m = p.Items.Length;
                    var g = local.G;
                    Array.Clear(g, 0, m + 1);
                    g[0] = 1;
                    for (var j = 0; j < m; j++)
                    {
                        var e = eps[p.Items[j]];
                        for (var r = j + 1; r >= 1; r--)
                            g[r] += e * g[r - 1];
                    }
                    for (var j = 0; j < m; j++)
                    {
                        var e = eps[p.Items[j]];
                        var w = WithoutAt(g, m, e, p.Score - 1, local.W);
                        var pr = e * w / g[p.Score];
                        local.E[p.Items[j]] += pr;
                        local.I[p.Items[j]] += pr * (1 - pr);
                    }
                }
                return local;
            },
            local =>
            {
                lock (gate)
                    for (var i = 0; i < k; i++)
                    {
                        expected[i] += local.E[i];
                        information[i] += local.I[i];
                    }
            }
        );
    }

    /// <summary>γ⁽ʲ⁾ at one order, by the same recursions as <see cref="Without"/>, into a buffer.</summary>
    private static double WithoutAt(double[] g, int m, double e, int order, double[] w)
    {
        if (e <= 1)
        {
            w[0] = 1;
            for (var r = 1; r <= order; r++)
                w[r] = g[r] - e * w[r - 1];
        }
        else
        {
            w[m - 1] = g[m] / e;
            for (var r = m - 1; r > order; r--)
                w[r - 1] = (g[r] - w[r]) / e;
        }
        return w[order];
    }

    /// <summary>Standard errors from the whole conditional information matrix, I_ij = Σ Cov(x_i, x_j | score), with
    /// the sum-zero constraint (the last difficulty is minus the sum of the others).</summary>
    private static double[] FullInformationErrors(List<Person> people, double[] b)
    {
        var k = b.Length;
        var info = new double[k, k];
        foreach (var p in people)
        {
            var eps = Eps(p, b);
            var g = Gammas(eps);
            var r = p.Score;
            var m = eps.Length;
            var e = new double[m];
            var without = new double[m][];
            for (var j = 0; j < m; j++)
            {
                without[j] = Without(g, eps[j]);
                e[j] = eps[j] * without[j][r - 1] / g[r];
            }
            for (var x = 0; x < m; x++)
            {
                info[p.Items[x], p.Items[x]] += e[x] * (1 - e[x]);
                for (var y = x + 1; y < m; y++)
                {
                    // P(both right | r) = ε_x ε_y γ^(x,y)_{r−2} / γ_r.
                    var both = r >= 2 ? eps[x] * eps[y] * Without(without[x], eps[y])[r - 2] / g[r] : 0;
                    var cov = both - e[x] * e[y];
                    info[p.Items[x], p.Items[y]] += cov;
                    info[p.Items[y], p.Items[x]] += cov;
                }
            }
        }
        // Free parameters b_1 … b_{k−1}; J = [I; −1ᵀ]; Cov(b) = J (Jᵀ I J)⁻¹ Jᵀ.
        var n = k - 1;
        var reduced = new MathNet.Numerics.LinearAlgebra.Double.DenseMatrix(n, n);
        for (var i = 0; i < n; i++)
        for (var j = 0; j < n; j++)
            reduced[i, j] = info[i, j] - info[i, n] - info[n, j] + info[n, n];
        var inverse = reduced.Inverse();
        var se = new double[k];
        double lastVariance = 0;
        for (var i = 0; i < n; i++)
        {
            se[i] = Math.Sqrt(inverse[i, i]);
            for (var j = 0; j < n; j++)
                lastVariance += inverse[i, j];
        }
        se[n] = Math.Sqrt(lastVariance);
        return se;
    }

    /// <param name="Outfit">Mean squared standardised residual over the candidates who saw the item (1 expected;
    /// above about 1.3 the item behaves erratically, below about 0.7 too predictably).</param>
    /// <param name="Infit">Squared residuals over their variances, each summed: less moved by a few lucky or
    /// careless answers far from the item's difficulty.</param>
    /// <param name="Count">Answers counted: from candidates whose score on the calibrated items of their form was
    /// neither 0 nor full.</param>
    public sealed record ItemFit(double Outfit, double Infit, int Count);

    /// <summary>How well each item fits the model, given its difficulty: each candidate's ability is estimated by
    /// maximum likelihood over the calibrated items of their own form, then each answer's residual from its
    /// probability under the model (Wright and Masters 1982). As R's <c>eRm::itemfit(person.parameter(m))</c>
    /// computes it (see the tests).</summary>
    public static IReadOnlyDictionary<int, ItemFit> Fit(
        IReadOnlyList<Response> responses,
        IReadOnlyDictionary<int, double> difficulty
    )
    {
        // Each candidate's answers (the last to each item), then each candidate on its own, in parallel: every
        // candidate's ability is a small Newton solve of its own.
        var people = responses
            .Where(r => difficulty.ContainsKey(r.Item))
            .ToLookup(r => r.Person)
            .Select(g => g.GroupBy(r => r.Item).Select(i => i.Last()).ToArray())
            .ToArray();
        var gate = new object();
        var sums = new Dictionary<int, (double Z2, double R2, double W, int Count)>();
        if (people.Length == 0)
            return new Dictionary<int, ItemFit>();
        Parallel.ForEach(
            System.Collections.Concurrent.Partitioner.Create(0, people.Length, Math.Max(256, people.Length / 64)),
            () => new Dictionary<int, (double Z2, double R2, double W, int Count)>(),
            (range, _, local) =>
            {
                for (var n = range.Item1; n < range.Item2; n++)
                {
                    var person = people[n];
                    var score = person.Count(r => r.Correct);
                    if (score == 0 || score == person.Length)
                        continue;
                    var theta = Ability(person.Select(r => difficulty[r.Item]).ToArray(), score);
                    foreach (var r in person)
                    {
                        var p = 1 / (1 + Math.Exp(difficulty[r.Item] - theta));
                        var e = (r.Correct ? 1 : 0) - p;
                        var w = p * (1 - p);
                        var s = local.GetValueOrDefault(r.Item);
                        local[r.Item] = (s.Z2 + e * e / w, s.R2 + e * e, s.W + w, s.Count + 1);
                    }
                }
                return local;
            },
            local =>
            {
                lock (gate)
                    foreach (var (item, x) in local)
                    {
                        var s = sums.GetValueOrDefault(item);
                        sums[item] = (s.Z2 + x.Z2, s.R2 + x.R2, s.W + x.W, s.Count + x.Count);
                    }
            }
        );
        return sums.ToDictionary(
            x => x.Key,
            x => new ItemFit(x.Value.Z2 / x.Value.Count, x.Value.R2 / x.Value.W, x.Value.Count)
        );
    }

    /// <summary>The ability whose expected score on these items is the score (maximum likelihood), by Newton's
    /// method from the log odds of the score; the score is neither 0 nor full.</summary>
    public static double Ability(double[] difficulties, int score)
    {
        var theta = Math.Log(score / (double)(difficulties.Length - score)) + difficulties.Average();
        for (var i = 0; i < 100; i++)
        {
            double expected = 0,
                information = 0;
            foreach (var b in difficulties)
            {
                var p = 1 / (1 + Math.Exp(b - theta));
                expected += p;
                information += p * (1 - p);
            }
            var step = Math.Clamp((score - expected) / information, -1, 1);
            theta += step;
            if (Math.Abs(step) < 1e-12)
                break;
        }
        return theta;
    }
}
