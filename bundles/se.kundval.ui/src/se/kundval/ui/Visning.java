package se.kundval.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

/** How dates, months and yes/no read in the workbench: Swedish, ISO dates as Swedish forms use them. */
public final class Visning {

    public static final Locale SVENSKA = Locale.forLanguageTag("sv-SE"); //$NON-NLS-1$

    private static final DateTimeFormatter MANAD = DateTimeFormatter.ofPattern("LLLL yyyy", SVENSKA); //$NON-NLS-1$
    private static final DateTimeFormatter KORT_MANAD = DateTimeFormatter.ofPattern("LLL yyyy", SVENSKA); //$NON-NLS-1$
    private static final DateTimeFormatter TIDPUNKT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", SVENSKA); //$NON-NLS-1$

    private Visning() {
    }

    public static String datum(LocalDate dag) {
        return dag == null ? "" : dag.toString(); //$NON-NLS-1$
    }

    public static String tidpunkt(LocalDateTime tid) {
        return tid == null ? "" : TIDPUNKT.format(tid); //$NON-NLS-1$
    }

    /** "mars 2025". */
    public static String manad(YearMonth manad) {
        return manad == null ? "" : MANAD.format(manad); //$NON-NLS-1$
    }

    /** "mars 2025" shortened to fit a table: "mars 2025", "okt. 2025". */
    public static String kortManad(YearMonth manad) {
        return manad == null ? "" : KORT_MANAD.format(manad); //$NON-NLS-1$
    }

    public static String jaNej(boolean varde) {
        return varde ? Messages.ja : Messages.nej;
    }

    /** "anordnare1, 2025-03-14" – who did something and when; either may be unknown (imported data). */
    public static String avOchDatum(String av, LocalDate dag) {
        if (av == null || dag == null) {
            return av != null ? av : datum(dag);
        }
        return NLS.bind(Messages.avOchDatum, av, datum(dag));
    }

    public static String text(String text) {
        return text == null ? "" : text; //$NON-NLS-1$
    }
}
