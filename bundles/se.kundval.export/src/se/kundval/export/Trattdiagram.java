package se.kundval.export;

import java.util.List;
import java.util.Objects;

/**
 * A funnel plot: each unit a labelled point (x = its expected count, y = observed/expected) with
 * control limits {@code 1 ± z·sqrt(spridning / x)} that narrow as the expectation grows. Drawn in
 * PDF, as a picture in XLSX, and in the workbench (see {@link Trattritare}).
 *
 * @param rubrik     the title
 * @param xAxel      the x axis's label
 * @param yAxel      the y axis's label
 * @param punkter    the units, in the order their areas are returned when drawn
 * @param spridning  1 − the overall share, so that the variance of a ratio at x is spridning/x
 * @param granser    the limits to draw, innermost first
 */
public record Trattdiagram(String rubrik, String xAxel, String yAxel, List<Punkt> punkter, double spridning,
        List<Grans> granser) implements Dokumentdel {

    /** One unit. */
    public record Punkt(String etikett, double x, double y) {
    }

    /** A pair of limits at the normal quantile z, named in the legend. */
    public record Grans(String namn, double z) {
    }

    public Trattdiagram {
        Objects.requireNonNull(rubrik, "rubrik"); //$NON-NLS-1$
        punkter = List.copyOf(punkter);
        granser = List.copyOf(granser);
    }

    /** The upper (+1) or lower (−1) limit at x. */
    public double grans(Grans grans, int sida, double x) {
        return 1 + sida * grans.z() * Math.sqrt(spridning / x);
    }
}
