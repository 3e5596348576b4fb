package se.kundval.portal.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.kundval.core.dokument.Dokumenttyp;
import se.kundval.core.dokument.Storlek;
import se.kundval.model.Avslut;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Dokument;
import se.kundval.model.Insats;
import se.kundval.model.Sexmanadersuppfoljning;
import se.kundval.model.Uppfoljningsstatus;

/**
 * The insats page's "Sex månader" section (DOMAIN §2, §14): after an avslut to arbete or studier,
 * from when the evidence is due, what was submitted with its documents, and the review of each
 * submission — godkänd, komplettering begärd with the comment, or avvisad — with the way to submit
 * or to answer a komplettering. Earlier submissions stay listed below the latest.
 */
final class Sexmanaderdel {

    private static final int MANADER = 6;
    private static final DateTimeFormatter TID = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"); //$NON-NLS-1$

    private final Sidkontext k;

    Sexmanaderdel(Sidkontext k) {
        this.k = k;
    }

    /** The section's data, or null when the insats needs no six-month evidence. */
    Map<String, Object> data(Insats insats, String lank) {
        Avslut avslut = insats.getAvslut();
        if (avslut == null || avslut.getAvslutsorsak() != Avslutsorsak.ARBETE && avslut.getAvslutsorsak() != Avslutsorsak.STUDIER) {
            return null;
        }
        Texter t = k.texter();
        LocalDate fran = avslut.getAvslutsdatum().plusMonths(MANADER);
        List<Sexmanadersuppfoljning> alla = insats.getSexmanadersuppfoljningar();
        Sexmanadersuppfoljning senaste = alla.isEmpty() ? null : alla.get(alla.size() - 1);
        Map<String, Object> del = new LinkedHashMap<>();
        if (senaste == null) {
            boolean nu = !k.idag().isBefore(fran);
            del.put("lage", t.text(nu ? "sexmanader.kanLamnas" : "sexmanader.fran", fran.toString())); //$NON-NLS-1$ //$NON-NLS-2$
            if (nu) {
                del.put("lank", lank + "/sexmanader"); //$NON-NLS-1$ //$NON-NLS-2$
                del.put("lanktext", t.text("sexmanader.lamna")); //$NON-NLS-1$ //$NON-NLS-2$
            }
        } else if (senaste.getStatus() == Uppfoljningsstatus.KOMPLETTERING_BEGARD) {
            del.put("lage", t.text("sexmanader.kompletteraLage")); //$NON-NLS-1$ //$NON-NLS-2$
            del.put("lank", lank + "/sexmanader"); //$NON-NLS-1$ //$NON-NLS-2$
            del.put("lanktext", t.text("sexmanader.komplettera")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        List<Map<String, Object>> inlamningar = new ArrayList<>();
        for (int i = alla.size() - 1; i >= 0; i--) {
            inlamningar.add(inlamning(alla.get(i), i + 1));
        }
        if (!inlamningar.isEmpty()) {
            del.put("inlamningar", inlamningar); //$NON-NLS-1$
        }
        return del;
    }

    private Map<String, Object> inlamning(Sexmanadersuppfoljning s, int nummer) {
        Texter t = k.texter();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rubrik", t.text("sexmanader.inlamning", nummer, String.valueOf(s.getInlamnad()))); //$NON-NLS-1$ //$NON-NLS-2$
        m.put("id", "inlamning-" + nummer); //$NON-NLS-1$ //$NON-NLS-2$
        m.put("underlag", t.kod(s.getUnderlag())); //$NON-NLS-1$
        if (s.getBeskrivning() != null && !s.getBeskrivning().isBlank()) {
            m.put("beskrivning", s.getBeskrivning()); //$NON-NLS-1$
        }
        m.put("granskning", granskning(s)); //$NON-NLS-1$
        if (s.getMotivering() != null && !s.getMotivering().isBlank()) {
            m.put("kommentar", s.getMotivering()); //$NON-NLS-1$
        }
        List<Map<String, String>> dokument = new ArrayList<>();
        for (Dokument d : s.getDokument()) {
            Dokumenttyp typ = Dokumenttyp.avMimetyp(d.getInnehallstyp());
            dokument.add(Map.of("namn", d.getFilnamn(), "typ", typ == null ? d.getInnehallstyp() : typ.name(), //$NON-NLS-1$ //$NON-NLS-2$
                    "storlek", Storlek.text(d.getStorlek()), //$NON-NLS-1$
                    "uppladdad", d.getUppladdad() == null ? "" : TID.format(d.getUppladdad()))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (!dokument.isEmpty()) {
            m.put("dokument", Map.of("rader", dokument)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return m;
    }

    private String granskning(Sexmanadersuppfoljning s) {
        Texter t = k.texter();
        if (s.getStatus() == Uppfoljningsstatus.INLAMNAD || s.getBedomdAv() == null) {
            return t.text("sexmanader.vantar"); //$NON-NLS-1$
        }
        return t.text("sexmanader.granskad", t.kod(s.getStatus()), s.getBedomdAv(), String.valueOf(s.getBedomdDatum())); //$NON-NLS-1$
    }
}
