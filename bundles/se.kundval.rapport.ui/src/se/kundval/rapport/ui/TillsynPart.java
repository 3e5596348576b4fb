package se.kundval.rapport.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.MDirtyable;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;

import se.kundval.core.Inloggning;
import se.kundval.core.KundvalException;
import se.kundval.core.Rattighet;
import se.kundval.core.tjanst.AnordnareService;
import se.kundval.core.tjanst.KvalitetService;
import se.kundval.model.Anordnare;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Tillsyn;
import se.kundval.model.Tillsynspunkt;
import se.kundval.ui.Bakgrund;
import se.kundval.ui.Felvisning;

/**
 * The Tillsyn part (kvalitetsutvecklare): the checklist of one anordnare for one year, its krav in
 * parts A–D with uppfyllnadsgrad, åtgärd and deadline, edited and saved through the KvalitetService
 * (Ctrl+S or Spara). A new tillsyn starts from the krav of the latest tillsyn made, so that every
 * anordnare is inspected on the same list.
 */
public class TillsynPart {

    public static final String ID = "se.kundval.rapport.ui.part.tillsyn"; //$NON-NLS-1$
    public static final String ANORDNARE = "se.kundval.rapport.ui.tillsyn.anordnare"; //$NON-NLS-1$
    public static final String AR = "se.kundval.rapport.ui.tillsyn.ar"; //$NON-NLS-1$
    public static final String NY = "se.kundval.rapport.ui.tillsyn.ny"; //$NON-NLS-1$
    public static final String LAGG_TILL = "se.kundval.rapport.ui.tillsyn.laggTill"; //$NON-NLS-1$
    public static final String TA_BORT = "se.kundval.rapport.ui.tillsyn.taBort"; //$NON-NLS-1$
    public static final String SPARA = "se.kundval.rapport.ui.tillsyn.spara"; //$NON-NLS-1$
    public static final String STATUS = "se.kundval.rapport.ui.tillsyn.status"; //$NON-NLS-1$

    private volatile Inloggning vem;

    @Inject
    @Service
    private Clock klocka;

    @Inject
    private KvalitetService kvalitet;

    @Inject
    private AnordnareService anordnarregister;

    @Inject
    private UISynchronize ui;

    @Inject
    private MDirtyable andrad;

    private Composite yta;
    private Combo anordnarval;
    private Spinner ar;
    private Button ny;
    private Button laggTill;
    private Button taBort;
    private Button spara;
    private Label status;
    private Tillsynspunkter punkter;
    private List<Anordnare> anordnare = List.of();
    private Tillsyn tillsyn;

