package se.kundval.utbyte.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.osgi.util.NLS;

import se.kundval.core.utbyte.Fellista;
import se.kundval.core.utbyte.Utbytesformat;
import se.kundval.core.utbyte.Utbytesrad;
import se.kundval.model.regler.Organisationsnummer;
import se.kundval.model.regler.Personnummer;

/**
 * The fields of one data row, read by column name. A field that does not follow its format is
 * reported with the column and the value, and read as null; the row is then not {@link #ok()}
 * and is not imported, while the other rows are still read so that every problem is listed.
 */
final class Falt {

    /** The most a NUMERIC(12,2) column, where every amount is stored, holds. */
    private static final BigDecimal STORSTA_BELOPP = new BigDecimal("9999999999.99"); //$NON-NLS-1$

    private final Utbytesrad rad;
    private final Map<String, Integer> index;
    private final Fellista fel;
    private boolean ok = true;

    Falt(Utbytesrad rad, Map<String, Integer> index, Fellista fel) {
        this.rad = rad;
        this.index = index;
        this.fel = fel;
    }

    int rad() {
        return rad.rad();
    }

    boolean ok() {
        return ok;
    }

    void fel(String meddelande) {
        fel.fel(rad.rad(), meddelande);
        ok = false;
    }

    /** The row cannot be imported because of a problem already reported elsewhere (a referenced bad row). */
    void utanMeddelande() {
        ok = false;
    }

    /** The field as written, or null when empty. */
    String text(String kolumn) {
        String varde = rad.falt(index.get(kolumn));
        return varde.isEmpty() ? null : varde;
    }

    String krav(String kolumn) {
        String varde = text(kolumn);
        if (varde == null) {
            fel(NLS.bind(Messages.saknas, kolumn));
        }
        return varde;
    }

    LocalDate datum(String kolumn) {
        try {
            return Utbytesformat.datum(kolumn, text(kolumn));
        } catch (Utbytesformat.Formatfel e) {
            fel(e.getMessage());
            return null;
        }
    }

    LocalDate kravDatum(String kolumn) {
        return krav(kolumn) == null ? null : datum(kolumn);
    }

    YearMonth manad(String kolumn) {
        if (krav(kolumn) == null) {
            return null;
        }
        try {
            return Utbytesformat.manad(kolumn, text(kolumn));
        } catch (Utbytesformat.Formatfel e) {
            fel(e.getMessage());
            return null;
        }
    }

    Boolean jn(String kolumn) {
        try {
            return Utbytesformat.jn(kolumn, text(kolumn));
        } catch (Utbytesformat.Formatfel e) {
            fel(e.getMessage());
            return null;
        }
    }

    /** An integer from min to max, or null when empty. */
    Integer heltal(String kolumn, int min, int max) {
        String varde = text(kolumn);
        if (varde == null) {
            return null;
        }
        int tal;
        try {
            tal = Integer.parseInt(varde);
        } catch (NumberFormatException e) {
            fel(NLS.bind(Messages.ogiltigtHeltal, kolumn, varde));
            return null;
        }
        if (tal < min || tal > max) {
            fel(NLS.bind(Messages.utanforIntervall, new Object[] {kolumn, varde, min, max}));
            return null;
        }
        return tal;
    }

    Integer kravHeltal(String kolumn, int min, int max) {
        return krav(kolumn) == null ? null : heltal(kolumn, min, max);
    }

    /** Kronor with a point as the decimal separator, not negative; null when empty. */
    BigDecimal belopp(String kolumn) {
        String varde = text(kolumn);
        if (varde == null) {
            return null;
        }
        if (!varde.matches("-?\\d+(\\.\\d{1,2})?")) { //$NON-NLS-1$
            fel(NLS.bind(Messages.ogiltigtBelopp, kolumn, varde));
            return null;
        }
        BigDecimal belopp = new BigDecimal(varde);
        if (belopp.abs().compareTo(STORSTA_BELOPP) > 0) {
            fel(NLS.bind(Messages.forStortBelopp, new Object[] {kolumn, varde, STORSTA_BELOPP.toPlainString()}));
            return null;
        }
        if (belopp.signum() < 0) {
            fel(NLS.bind(Messages.negativtBelopp, kolumn, varde));
            return null;
        }
        return belopp;
    }

    /** The name of one of the model enum's literals (e.g. GRUNDSKOLA_0_3), or null when empty. */
    @SuppressWarnings("unchecked")
    <E extends Enumerator> E uppraknat(String kolumn, EEnum typ) {
        String varde = text(kolumn);
        if (varde == null) {
            return null;
        }
        EEnumLiteral literal = typ.getEEnumLiteral(varde);
        if (literal == null) {
            String giltiga = typ.getELiterals().stream().map(EEnumLiteral::getName).collect(Collectors.joining(", ")); //$NON-NLS-1$
            fel(NLS.bind(Messages.okantVarde, new Object[] {kolumn, varde, giltiga}));
            return null;
        }
        return (E) literal.getInstance();
    }

    /** A value from a fixed list of codes, e.g. kon K/M/A; null when empty. */
    <T> T kod(String kolumn, Map<String, T> koder, List<String> ordning) {
        String varde = text(kolumn);
        if (varde == null) {
            return null;
        }
        T resultat = koder.get(varde);
        if (resultat == null) {
            fel(NLS.bind(Messages.okantVarde, new Object[] {kolumn, varde, String.join(", ", ordning)})); //$NON-NLS-1$
        }
        return resultat;
    }

    String personnummer(String kolumn) {
        String varde = krav(kolumn);
        Optional<Personnummer.Fel> problem = varde == null ? Optional.empty() : Personnummer.kontrollera(varde);
        problem.ifPresent(p -> fel(NLS.bind(switch (p) {
            case DATUM -> Messages.pnrDatum;
            case KONTROLLSIFFRA -> Messages.pnrKontrollsiffra;
            default -> Messages.pnrFormat;
        }, kolumn, varde)));
        return problem.isPresent() ? null : varde;
    }

    String orgnr(String kolumn) {
        String varde = krav(kolumn);
        Optional<Personnummer.Fel> problem = varde == null ? Optional.empty() : Organisationsnummer.kontrollera(varde);
        problem.ifPresent(p -> fel(NLS.bind(p == Personnummer.Fel.KONTROLLSIFFRA ? Messages.orgnrKontrollsiffra
                : Messages.orgnrFormat, kolumn, varde)));
        return problem.isPresent() ? null : varde;
    }
}
