package se.kundval.portal.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A submitted form as the page shows it again: what the user typed in each field, and the errors,
 * each at its field and all of them in the summary at the top (the GOV.UK / Designsystemet pattern).
 * Nothing the user typed is lost when the page comes back with errors.
 */
final class Formular {

    private final Texter texter;
    private final Map<String, String> varden = new LinkedHashMap<>();
    private final Map<String, String> fel = new LinkedHashMap<>();

    /** A form with the fields' values, e.g. the request's, or an existing object's. */
    Formular(Texter texter, Map<String, String> varden, String... falt) {
        this.texter = texter;
        for (String f : falt) {
            String v = varden.get(f);
            this.varden.put(f, v == null ? "" : v); //$NON-NLS-1$
        }
    }

    String text(String falt) {
        return varden.get(falt).strip();
    }

    /** The text, or an error "Ange …" when it is empty. */
    String obligatorisk(String falt, String namnNyckel) {
        String v = text(falt);
        if (v.isEmpty()) {
            fel(falt, texter.text("fel.ange", texter.text(namnNyckel))); //$NON-NLS-1$
        }
        return v;
    }

    /** A whole number, 0 when empty and optional; null (and an error) when it is not one. */
    Integer heltal(String falt, String namnNyckel, boolean obligatorisk) {
        String v = text(falt);
        if (v.isEmpty()) {
            if (obligatorisk) {
                fel(falt, texter.text("fel.ange", texter.text(namnNyckel))); //$NON-NLS-1$
            }
            return obligatorisk ? null : 0;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            fel(falt, texter.text("fel.heltal", texter.text(namnNyckel))); //$NON-NLS-1$
            return null;
        }
    }

    /** A date written as ISO (2026-11-30), or null with an error. */
    LocalDate datum(String falt, String namnNyckel) {
        String v = text(falt);
        if (v.isEmpty()) {
            fel(falt, texter.text("fel.ange", texter.text(namnNyckel))); //$NON-NLS-1$
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            fel(falt, texter.text("fel.datum", texter.text(namnNyckel))); //$NON-NLS-1$
            return null;
        }
    }

    /** A month written as 2026-10, or null with an error. */
    YearMonth manad(String falt) {
        try {
            return YearMonth.parse(text(falt));
        } catch (DateTimeParseException e) {
            fel(falt, texter.text("fel.period")); //$NON-NLS-1$
            return null;
        }
    }

    /** Records an error at the field; the first error of a field is the one shown. */
    void fel(String falt, String meddelande) {
        fel.putIfAbsent(falt, meddelande);
    }

    boolean ok() {
        return fel.isEmpty();
    }

    /**
     * The template's view: {@code f.<field>.varde}, {@code f.<field>.fel}, and {@code felLista} with
     * each error's field id and message for the summary.
     */
    Sidinnehall till(Sidinnehall sida) {
        Map<String, Object> f = new LinkedHashMap<>();
        varden.forEach((namn, varde) -> {
            Map<String, Object> falt = new LinkedHashMap<>();
            falt.put("varde", varde); //$NON-NLS-1$
            if (fel.containsKey(namn)) {
                falt.put("fel", fel.get(namn)); //$NON-NLS-1$
            }
            f.put(namn, falt);
        });
        List<Map<String, String>> lista = new ArrayList<>();
        fel.forEach((namn, meddelande) -> lista.add(Map.of("falt", namn, "meddelande", meddelande))); //$NON-NLS-1$ //$NON-NLS-2$
        sida.med("f", f); //$NON-NLS-1$
        if (!lista.isEmpty()) {
            sida.med("felLista", lista).med("harFel", Boolean.TRUE); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return sida;
    }
}
