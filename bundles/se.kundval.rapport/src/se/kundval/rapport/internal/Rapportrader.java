package se.kundval.rapport.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.kundval.core.rapport.Andel;
import se.kundval.core.rapport.Anordnarrad;
import se.kundval.core.rapport.Insatstyprad;
import se.kundval.core.rapport.Rapportperiod;
import se.kundval.model.Anordnare;
import se.kundval.model.Insatstyp;

/** The kvalitetsrapport's rows per insatstyp and per anordnare (DOMAIN §7), from the pass's sums. */
final class Rapportrader {

    private Rapportrader() {
    }

    /** The types with insatser or auktorisationer in the period, or offered during it, in code order. */
    static Map<String, Insatstyprad> typrader(Map<String, Insatstyp> typer, Insamling insamling,
            Auktorisationer auktorisationer, Rapportperiod period) {
        Map<String, Insatstyprad> rader = new LinkedHashMap<>();
        typer.values().stream().sorted((a, b) -> a.getKod().compareTo(b.getKod())).forEach(typ -> {
            String kod = typ.getKod();
            Radackumulator rad = insamling.perTyp().get(kod);
            boolean erbjuden = (typ.getGiltigFran() == null || !typ.getGiltigFran().isAfter(period.till()))
                    && (typ.getGiltigTill() == null || !typ.getGiltigTill().isBefore(period.fran()));
            if (rad != null || erbjuden || auktorisationer.typer().contains(kod)) {
                Radackumulator r = rad == null ? new Radackumulator() : rad;
                rader.put(kod, new Insatstyprad(kod, typ.getNamn(), r.resultat(), auktorisationer.forTyp(kod), r.aktivaAnordnare()));
            }
        });
        return rader;
    }

    /** The anordnare with insatser, auktorisationer or survey answers in the period, in name order. */
    static Map<String, Anordnarrad> anordnarrader(List<Anordnare> allaAnordnare, Insamling insamling,
            Auktorisationer auktorisationer, Undersokningsberakning undersokning, int allaKunder, Jamforelse jamforelse) {
        Map<String, Anordnarrad> rader = new LinkedHashMap<>();
        for (Anordnare a : allaAnordnare) {
            String orgnr = a.getOrgnr();
            Radackumulator rad = insamling.perAnordnare().get(orgnr);
            if (rad != null || auktorisationer.auktoriserad(orgnr) || undersokning.anordnare().contains(orgnr)) {
                Radackumulator r = rad == null ? new Radackumulator() : rad;
                rader.put(orgnr, new Anordnarrad(orgnr, a.getNamn(), r.resultat(), new Andel(r.kunder(), allaKunder),
                        undersokning.anordnare(orgnr), jamforelse.kvot(orgnr)));
            }
        }
        return rader;
    }
}
