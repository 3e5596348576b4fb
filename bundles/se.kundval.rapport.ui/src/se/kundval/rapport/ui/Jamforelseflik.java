package se.kundval.rapport.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import se.kundval.core.rapport.Anordnarrad;
import se.kundval.core.rapport.Effektandel;
import se.kundval.core.rapport.Insatstyprad;
import se.kundval.core.rapport.Jamforelsetexter;
import se.kundval.core.rapport.JusteradKvot;
import se.kundval.core.rapport.Kvalitetsrapport;
import se.kundval.core.rapport.Oddskvot;
import se.kundval.core.rapport.Resultatrad;
import se.kundval.export.Trattdiagram;

/**
 * The justerad jämförelse of DOMAIN §13: the funnel plot beside the anordnare's figures (hovering or
 * clicking a point shows that anordnare's), the effekt of lyckade avslut per type and anordnare, and
 * the model's odds ratios, so that the comparison can be explained to a provider.
 */
final class Jamforelseflik {

    static final String TRATT = "se.kundval.rapport.ui.rapport.tratt"; //$NON-NLS-1$
    static final String DETALJ = "se.kundval.rapport.ui.rapport.tratt.detalj"; //$NON-NLS-1$
    static final String MODELL = "se.kundval.rapport.ui.rapport.tratt.modell"; //$NON-NLS-1$
    static final String ANORDNARE = "se.kundval.rapport.ui.rapport.tratt.anordnare"; //$NON-NLS-1$
    static final String EFFEKT = "se.kundval.rapport.ui.rapport.effekt"; //$NON-NLS-1$
    static final String ODDSKVOTER = "se.kundval.rapport.ui.rapport.oddskvoter"; //$NON-NLS-1$
    private static final double Z998 = 3.09;

    private final SashForm yta;
    private final Label modell;
    private final Trattyta tratt;
    private final Label detalj;
    private final Table anordnare;
    private final Table effekt;
    private final Table oddskvoter;
    private List<Anordnarrad> rader = List.of();
    private final List<Anordnarrad> punkter = new ArrayList<>();

