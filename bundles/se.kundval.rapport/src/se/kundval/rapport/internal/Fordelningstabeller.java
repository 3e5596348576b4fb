package se.kundval.rapport.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import se.kundval.core.rapport.Fordelning;
import se.kundval.core.rapport.Insatstyprad;
import se.kundval.core.rapport.Kvalitetsrapport;
import se.kundval.core.rapport.Rapportsektion;
import se.kundval.core.rapport.Resultatrad;
import se.kundval.core.rapport.Tillsynskrav;
import se.kundval.export.Kolumn;
import se.kundval.export.Tabell;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Kon;
import se.kundval.model.Uppfyllnadsgrad;
import se.kundval.model.Utbildningsniva;

/**
 * The distributions (avslutsorsak, kön, utbildningsnivå, språk) over all insatser with a count
 * column per insatstyp, the tillsyn tables and one table per contributed section.
 */
final class Fordelningstabeller {

    private final Kvalitetsrapport rapport;
    private final Etiketter etiketter = new Etiketter();

    Fordelningstabeller(Kvalitetsrapport rapport) {
        this.rapport = rapport;
    }

    List<Tabell> tabeller() {
        List<Tabell> tabeller = new ArrayList<>();
        tabeller.add(fordelning(Messages.tabellAvslutsorsaker, Resultatrad::avslutsorsaker, Avslutsorsak.class));
        tabeller.add(fordelning(Messages.tabellKon, Resultatrad::kon, Kon.class));
        tabeller.add(fordelning(Messages.tabellUtbildning, Resultatrad::utbildningsniva, Utbildningsniva.class));
        tabeller.add(fordelning(Messages.tabellSprak, Resultatrad::sprak, null));
        tabeller.add(tillsyn());
        tabeller.add(atgarder());
        for (Rapportsektion sektion : rapport.sektioner()) {
            tabeller.add(sektion(sektion));
        }
        return tabeller;
    }

    /** @param koder the enum whose labels the categories are, or null for free text (språk) */
    private Tabell fordelning(String rubrik, Function<Resultatrad, Fordelning> del, Class<? extends Enum<?>> koder) {
        List<Kolumn> kolumner = new ArrayList<>(List.of(Kolumn.text(Messages.kategori), Kolumn.heltal(Messages.antal),
                Kolumn.andel(Messages.andel)));
        for (Insatstyprad typ : rapport.insatstyper().values()) {
            kolumner.add(Kolumn.heltal(typ.kod()));
        }
        Fordelning totalt = del.apply(rapport.totalt().resultat());
        List<List<Object>> rader = new ArrayList<>();
        for (String kategori : totalt.antal().keySet()) {
            List<Object> rad = Rapportdokument.rad(etiketter.av(koder, kategori), totalt.antal(kategori), Rapportdokument.andel(totalt.andel(kategori)));
            for (Insatstyprad typ : rapport.insatstyper().values()) {
                rad.add(del.apply(typ.resultat()).antal(kategori));
            }
            rader.add(rad);
        }
        return new Tabell(rubrik, kolumner, rader, Messages.fotnotOsaker);
    }

    private Tabell tillsyn() {
        List<Kolumn> kolumner = new ArrayList<>(List.of(Kolumn.text(Messages.del), Kolumn.text(Messages.krav)));
        for (Uppfyllnadsgrad grad : Uppfyllnadsgrad.values()) {
            kolumner.add(Kolumn.heltal(etiketter.av(Uppfyllnadsgrad.class, grad.getLiteral())));
        }
        List<List<Object>> rader = new ArrayList<>();
        for (Tillsynskrav krav : rapport.tillsyn()) {
            List<Object> rad = Rapportdokument.rad(krav.del() == null ? null : krav.del().getLiteral(), krav.krav());
            for (Uppfyllnadsgrad grad : Uppfyllnadsgrad.values()) {
                rad.add(krav.antal(grad));
            }
            rader.add(rad);
        }
        return new Tabell(Messages.tabellTillsyn, kolumner, rader, null);
    }

    private Tabell atgarder() {
        List<Kolumn> kolumner = List.of(Kolumn.text(Messages.del), Kolumn.text(Messages.krav), Kolumn.text(Messages.orgnr),
                Kolumn.heltal(Messages.ar), Kolumn.text(Messages.uppfyllnadsgrad), Kolumn.text(Messages.atgard),
                Kolumn.datum(Messages.deadline));
        List<List<Object>> rader = new ArrayList<>();
        for (Tillsynskrav krav : rapport.tillsyn()) {
            for (Tillsynskrav.Atgard a : krav.atgarder()) {
                rader.add(Rapportdokument.rad(krav.del() == null ? null : krav.del().getLiteral(), krav.krav(), a.orgnr(), a.ar(),
                        etiketter.av(Uppfyllnadsgrad.class, a.uppfyllnadsgrad().getLiteral()), a.atgard(), a.deadline()));
            }
        }
        return new Tabell(Messages.tabellTillsynAtgarder, kolumner, rader, null);
    }

    /**
     * A contributed section: its row keys first, then its columns typed by the values they hold and
     * headed by their label in etiketter.properties ({@code kolumn.<key>}) when there is one.
     */
    private Tabell sektion(Rapportsektion sektion) {
        List<Kolumn> kolumner = new ArrayList<>(List.of(Kolumn.text(Messages.avser)));
        for (String kolumn : sektion.kolumner()) {
            kolumner.add(kolumn(etiketter.kolumn(kolumn), sektion.rader().values().stream().map(r -> r.get(kolumn)).toList()));
        }
        List<List<Object>> rader = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> post : sektion.rader().entrySet()) {
            List<Object> rad = Rapportdokument.rad(post.getKey());
            sektion.kolumner().forEach(k -> rad.add(post.getValue().get(k)));
            rader.add(rad);
        }
        return new Tabell(sektion.rubrik(), kolumner, rader, null);
    }

    private static Kolumn kolumn(String rubrik, List<Object> varden) {
        List<Object> satta = varden.stream().filter(v -> v != null).toList();
        if (satta.isEmpty() || !satta.stream().allMatch(Number.class::isInstance)) {
            return Kolumn.text(rubrik);
        }
        int decimaler = satta.stream().mapToInt(v -> v instanceof BigDecimal b ? Math.max(0, b.scale())
                : v instanceof Double || v instanceof Float ? 2 : 0).max().orElse(0);
        return decimaler == 0 ? Kolumn.heltal(rubrik) : Kolumn.decimal(rubrik, decimaler);
    }
}
