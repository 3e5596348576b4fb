package se.kundval.rapport.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunctionGradient;
import org.apache.commons.math3.optim.nonlinear.scalar.gradient.NonLinearConjugateGradientOptimizer;
import org.apache.commons.math3.optim.nonlinear.scalar.gradient.NonLinearConjugateGradientOptimizer.Formula;

import se.kundval.core.rapport.Fallmix;
import se.kundval.core.rapport.JusteradKvot;
import se.kundval.core.rapport.Oddskvot;

/**
 * Fits the case-mix model (DOMAIN §13) by maximum likelihood with Apache Commons Math: its
 * non-linear conjugate gradient optimiser minimises the mean negative log-likelihood given its
 * gradient, preconditioned by the diagonal of the Fisher information (the dummy columns differ by
 * orders of magnitude in how many avslut they carry). The coefficients' intervals come from the
 * inverse of the Fisher information at the maximum. See docs/decisions/0160-justerad-jamforelse.md.
 */
final class Fallmixskattning {

    /** Events per coefficient below which a logistic model is not trusted (Vittinghoff and McCulloch 2007). */
    static final int AVSLUT_PER_PARAMETER = 5;

    /**
     * The maximum: every component of the mean score below this. With an intercept the score's first
     * component is (ΣO − ΣE)/n, so expected and observed lyckade then agree to n·1e-8.
     */
    private static final double GRADIENTGRANS = 1e-8;

    /**
     * When a line search no longer changes the likelihood in double precision, a score below this is
     * the maximum within rounding; a larger one means the likelihood keeps rising towards infinite
     * coefficients (a level that separates lyckade from the others), and the period has no model.
     */
    private static final double AVRUNDAD_GRANS = 1e-6;

    private static final int MAX_ITERATIONER = 2_000;

    /** Fisher information (in avslut) below which a coefficient is determined by nothing but its limit. */
    private static final double INFORMATIONSGRANS = 1e-6;

    private final Fallmixinsamling data;
    private final Falldesign design;

    private Fallmixskattning(Fallmixinsamling data) {
        this.data = data;
        this.design = new Falldesign(data);
    }

    /** The model of the period and the fitted probability of each pattern, or why there is none. */
    static Jamforelse skatta(Fallmixinsamling data) {
        return new Fallmixskattning(data).skatta();
    }

    private Jamforelse skatta() {
        int bedomda = data.bedomda();
        int lyckade = data.lyckade();
        int parametrar = design.parametrar();
        if (Math.min(lyckade, bedomda - lyckade) < AVSLUT_PER_PARAMETER * parametrar) {
            return new Jamforelse(data, new Fallmix(Fallmix.Status.FOR_FA_AVSLUT, bedomda, lyckade, 0, List.of()), null);
        }
        double[] beta;
        try {
            beta = maximera();
        } catch (MathIllegalStateException e) {
            // too many iterations or evaluations: the likelihood has no finite maximum in reach
            beta = null;
        }
        if (beta == null) {
            return new Jamforelse(data, new Fallmix(Fallmix.Status.EJ_SKATTBAR, bedomda, lyckade, 0, List.of()), null);
        }
        double[] p = new double[data.monster()];
        for (int m = 0; m < p.length; m++) {
            p[m] = sannolikhet(beta, m);
        }
        return new Jamforelse(data, new Fallmix(Fallmix.Status.SKATTAD, bedomda, lyckade, parametrar,
                oddskvoter(beta, varianser(p))), p);
    }

    private double[] maximera() {
        Loglikelihood l = new Loglikelihood(data, design);
        double[] start = new double[design.parametrar()];
        double andel = (double) data.lyckade() / data.bedomda();
        start[0] = Math.log(andel / (1 - andel));
        NonLinearConjugateGradientOptimizer optimerare = new NonLinearConjugateGradientOptimizer(Formula.POLAK_RIBIERE,
                (iteration, forra, denna) -> forra.getValue() <= denna.getValue()
                        || maxAbs(l.gradient(denna.getPoint())) < GRADIENTGRANS,
                1e-14, 1e-16, 1.0, l::forbehandla);
        PointValuePair maximum = optimerare.optimize(new MaxEval(50 * MAX_ITERATIONER), new MaxIter(MAX_ITERATIONER),
                new ObjectiveFunction(l::varde), new ObjectiveFunctionGradient(l::gradient), GoalType.MINIMIZE,
                new InitialGuess(start));
        return maxAbs(l.gradient(maximum.getPoint())) < AVRUNDAD_GRANS ? maximum.getPoint() : null;
    }

    private double sannolikhet(double[] beta, int m) {
        double eta = 0;
        for (int c : design.kolumner(m)) {
            eta += beta[c];
        }
        return 1 / (1 + Math.exp(-eta));
    }

    /**
     * The diagonal of the inverse Fisher information Σ n p(1−p) x xᵀ. A level whose avslut all went one
     * way has its probabilities at 0 or 1 and so no information: it gets no variance (NaN) and is left
     * out of the inversion, rather than making the whole matrix singular and every interval unknown.
     */
    private double[] varianser(double[] p) {
        int k = design.parametrar();
        double[][] fisher = new double[k][k];
        for (int m = 0; m < p.length; m++) {
            double w = data.antal(m) * p[m] * (1 - p[m]);
            int[] x = design.kolumner(m);
            for (int a : x) {
                for (int b : x) {
                    fisher[a][b] += w;
                }
            }
        }
        int[] aktiva = IntStream.range(0, k).filter(c -> fisher[c][c] > INFORMATIONSGRANS).toArray();
        RealMatrix reducerad = new Array2DRowRealMatrix(aktiva.length, aktiva.length);
        for (int i = 0; i < aktiva.length; i++) {
            for (int j = 0; j < aktiva.length; j++) {
                reducerad.setEntry(i, j, fisher[aktiva[i]][aktiva[j]]);
            }
        }
        double[] varianser = new double[k];
        Arrays.fill(varianser, Double.NaN);
        DecompositionSolver losare = new LUDecomposition(reducerad, 1e-14).getSolver();
        if (losare.isNonSingular()) {
            RealMatrix invers = losare.getInverse();
            for (int i = 0; i < aktiva.length; i++) {
                varianser[aktiva[i]] = invers.getEntry(i, i);
            }
        }
        return varianser;
    }

    private List<Oddskvot> oddskvoter(double[] beta, double[] varianser) {
        List<Oddskvot> kvoter = new ArrayList<>();
        for (Falldesign.Niva n : design.nivaer()) {
            String kovariat = Kovariater.ALLA.get(n.kovariat());
            if (n.kolumn() < 0) {
                kvoter.add(new Oddskvot(kovariat, n.kod(), n.avslut(), true, 1, null, null));
                continue;
            }
            double b = beta[n.kolumn()];
            Double lag = null;
            Double hog = null;
            double varians = varianser[n.kolumn()];
            // a level whose avslut all went one way has no finite interval: it is left open rather than shown as 0 to ∞
            if (varians > 0 && Double.isFinite(Math.exp(b + JusteradKvot.Z95 * Math.sqrt(varians)))) {
                double se = Math.sqrt(varians);
                lag = Math.exp(b - JusteradKvot.Z95 * se);
                hog = Math.exp(b + JusteradKvot.Z95 * se);
            }
            kvoter.add(new Oddskvot(kovariat, n.kod(), n.avslut(), false, Math.exp(b), lag, hog));
        }
        return kvoter;
    }

    private static double maxAbs(double[] v) {
        double max = 0;
        for (double x : v) {
            max = Math.max(max, Math.abs(x));
        }
        return max;
    }
}
