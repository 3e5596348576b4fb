package se.kundval.rapport.internal;

/**
 * The case-mix model's objective for the optimiser: the negative log-likelihood of the logistic
 * model per judged avslut, its gradient and a diagonal preconditioner, over the period's patterns
 * (n avslut, y lyckade each) so that a year of avslut costs a few thousand terms.
 */
final class Loglikelihood {

    private final Fallmixinsamling data;
    private final Falldesign design;
    private final double avslut;

    Loglikelihood(Fallmixinsamling data, Falldesign design) {
        this.data = data;
        this.design = design;
        this.avslut = data.bedomda();
    }

    /** −(1/N) Σ [y·η − n·log(1 + e^η)]. */
    double varde(double[] beta) {
        double summa = 0;
        for (int m = 0; m < data.monster(); m++) {
            double eta = eta(beta, m);
            summa += data.lyckade(m) * eta - data.antal(m) * log1pExp(eta);
        }
        return -summa / avslut;
    }

    /** −(1/N) Σ (y − n·p)·x. */
    double[] gradient(double[] beta) {
        double[] g = new double[beta.length];
        for (int m = 0; m < data.monster(); m++) {
            double rest = data.lyckade(m) - data.antal(m) * p(eta(beta, m));
            for (int c : design.kolumner(m)) {
                g[c] -= rest / avslut;
            }
        }
        return g;
    }

    /** r divided by the diagonal of the mean Fisher information at the point. */
    double[] forbehandla(double[] beta, double[] r) {
        double[] diagonal = new double[beta.length];
        for (int m = 0; m < data.monster(); m++) {
            double p = p(eta(beta, m));
            double w = data.antal(m) * p * (1 - p) / avslut;
            for (int c : design.kolumner(m)) {
                diagonal[c] += w;
            }
        }
        double[] ut = new double[r.length];
        for (int c = 0; c < r.length; c++) {
            ut[c] = r[c] / Math.max(diagonal[c], 1e-12);
        }
        return ut;
    }

    private double eta(double[] beta, int m) {
        double eta = 0;
        for (int c : design.kolumner(m)) {
            eta += beta[c];
        }
        return eta;
    }

    private static double p(double eta) {
        return 1 / (1 + Math.exp(-eta));
    }

    /** log(1 + e^η) without overflow for large η. */
    private static double log1pExp(double eta) {
        return eta > 0 ? eta + Math.log1p(Math.exp(-eta)) : Math.log1p(Math.exp(eta));
    }
}
