package se.kundval.rapport.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import se.kundval.core.rapport.Kvalitetsrapport;
import se.kundval.core.rapport.Rapportsektion;
import se.kundval.core.rapport.Tillsynskrav;

/**
 * The report's tabs: Resultat (every measure per row), Fördelningar (one distribution at a time),
 * Diagram, Justerad jämförelse (DOMAIN §13), Tillsyn, and one tab per section a plugin contributed. Figures and bars are handed to
 * the part as (what the figure is, its cell) to drill down from.
 */
final class Rapportflikar {

    static final String RESULTAT = "se.kundval.rapport.ui.rapport.resultat"; //$NON-NLS-1$
    static final String FORDELNING = "se.kundval.rapport.ui.rapport.fordelning"; //$NON-NLS-1$
    static final String FORDELNINGSVAL = "se.kundval.rapport.ui.rapport.fordelningsval"; //$NON-NLS-1$
    static final String FLIKAR = "se.kundval.rapport.ui.rapport.flikar"; //$NON-NLS-1$

    /** Longer than any tab's title, so the folder never shortens one. */
    private static final int HELA_FLIKRUBRIKER = 80;
    private static final int MINSTA_RUBRIKBREDD = 200;

    private final CTabFolder mapp;
    private final Rapporttabell resultat;
    private final Combo fordelningsval;
    private final Rapporttabell fordelning;
    private final Diagramflik diagram;
    private final Jamforelseflik jamforelse;
    private final Tillsynstabell<Tillsynskrav> tillsyn;
    private final List<CTabItem> sektioner = new ArrayList<>();
    private List<Rapportrad> rader = List.of();

    Rapportflikar(Composite parent, BiConsumer<String, Cell> underlag) {
        mapp = new CTabFolder(parent, SWT.BORDER | SWT.FLAT);
        mapp.setData(KvalitetsrapportPart.DATANYCKEL, FLIKAR);
        // a title is shown whole or its tab goes behind the folder's chevron, never shortened with "…"
        mapp.setMinimumCharacters(HELA_FLIKRUBRIKER);
        BiConsumer<Rapporttabell, Rapporttabell.Traff> fran = (t, traff) ->
                underlag.accept(traff.kolumn().rubrik() + " \u2013 " + traff.rad().namn(), traff.cell()); //$NON-NLS-1$
        resultat = new Rapporttabell(mapp, fran);
        resultat.natTable().setData(KvalitetsrapportPart.DATANYCKEL, RESULTAT);
        flik(Messages.flikResultat, resultat.natTable());

        Composite fordelningar = new Composite(mapp, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 4).numColumns(2).applyTo(fordelningar);
        new Label(fordelningar, SWT.NONE).setText(Messages.visaFordelning);
        fordelningsval = new Combo(fordelningar, SWT.READ_ONLY | SWT.DROP_DOWN);
        fordelningsval.setData(KvalitetsrapportPart.DATANYCKEL, FORDELNINGSVAL);
        fordelningsval.setItems(Fordelningsval.namn());
        fordelningsval.select(0);
        fordelningsval.addListener(SWT.Selection, e -> visaFordelning());
        fordelning = new Rapporttabell(fordelningar, fran);
        fordelning.natTable().setData(KvalitetsrapportPart.DATANYCKEL, FORDELNING);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(fordelning.natTable());
        flik(Messages.flikFordelningar, fordelningar);

        diagram = new Diagramflik(mapp, Rapportdiagram.ANTAL, (d, stapel) -> underlag.accept(d.rubrik() + " \u2013 " + stapel.etikett(), //$NON-NLS-1$
                new Cell(stapel.etikett(), stapel.osaker(), stapel.figur())));
        flik(Messages.flikDiagram, diagram.kontroll());
        jamforelse = new Jamforelseflik(mapp);
        flik(Messages.flikJamforelse, jamforelse.kontroll());
        tillsyn = Tillsynstabell.tillsyn(mapp);
        flik(Messages.flikTillsyn, tillsyn.kontroll());
        mapp.setSelection(0);
    }

    private CTabItem flik(String text, Control innehall) {
        CTabItem flik = new CTabItem(mapp, SWT.NONE);
        flik.setText(text);
        flik.setControl(innehall);
        return flik;
    }

    Control kontroll() {
        return mapp;
    }

    void visa(Kvalitetsrapport rapport) {
        rader = Rapportrad.av(rapport);
        resultat.visa(rader, Arrays.stream(Mattkolumn.values()).map(Mattkolumn::kolumn).toList());
        visaFordelning();
        diagram.visa(Rapportdiagram.av(rapport));
        jamforelse.visa(rapport);
        tillsyn.visa(rapport.tillsyn());
        sektioner.forEach(f -> {
            f.getControl().dispose();
            f.dispose();
        });
        sektioner.clear();
        for (Rapportsektion sektion : rapport.sektioner()) {
            Composite yta = new Composite(mapp, SWT.NONE);
            GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(yta);
            Label rubrik = new Label(yta, SWT.WRAP);
            rubrik.setText(sektion.rubrik());
            GridDataFactory.fillDefaults().grab(true, false).hint(MINSTA_RUBRIKBREDD, SWT.DEFAULT).applyTo(rubrik);
            Tillsynstabell<Map.Entry<String, Map<String, Object>>> tabell = Tillsynstabell.sektion(yta, sektion);
            tabell.visa(new ArrayList<>(sektion.rader().entrySet()));
            GridDataFactory.fillDefaults().grab(true, true).applyTo(tabell.kontroll());
            CTabItem flik = flik(flikrubrik(sektion.rubrik()), yta);
            flik.setToolTipText(sektion.rubrik());
            sektioner.add(flik);
        }
    }

    /**
     * A section's tab is named by the head of its title, the part before ":" or "(": the whole title
     * made the tab so wide that the folder cut it to "Budgetprognos: periodens påbörjade insatser som
     * fulla i…". The whole title stands above the section's table.
     */
    static String flikrubrik(String rubrik) {
        int slut = rubrik.length();
        for (char tecken : new char[] {':', '('}) {
            int i = rubrik.indexOf(tecken);
            if (i > 0) {
                slut = Math.min(slut, i);
            }
        }
        return rubrik.substring(0, slut).strip();
    }

    private void visaFordelning() {
        Fordelningsval val = Fordelningsval.values()[Math.max(0, fordelningsval.getSelectionIndex())];
        fordelning.visa(rader, val.kolumner(rader));
    }

    /** The selected figure of the table on the tab shown. */
    Optional<Rapporttabell.Traff> markerad() {
        return switch (mapp.getSelectionIndex()) {
            case 0 -> resultat.markerad();
            case 1 -> fordelning.markerad();
            default -> Optional.empty();
        };
    }

    void valjFlik(int index) {
        mapp.setSelection(index);
    }

    Rapporttabell resultat() {
        return resultat;
    }

    Rapporttabell fordelning() {
        return fordelning;
    }

    Diagramflik diagram() {
        return diagram;
    }

    Jamforelseflik jamforelse() {
        return jamforelse;
    }
}
