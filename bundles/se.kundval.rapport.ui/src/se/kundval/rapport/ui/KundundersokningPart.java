package se.kundval.rapport.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import se.kundval.core.Inloggning;
import se.kundval.core.Rattighet;
import se.kundval.core.rapport.Anordnarrad;
import se.kundval.core.rapport.Kundundersokning;
import se.kundval.core.rapport.Kvalitetsrapport;
import se.kundval.core.rapport.Nki;
import se.kundval.core.rapport.RapportService;
import se.kundval.core.rapport.Rapportperiod;
import se.kundval.core.utbyte.UtbytesService;
import se.kundval.core.utbyte.UtbytesfelException;
import se.kundval.model.Omrade;
import se.kundval.ui.Filvaljare;
import se.kundval.ui.Bakgrund;

/**
 * The Kundundersökning part (kvalitetsutvecklare): NKI per anordnare and area for a year, withheld
 * below five respondents, with svarsfrekvens; and the import of enkat.csv and enkat_utskick.csv from
 * a folder, all or nothing, with every problem as file:line.
 */
public class KundundersokningPart {

    public static final String ID = "se.kundval.rapport.ui.part.kundundersokning"; //$NON-NLS-1$
    public static final String AR = "se.kundval.rapport.ui.kundundersokning.ar"; //$NON-NLS-1$
    public static final String IMPORTERA = "se.kundval.rapport.ui.kundundersokning.importera"; //$NON-NLS-1$
    public static final String TABELL = "se.kundval.rapport.ui.kundundersokning.tabell"; //$NON-NLS-1$
    public static final String RESULTAT = "se.kundval.rapport.ui.kundundersokning.resultat"; //$NON-NLS-1$

    /** One row: an anordnare, or all of them. */
    private record Nkirad(String namn, Kundundersokning undersokning) {
    }

    private volatile Inloggning vem;

    @Inject
    @Service
    private Clock klocka;

    @Inject
    private RapportService rapporter;

    @Inject
    private UtbytesService utbyte;

    @Inject
    private UISynchronize ui;

    @Inject
    @Optional
    private Filvaljare filvaljare;

    private Composite yta;
    private Spinner ar;
    private Button importera;
    private TableViewer tabell;
    private Text resultat;

    @PostConstruct
    void skapa(Composite parent) {
        yta = parent;
        GridLayoutFactory.fillDefaults().margins(10, 8).spacing(0, 8).applyTo(parent);
        Composite rad = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).spacing(8, 0).applyTo(rad);
        new Label(rad, SWT.NONE).setText(Messages.ar);
        ar = new Spinner(rad, SWT.BORDER);
        ar.setData(KvalitetsrapportPart.DATANYCKEL, AR);
        // the survey of a year is sent out at its end, so the year just ended is the one with answers
        ar.setValues(LocalDate.now(klocka).getYear() - 1, 2000, 2100, 0, 1, 1);
        ar.addListener(SWT.Selection, e -> las());
        importera = new Button(rad, SWT.PUSH);
        importera.setText(Messages.importeraEnkat);
        importera.setData(KvalitetsrapportPart.DATANYCKEL, IMPORTERA);
        importera.addListener(SWT.Selection, e -> importera());
        Composite ram = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(ram);
        TableColumnLayout layout = new TableColumnLayout();
        ram.setLayout(layout);
        tabell = new TableViewer(ram, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        tabell.getTable().setHeaderVisible(true);
        tabell.getTable().setLinesVisible(true);
        tabell.getTable().setData(KvalitetsrapportPart.DATANYCKEL, TABELL);
        tabell.setContentProvider(ArrayContentProvider.getInstance());
        kolumn(layout, Messages.kolumnAnordnare, 24, Nkirad::namn);
        kolumn(layout, Messages.kolumnNki, 10, r -> Siffror.nki(r.undersokning().nki()).text());
        for (Omrade omrade : Omrade.VALUES) {
            kolumn(layout, Siffror.etikett("Omrade", omrade.getLiteral()), 10, //$NON-NLS-1$
                    r -> Siffror.nki(r.undersokning().omraden().getOrDefault(omrade, Nki.INGET)).text());
        }
        kolumn(layout, Messages.kolumnInbjudna, 7, r -> Integer.toString(r.undersokning().inbjudna()));
        kolumn(layout, Messages.kolumnSvarsfrekvens, 12,
                r -> r.undersokning().inbjudna() == 0 ? Messages.saknas : Siffror.andel(r.undersokning().svarsfrekvens(), null).text());
        resultat = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        resultat.setData(KvalitetsrapportPart.DATANYCKEL, RESULTAT);
        resultat.setText(Messages.nkiForklaring);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 70).applyTo(resultat);
        las();
    }

    @Inject
    void inloggning(Inloggning inloggad) {
        vem = inloggad;
        if (importera != null && !importera.isDisposed()) {
            las();
        }
    }

    private void las() {
        importera.setEnabled(vem.har(Rattighet.HANTERA_KVALITET));
        int valtAr = ar.getSelection();
        Inloggning anvandare = vem;
        new Bakgrund(ui).hamta(NLS.bind(Messages.hamtarNki, valtAr), tabell.getTable(), () -> {
            Kvalitetsrapport rapport = rapporter.kvalitetsrapport(anvandare, Rapportperiod.ar(valtAr));
            List<Nkirad> rader = new ArrayList<>();
            for (Anordnarrad a : rapport.anordnare().values()) {
                if (a.undersokning().nki().svarande() > 0 || a.undersokning().inbjudna() > 0) {
                    rader.add(new Nkirad(a.namn(), a.undersokning()));
                }
            }
            rader.add(new Nkirad(Messages.allaAnordnare, rapport.totalt().undersokning()));
            return rader;
        }, rader -> {
            if (ar.getSelection() == valtAr) {
                tabell.setInput(rader);
            }
        });
    }

    private void importera() {
        Filvaljare valjare = filvaljare != null ? filvaljare : new Filvaljare();
        Path katalog = valjare.katalog(yta.getShell(), Messages.importeraEnkat, Messages.importKatalog);
        if (katalog == null) {
            return;
        }
        resultat.setText(NLS.bind(Messages.importerar, katalog));
        Inloggning anvandare = vem;
        Job.create(NLS.bind(Messages.importerar, katalog), (IProgressMonitor monitor) -> {
            String text;
            try {
                List<String> rader = new ArrayList<>();
                utbyte.importeraKundundersokning(anvandare, katalog)
                        .forEach(f -> rader.add(Siffror.format(Messages.importeradeRader, f.fil(), f.rader())));
                text = NLS.bind(Messages.importerat, String.join(", ", rader)); //$NON-NLS-1$
            } catch (UtbytesfelException e) {
                text = NLS.bind(Messages.importFel, e.antal(), String.join("\n", e.fel())); //$NON-NLS-1$
            } catch (RuntimeException e) {
                text = e.getMessage();
            }
            String visas = text;
            ui.asyncExec(() -> {
                if (!resultat.isDisposed()) {
                    resultat.setText(visas);
                    las();
                }
            });
            return Status.OK_STATUS;
        }).schedule();
    }

    private void kolumn(TableColumnLayout layout, String rubrik, int vikt, Function<Nkirad, String> text) {
        TableViewerColumn kolumn = new TableViewerColumn(tabell, SWT.NONE);
        kolumn.getColumn().setText(rubrik);
        kolumn.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Nkirad) element);
            }
        });
        layout.setColumnData(kolumn.getColumn(), new ColumnWeightData(vikt, 60));
    }

    @Focus
    void fokus() {
        ar.setFocus();
    }
}
