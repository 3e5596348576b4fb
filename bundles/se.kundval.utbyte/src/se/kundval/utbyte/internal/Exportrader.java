package se.kundval.utbyte.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import se.kundval.core.utbyte.Utbytesformat;
import se.kundval.model.Anordnare;
import se.kundval.model.Auktorisation;
import se.kundval.model.Avslut;
import se.kundval.model.Avslutsbedomning;
import se.kundval.model.Beslut;
import se.kundval.model.BeslutTyp;
import se.kundval.model.Enkatsvar;
import se.kundval.model.Enkatutskick;
import se.kundval.model.Insats;
import se.kundval.model.Kon;
import se.kundval.model.Kund;
import se.kundval.model.Manadsrapport;
import se.kundval.model.Pris;
import se.kundval.model.regler.Bedomningar;
import se.kundval.model.tid.Insatsperiod;

/**
 * The rows of each interchange file, as the import reads them back. Every file is sorted by its
 * key columns, which come first, so the same data always gives the same bytes.
 */
final class Exportrader {

    /** Rows compared column by column: the key columns lead each file. */
    private static final Comparator<List<String>> ORDNING = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    private Exportrader() {
    }

    static List<List<String>> anordnare(List<Anordnare> alla) {
        return sorterade(alla.stream().map(a -> List.of(t(a.getOrgnr()), t(a.getNamn()))).toList());
    }

    static List<List<String>> auktorisationer(List<Anordnare> alla) {
        List<List<String>> rader = new ArrayList<>();
        for (Anordnare a : alla) {
            for (Auktorisation au : a.getAuktorisationer()) {
                rader.add(List.of(t(a.getOrgnr()), t(au.getInsatstyp().getKod()), t(au.getFran()), t(au.getTill())));
            }
        }
        return sorterade(rader);
    }

    static List<List<String>> kunder(List<Kund> alla) {
        return sorterade(alla.stream().map(k -> List.of(t(k.getKundId()), t(k.getPersonnummer()), t(k.getNamn()),
                kon(k.getKon()), t(k.getUtbildningsniva()), t(k.getSprak()), Utbytesformat.jn(k.isEkonomisktBistand()),
                Utbytesformat.jn(k.isEtableringsprogram()), Utbytesformat.jn(k.isEtableringsersattning()),
                k.isArbetsformagaOklar() ? Kundlasning.OKLAR : t(k.getArbetsformaga()), t(k.getKommun()),
                t(k.getAnsvarigKarriarvagledare()))).toList());
    }

    private static String kon(Kon kon) {
        return kon == null ? "" : Kundlasning.KONSKODER.get(kon.getValue()); //$NON-NLS-1$
    }

    static List<List<String>> insatser(List<Insats> alla) {
        return sorterade(alla.stream().map(Exportrader::insats).toList());
    }

    private static List<String> insats(Insats i) {
        Avslut avslut = i.getAvslut();
        Avslutsbedomning bedomning = Bedomningar.aktuell(avslut).orElse(null);
        return List.of(t(i.getInsatsId()), t(i.getKund().getKundId()), t(i.getInsatstyp().getKod()),
                t(i.getAnordnare().getOrgnr()), t(beslutsdatum(i)), t(i.getStartdatum()), t(i.getLangdManader()),
                t(slutdatum(i)), t(avslut == null ? null : avslut.getAvslutsdatum()),
                t(avslut == null ? null : avslut.getAvslutsorsak()),
                bedomning == null ? "" : Utbytesformat.jn(bedomning.isLyckat()), //$NON-NLS-1$
                bedomning == null ? "" : Utbytesformat.jn(bedomning.isBonusgrundande())); //$NON-NLS-1$
    }

    private static Object beslutsdatum(Insats i) {
        return i.getBeslut().stream().filter(b -> b.getTyp() == BeslutTyp.BEVILJANDE).map(Beslut::getDatum).findFirst()
                .orElse(null);
    }

    /** The end after förlängningar: as decided, else computed when förlängningar exist, else empty. */
    private static Object slutdatum(Insats i) {
        if (i.getSlutdatum() != null) {
            return i.getSlutdatum();
        }
        boolean forlangd = i.getBeslut().stream().anyMatch(b -> b.getTyp() == BeslutTyp.FORLANGNING);
        return forlangd ? Insatsperiod.av(i).slut() : null;
    }

    static List<List<String>> manadsrapporter(List<Insats> alla) {
        List<List<String>> rader = new ArrayList<>();
        for (Insats i : alla) {
            for (Manadsrapport r : i.getManadsrapporter()) {
                rader.add(List.of(t(i.getInsatsId()), t(r.getPeriod()), t(r.getStatus()), t(r.getInlamnad())));
            }
        }
        return sorterade(rader);
    }

    static List<List<String>> enkat(List<Enkatsvar> alla) {
        return sorterade(alla.stream().map(e -> List.of(t(e.getAnordnare().getOrgnr()), t(e.getAr()), t(e.getRespondent()),
                t(e.getFraga()), t(e.getOmrade()), t(e.getSvar()))).toList());
    }

    static List<List<String>> enkatutskick(List<Enkatutskick> alla) {
        return sorterade(alla.stream().map(e -> List.of(t(e.getAnordnare().getOrgnr()), t(e.getAr()), t(e.getAntal())))
                .toList());
    }

    static List<List<String>> priser(List<Pris> alla) {
        return sorterade(alla.stream().map(p -> List.of(t(p.getInsatstyp().getKod()), t(p.getGiltigFran()),
                belopp(p.getCheckbelopp()), belopp(p.getBonus()))).toList());
    }

    /** Kronor with two decimals, as the database stores them, so every export writes the same text. */
    private static String belopp(BigDecimal belopp) {
        return belopp == null ? "" : belopp.setScale(2, RoundingMode.UNNECESSARY).toPlainString(); //$NON-NLS-1$
    }

    private static String t(Object varde) {
        return Utbytesformat.text(varde);
    }

    private static List<List<String>> sorterade(List<List<String>> rader) {
        List<List<String>> kopia = new ArrayList<>(rader);
        kopia.sort(ORDNING);
        return kopia;
    }
}
