using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Observation.Admin;

public class AgreementModel(ObserverAgreement agreement) : NaasPage
{
    public List<ObserverAgreement.Row> Observers { get; private set; } = [];
    public List<ObserverAgreement.Row> Pairs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => (Observers, Pairs) = await agreement.ReportAsync(ct);

    public static string Share(double x) =>
        double.IsNaN(x) ? "None" : $"{Math.Round(x * 100, MidpointRounding.AwayFromZero):0}%";

    public static string Kappa(double x) => double.IsNaN(x) ? "Not defined" : x.ToString("0.00");
}