    Jamforelseflik(Composite parent) {
        yta = new SashForm(parent, SWT.VERTICAL);
        Composite ovre = new Composite(yta, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(ovre);
        modell = new Label(ovre, SWT.WRAP);
        modell.setData(KvalitetsrapportPart.DATANYCKEL, MODELL);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(modell);
        SashForm delad = new SashForm(ovre, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(delad);
        tratt = new Trattyta(delad, TRATT, this::visaPunkt);
        Composite hoger = new Composite(delad, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 0).applyTo(hoger);
        detalj = new Label(hoger, SWT.WRAP);
        detalj.setData(KvalitetsrapportPart.DATANYCKEL, DETALJ);
        detalj.setText(Messages.jamforelsePeka);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(detalj);
        // the ratio and its reading first: they are what the column space is shortest of
        anordnare = tabell(hoger, ANORDNARE, Messages.kolumnAnordnare, Messages.kolumnKvot, Messages.kolumnIntervall,
                Messages.kolumnTolkning, Messages.kolumnBedomda, Messages.kolumnLyckade, Messages.kolumnForvantade);
        anordnare.addListener(SWT.Selection, e -> {
            int i = anordnare.getSelectionIndex();
            if (i >= 0) {
                detalj.setText(detalj(rader.get(i)));
                hoger.layout(true, true);
            }
        });
        delad.setWeights(55, 45);
        SashForm nedre = new SashForm(yta, SWT.HORIZONTAL);
        effekt = tabell(nedre, EFFEKT, Messages.kolumnEffektRad, Messages.kolumnLyckade, Messages.kolumnEffekt6,
                Messages.kolumnEffekt12, Messages.kolumnEffekt24);
        oddskvoter = tabell(nedre, ODDSKVOTER, Messages.kolumnKovariat, Messages.kolumnNiva, Messages.kolumnBedomda,
                Messages.kolumnOddskvot, Messages.kolumnIntervall);
        nedre.setWeights(62, 38);
        yta.setWeights(65, 35);
    }

    private static Table tabell(Composite parent, String nyckel, String... rubriker) {
        Table tabell = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        tabell.setData(KvalitetsrapportPart.DATANYCKEL, nyckel);
        tabell.setHeaderVisible(true);
        tabell.setLinesVisible(true);
        for (String rubrik : rubriker) {
            new TableColumn(tabell, SWT.NONE).setText(rubrik);
        }
        if (parent.getLayout() instanceof GridLayout) {
            GridDataFactory.fillDefaults().grab(true, true).applyTo(tabell);
        }
        return tabell;
    }

    Control kontroll() {
        return yta;
    }

    Trattyta tratt() {
        return tratt;
    }

    void visa(Kvalitetsrapport rapport) {
        modell.setText(Jamforelsetexter.av(rapport.fallmix()));
        rader = List.copyOf(rapport.anordnare().values());
        punkter.clear();
        List<Trattdiagram.Punkt> figurer = new ArrayList<>();
        for (Anordnarrad a : rader) {
            JusteradKvot k = a.justering();
            if (k.visas()) {
                punkter.add(a);
                figurer.add(new Trattdiagram.Punkt(namn(a), k.forvantade(), k.kvot()));
            }
        }
        tratt.visa(new Trattdiagram(Messages.diagramTratt, Messages.kolumnForvantade, Messages.kolumnKvot, figurer,
                1 - rapport.fallmix().andelLyckade(), List.of(new Trattdiagram.Grans(Messages.grans95, JusteradKvot.Z95),
                        new Trattdiagram.Grans(Messages.grans998, Z998))));
        anordnare.removeAll();
        for (Anordnarrad a : rader) {
            JusteradKvot k = a.justering();
            rad(anordnare, namn(a), tal(k.kvot(), 2), intervall(k.lag(), k.hog()), Jamforelsetexter.av(k.tolkning()),
                    String.valueOf(k.bedomda()), String.valueOf(k.observerade()), tal(k.visas() ? k.forvantade() : null, 1));
        }
        effekt.removeAll();
        for (Insatstyprad t : rapport.insatstyper().values()) {
            // the type's name alone: with its code too the first column took the room of the 12- and 24-month columns
            effekt(t.namn(), t.resultat());
        }
        for (Anordnarrad a : rader) {
            effekt(namn(a), a.resultat());
        }
        oddskvoter.removeAll();
        for (Oddskvot o : rapport.fallmix().oddskvoter()) {
            rad(oddskvoter, Jamforelsetexter.kovariat(o.kovariat()), Jamforelsetexter.niva(o.kovariat(), o.niva()),
                    String.valueOf(o.avslut()), tal(o.oddskvot(), 2), o.referens() ? Jamforelsetexter.referens : intervall(o.lag(), o.hog()));
        }
        detalj.setText(punkter.isEmpty() ? Messages.jamforelseIngaPunkter : Messages.jamforelsePeka);
        for (Table t : List.of(anordnare, effekt, oddskvoter)) {
            for (TableColumn k : t.getColumns()) {
                k.pack();
            }
        }
        yta.layout(true, true);
    }

    private void effekt(String namn, Resultatrad r) {
        List<String> celler = new ArrayList<>(List.of(namn, String.valueOf(r.lyckade().antal())));
        for (Effektandel e : r.effekt().perManad().values()) {
            celler.add(NLS.bind(Messages.effektCell, new Object[] {e.iEgenForsorjning(), e.uppfoljda(), Siffror.procent(e.andel().varde()),
                    e.ejUppfoljda()}));
        }
        rad(effekt, celler.toArray(String[]::new));
    }

    /** The figures of the point's anordnare, shown beside the plot and selected in the table. */
    private void visaPunkt(int index) {
        Anordnarrad a = punkter.get(index);
        detalj.setText(detalj(a));
        anordnare.setSelection(rader.indexOf(a));
        detalj.getParent().layout(true, true);
    }

    /** What a point or a row stands for, in words. */
    static String detalj(Anordnarrad a) {
        JusteradKvot k = a.justering();
        if (!k.visas()) {
            return NLS.bind(Messages.jamforelseForFa, new Object[] {namn(a), k.bedomda(), k.observerade(), JusteradKvot.MINSTA_ANTAL});
        }
        return NLS.bind(Messages.jamforelseDetalj, new Object[] {namn(a), k.bedomda(), k.observerade(),
                Siffror.procent(BigDecimal.valueOf(k.observerade()).divide(BigDecimal.valueOf(k.bedomda()), 4, RoundingMode.HALF_UP)),
                tal(k.forvantade(), 1), tal(k.kvot(), 2), intervall(k.lag(), k.hog()), Jamforelsetexter.av(k.tolkning())});
    }

    private static String namn(Anordnarrad a) {
        return a.namn() == null ? a.orgnr() : a.namn();
    }

    private static String tal(Double tal, int decimaler) {
        return Siffror.tal(JusteradKvot.avrundat(tal, decimaler), decimaler);
    }

    private static String intervall(Double lag, Double hog) {
        return lag == null || hog == null ? Messages.saknas : tal(lag, 2) + "\u2013" + tal(hog, 2); //$NON-NLS-1$
    }

    private static void rad(Table tabell, String... celler) {
        new TableItem(tabell, SWT.NONE).setText(celler);
    }
}
