package se.kundval.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import se.kundval.core.utbyte.Utbytesformat;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Insatstyp;
import se.kundval.model.Manadsrapportstatus;

/**
 * A generated insats: a row of insatser.csv and its rows of manadsrapporter.csv.
 *
 * @param slut    the end after förlängning when there was one, else null (computed)
 * @param avslut  the avslut, or null while the insats runs
 * @param lyckat  the judgement, or null while the avslut waits for it
 */
record Demoinsats(String insatsId, Demokund kund, Insatstyp typ, Demoanordnare anordnare, LocalDate beslut,
        LocalDate start, int langd, LocalDate slut, LocalDate avslut, Avslutsorsak orsak, Boolean lyckat,
        Boolean bonusgrundande, List<Rapport> rapporter) {

    /** A månadsrapport; status and inlämnad empty when it has not come in. */
    record Rapport(YearMonth period, Manadsrapportstatus status, LocalDate inlamnad) {
    }

    Demoinsats {
        rapporter = new ArrayList<>(rapporter);
    }

    /** The last day the insats is active: the avslut, or the planned end after förlängning. */
    LocalDate sistaDag() {
        if (avslut != null) {
            return avslut;
        }
        return slut != null ? slut : start.plusMonths(langd).minusDays(1);
    }

    List<String> rad() {
        return List.of(insatsId, kund.kundId(), typ.getKod(), anordnare.orgnr(), t(beslut), t(start), String.valueOf(langd),
                t(slut), t(avslut), t(orsak), Utbytesformat.jn(lyckat), Utbytesformat.jn(bonusgrundande));
    }

    List<List<String>> rapportrader() {
        return rapporter.stream().map(r -> List.of(insatsId, r.period().toString(), t(r.status()), t(r.inlamnad()))).toList();
    }

    private static String t(Object varde) {
        return Utbytesformat.text(varde);
    }
}
