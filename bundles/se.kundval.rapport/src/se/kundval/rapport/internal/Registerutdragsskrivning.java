package se.kundval.rapport.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;

import se.kundval.core.dataskydd.Registerutdrag;
import se.kundval.core.dataskydd.Registerutdragsskrivare;
import se.kundval.core.dataskydd.Utdragsdel;
import se.kundval.core.dataskydd.Utdragsformat;
import se.kundval.core.json.Jsonkodek;
import se.kundval.export.Dokument;
import se.kundval.export.Dokumentdel;
import se.kundval.export.Kolumn;
import se.kundval.export.PdfSkrivare;
import se.kundval.export.Tabell;
import se.kundval.model.regler.Personnummer;

/**
 * A registerutdrag as JSON (each part an object with its heading and one object per record, keyed
 * by the Swedish labels) or as a PDF with one table per part, through the product's JSON codec and
 * PDF writer. Here because this bundle already holds the report's writers.
 */
@Component(service = Registerutdragsskrivare.class)
public class Registerutdragsskrivning implements Registerutdragsskrivare {

    private static final DateTimeFormatter TIDPUNKT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"); //$NON-NLS-1$

    private final Jsonkodek json = new Jsonkodek();

    @Override
    public void skriv(Registerutdrag utdrag, Utdragsformat format, OutputStream ut) throws IOException {
        if (format == Utdragsformat.PDF) {
            new PdfSkrivare().skriv(dokument(utdrag), ut);
        } else {
            json.skriv(json(utdrag), ut);
        }
    }

    private static Map<String, Object> json(Registerutdrag utdrag) {
        Map<String, Object> rot = new LinkedHashMap<>();
        rot.put("personnummer", utdrag.personnummer()); //$NON-NLS-1$
        rot.put("upprattat", utdrag.upprattat()); //$NON-NLS-1$
        rot.put("upprattat_av", utdrag.upprattatAv()); //$NON-NLS-1$
        Map<String, Object> delar = new LinkedHashMap<>();
        for (Utdragsdel del : utdrag.delar()) {
            List<Map<String, Object>> poster = new ArrayList<>();
            for (List<Object> rad : del.rader()) {
                Map<String, Object> post = new LinkedHashMap<>();
                for (int k = 0; k < del.kolumner().size(); k++) {
                    post.put(del.kolumner().get(k), rad.get(k));
                }
                poster.add(post);
            }
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("rubrik", del.rubrik()); //$NON-NLS-1$
            d.put("poster", poster); //$NON-NLS-1$
            delar.put(del.nyckel(), d);
        }
        rot.put("delar", delar); //$NON-NLS-1$
        return rot;
    }

    private static Dokument dokument(Registerutdrag utdrag) {
        List<Dokumentdel> tabeller = new ArrayList<>();
        for (Utdragsdel del : utdrag.delar()) {
            List<Kolumn> kolumner = del.kolumner().stream().map(Kolumn::text).toList();
            List<List<Object>> rader = new ArrayList<>();
            del.rader().forEach(rad -> rader.add(rad.stream().map(Registerutdragsskrivning::text).toList()));
            tabeller.add(new Tabell(del.rubrik(), kolumner, rader, rader.isEmpty() ? Messages.utdragInget : null));
        }
        return new Dokument(NLS.bind(Messages.utdragTitel, Personnummer.formaterat(utdrag.personnummer())),
                NLS.bind(Messages.utdragUndertitel, TIDPUNKT.format(utdrag.upprattat()), utdrag.upprattatAv()), tabeller);
    }

    /** What a person reads in a cell: Ja/Nej, a date, a time to the minute, a month. */
    private static Object text(Object varde) {
        if (varde == null) {
            return ""; //$NON-NLS-1$
        }
        if (varde instanceof Boolean b) {
            return b ? Messages.ja : Messages.nej;
        }
        if (varde instanceof LocalDateTime t) {
            return TIDPUNKT.format(t);
        }
        return String.valueOf(varde);
    }
}