    @PostConstruct
    void skapa(Composite parent) {
        yta = parent;
        GridLayoutFactory.fillDefaults().margins(10, 8).spacing(0, 8).applyTo(parent);
        Composite rad = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).spacing(8, 0).applyTo(rad);
        new Label(rad, SWT.NONE).setText(Messages.kolumnAnordnare);
        anordnarval = new Combo(rad, SWT.READ_ONLY | SWT.DROP_DOWN);
        anordnarval.setData(KvalitetsrapportPart.DATANYCKEL, ANORDNARE);
        GridDataFactory.swtDefaults().hint(260, SWT.DEFAULT).applyTo(anordnarval);
        new Label(rad, SWT.NONE).setText(Messages.ar);
        ar = new Spinner(rad, SWT.BORDER);
        ar.setData(KvalitetsrapportPart.DATANYCKEL, AR);
        ar.setValues(LocalDate.now(klocka).getYear(), 2000, 2100, 0, 1, 1);
        ny = knapp(rad, Messages.nyTillsyn, NY, this::nyTillsyn);
        anordnarval.addListener(SWT.Selection, e -> lasTillsyn());
        ar.addListener(SWT.Selection, e -> lasTillsyn());
        status = new Label(parent, SWT.WRAP);
        status.setData(KvalitetsrapportPart.DATANYCKEL, STATUS);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        punkter = new Tillsynspunkter(parent, this::andrad, status::setText);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(punkter.kontroll());
        Composite knappar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(knappar);
        laggTill = knapp(knappar, Messages.laggTillKrav, LAGG_TILL, this::laggTillKrav);
        taBort = knapp(knappar, Messages.taBortKrav, TA_BORT, this::taBortKrav);
        spara = knapp(knappar, Messages.spara, SPARA, this::spara);
        visa(null);
        lasAnordnare();
    }

    private static Button knapp(Composite parent, String text, String nyckel, Runnable gor) {
        Button knapp = new Button(parent, SWT.PUSH);
        knapp.setText(text);
        knapp.setData(KvalitetsrapportPart.DATANYCKEL, nyckel);
        knapp.addListener(SWT.Selection, e -> gor.run());
        return knapp;
    }

    @Inject
    void inloggning(Inloggning inloggad) {
        vem = inloggad;
        if (status != null && !status.isDisposed()) {
            visa(tillsyn);
        }
    }

    private void lasAnordnare() {
        Inloggning anvandare = vem;
        new Bakgrund(ui).hamta(Messages.hamtarAnordnare, anordnarval, () -> anordnarregister.alla(anvandare), alla -> {
            anordnare = alla;
            anordnarval.setItems(alla.stream().map(a -> NLS.bind(Messages.anordnareMedOrgnr, a.getNamn(), a.getOrgnr()))
                    .toArray(String[]::new));
        });
    }

    private Optional<Anordnare> valdAnordnare() {
        int i = anordnarval.getSelectionIndex();
        return i < 0 ? Optional.empty() : Optional.of(anordnare.get(i));
    }

    /** Reads the chosen anordnare's tillsyn of the year; unsaved changes to another are dropped. */
    private void lasTillsyn() {
        Optional<Anordnare> vald = valdAnordnare();
        if (vald.isEmpty()) {
            return;
        }
        String orgnr = vald.get().getOrgnr();
        int valtAr = ar.getSelection();
        status.setText(Messages.hamtarTillsyn);
        Inloggning anvandare = vem;
        new Bakgrund(ui).hamta(Messages.hamtarTillsyn, status, () -> kvalitet.tillsyn(anvandare, orgnr, valtAr), funnen -> {
            if (valdAnordnare().map(a -> a.getOrgnr().equals(orgnr)).orElse(false) && ar.getSelection() == valtAr) {
                visa(funnen.orElse(null));
            }
        });
    }

    private void visa(Tillsyn visad) {
        tillsyn = visad;
        andrad.setDirty(false);
        punkter.visa(visad);
        boolean far = vem.har(Rattighet.HANTERA_KVALITET);
        ny.setEnabled(far && visad == null && valdAnordnare().isPresent());
        laggTill.setEnabled(far && visad != null);
        taBort.setEnabled(far && visad != null);
        spara.setEnabled(far && visad != null);
        status.setText(sammanfattning());
        yta.layout(true, true);
    }

    private String sammanfattning() {
        if (valdAnordnare().isEmpty()) {
            return Messages.valjAnordnare;
        }
        if (tillsyn == null) {
            return NLS.bind(Messages.ingenTillsyn, ar.getSelection());
        }
        return Tillsynsmall.sammanfattning(tillsyn);
    }

    /** A new tillsyn of the chosen anordnare and year, with the krav of the latest tillsyn of the year or the one before. */
    private void nyTillsyn() {
        Optional<Anordnare> vald = valdAnordnare();
        if (vald.isEmpty()) {
            return;
        }
        int valtAr = ar.getSelection();
        Inloggning anvandare = vem;
        new Bakgrund(ui).hamta(Messages.hamtarTillsyn, status, () -> {
            List<Tillsyn> forlagor = kvalitet.tillsyn(anvandare, valtAr);
            return forlagor.isEmpty() ? kvalitet.tillsyn(anvandare, valtAr - 1) : forlagor;
        }, mall -> {
            visa(Tillsynsmall.ny(vald.get(), valtAr, mall));
            andrad();
        });
    }

    private void laggTillKrav() {
        Tillsynspunkt p = KundvalFactory.eINSTANCE.createTillsynspunkt();
        p.setKrav(Messages.nyttKrav);
        tillsyn.getPunkter().add(p);
        punkter.visa(tillsyn);
        andrad();
        punkter.redigera(p, 1);
    }

    private void taBortKrav() {
        Tillsynspunkt p = punkter.markerad();
        if (p != null) {
            tillsyn.getPunkter().remove(p);
            punkter.visa(tillsyn);
            andrad();
        }
    }

    private void andrad() {
        andrad.setDirty(true);
        status.setText(sammanfattning());
    }

    @Persist
    void spara() {
        Tillsyn attSpara = tillsyn;
        if (attSpara == null || !vem.har(Rattighet.HANTERA_KVALITET)) {
            return;
        }
        status.setText(Messages.sparar);
        Inloggning anvandare = vem;
        Job.create(Messages.sparar, (IProgressMonitor monitor) -> {
            try {
                Tillsyn sparad = kvalitet.sparaTillsyn(anvandare, attSpara);
                ui.asyncExec(() -> {
                    visa(sparad);
                    status.setText(NLS.bind(Messages.sparat, sammanfattning()));
                });
            } catch (KundvalException e) {
                ui.asyncExec(() -> status.setText(e.getMessage()));
            } catch (RuntimeException e) {
                ui.asyncExec(() -> Felvisning.visa(yta.getShell(), e));
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    @Focus
    void fokus() {
        anordnarval.setFocus();
    }
}
