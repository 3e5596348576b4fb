package se.kundval.rapport.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.rapport.Anordnarrad;
import se.kundval.core.rapport.Effektandel;
import se.kundval.core.rapport.Fallmix;
import se.kundval.core.rapport.Insatstyprad;
import se.kundval.core.rapport.Jamforelsetexter;
import se.kundval.core.rapport.JusteradKvot;
import se.kundval.core.rapport.Kvalitetsrapport;
import se.kundval.core.rapport.Oddskvot;
import se.kundval.core.rapport.Resultatrad;
import se.kundval.core.tjanst.Effektuppfoljt;
import se.kundval.export.Dokumentdel;
import se.kundval.export.Kolumn;
import se.kundval.export.Tabell;
import se.kundval.export.Trattdiagram;

/**
 * The parts of the report's files for DOMAIN §13: the justerad kvot per anordnare, its funnel plot,
 * the effekt of lyckade avslut per type and anordnare, and the model's odds ratios as an appendix.
 */
final class Jamforelsedelar {

    /** Normal quantiles of the funnel's limits: 95 % and 99.8 % two-sided. */
    static final double Z95 = JusteradKvot.Z95;
    static final double Z998 = 3.09;

    private final Kvalitetsrapport rapport;

    Jamforelsedelar(Kvalitetsrapport rapport) {
        this.rapport = rapport;
    }

    /** The table, the funnel plot and the effekt table, in that order. */
    List<Dokumentdel> delar() {
        return List.of(justerad(), tratt(rapport), effekt());
    }

    private Tabell justerad() {
        List<Kolumn> kolumner = List.of(Kolumn.text(Messages.orgnr), Kolumn.text(Messages.anordnare),
                Kolumn.heltal(Messages.bedomdaAvslut), Kolumn.heltal(Messages.lyckade), Kolumn.andel(Messages.andelLyckade),
                Kolumn.decimal(Messages.forvantadeLyckade, 1), Kolumn.decimal(Messages.justeradKvot, 2),
                Kolumn.decimal(Messages.intervallLag, 2), Kolumn.decimal(Messages.intervallHog, 2), Kolumn.text(Messages.tolkning));
        List<List<Object>> rader = new ArrayList<>();
        for (Anordnarrad a : rapport.anordnare().values()) {
            JusteradKvot k = a.justering();
            rader.add(Rapportdokument.rad(a.orgnr(), a.namn(), k.bedomda(), k.observerade(),
                    k.bedomda() == 0 ? null : BigDecimal.valueOf(k.observerade()).divide(BigDecimal.valueOf(k.bedomda()), 4,
                            RoundingMode.HALF_UP),
                    k.visas() ? JusteradKvot.avrundat(k.forvantade(), 1) : null, JusteradKvot.avrundat(k.kvot(), 2),
                    JusteradKvot.avrundat(k.lag(), 2), JusteradKvot.avrundat(k.hog(), 2), Jamforelsetexter.av(k.tolkning())));
        }
        return new Tabell(Messages.tabellJusterad, kolumner, rader,
                NLS.bind(Messages.fotnotJusterad, JusteradKvot.MINSTA_ANTAL) + ' ' + Jamforelsetexter.av(rapport.fallmix()));
    }

    /** The anordnare with a justerad kvot as points; shared with the workbench's plot. */
    static Trattdiagram tratt(Kvalitetsrapport rapport) {
        List<Trattdiagram.Punkt> punkter = new ArrayList<>();
        for (Anordnarrad a : rapport.anordnare().values()) {
            JusteradKvot k = a.justering();
            if (k.visas()) {
                punkter.add(new Trattdiagram.Punkt(a.namn() == null ? a.orgnr() : a.namn(), k.forvantade(), k.kvot()));
            }
        }
        return new Trattdiagram(Messages.diagramTratt, Messages.forvantadeLyckade, Messages.justeradKvot, punkter,
                1 - rapport.fallmix().andelLyckade(),
                List.of(new Trattdiagram.Grans(Messages.grans95, Z95), new Trattdiagram.Grans(Messages.grans998, Z998)));
    }

    private Tabell effekt() {
        List<Kolumn> kolumner = new ArrayList<>(List.of(Kolumn.text(Messages.rad), Kolumn.text(Messages.namn),
                Kolumn.heltal(Messages.lyckade)));
        for (int manad : Effektuppfoljt.MANADER) {
            kolumner.add(Kolumn.heltal(NLS.bind(Messages.effektEgen, manad)));
            kolumner.add(Kolumn.heltal(NLS.bind(Messages.effektUppfoljda, manad)));
            kolumner.add(Kolumn.andel(NLS.bind(Messages.effektAndel, manad)));
            kolumner.add(Kolumn.heltal(NLS.bind(Messages.effektEjUppfoljda, manad)));
        }
        List<List<Object>> rader = new ArrayList<>();
        for (Insatstyprad t : rapport.insatstyper().values()) {
            rader.add(effekt(t.kod(), t.namn(), t.resultat()));
        }
        for (Anordnarrad a : rapport.anordnare().values()) {
            rader.add(effekt(a.orgnr(), a.namn(), a.resultat()));
        }
        rader.add(effekt(Messages.totalt, null, rapport.totalt().resultat()));
        return new Tabell(Messages.tabellEffekt, kolumner, rader, Messages.fotnotEffekt);
    }

    private static List<Object> effekt(String forsta, String andra, Resultatrad r) {
        List<Object> rad = Rapportdokument.rad(forsta, andra, r.lyckade().antal());
        for (Effektandel e : r.effekt().perManad().values()) {
            rad.addAll(List.of(e.iEgenForsorjning(), e.uppfoljda()));
            rad.add(Rapportdokument.andel(e.andel()));
            rad.add(e.ejUppfoljda());
        }
        return rad;
    }

    /** The appendix: every covariate level with its odds ratio and interval, the reference marked. */
    Tabell bilaga() {
        Fallmix f = rapport.fallmix();
        List<Kolumn> kolumner = List.of(Kolumn.text(Messages.kovariat), Kolumn.text(Messages.niva), Kolumn.heltal(Messages.bedomdaAvslut),
                Kolumn.decimal(Messages.oddskvot, 2), Kolumn.decimal(Messages.intervallLag, 2), Kolumn.decimal(Messages.intervallHog, 2),
                Kolumn.text(Messages.anmarkning));
        List<List<Object>> rader = new ArrayList<>();
        for (Oddskvot o : f.oddskvoter()) {
            rader.add(Rapportdokument.rad(Jamforelsetexter.kovariat(o.kovariat()), Jamforelsetexter.niva(o.kovariat(), o.niva()),
                    o.avslut(), JusteradKvot.avrundat(o.oddskvot(), 2), JusteradKvot.avrundat(o.lag(), 2),
                    JusteradKvot.avrundat(o.hog(), 2), o.referens() ? Jamforelsetexter.referens : null));
        }
        return new Tabell(Messages.tabellBilaga, kolumner, rader, Jamforelsetexter.av(f) + ' ' + Messages.fotnotBilaga);
    }
}
