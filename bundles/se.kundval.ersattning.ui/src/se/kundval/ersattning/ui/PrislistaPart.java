package se.kundval.ersattning.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IStylingEngine;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import se.kundval.core.Inloggning;
import se.kundval.core.KundvalException;
import se.kundval.core.Rattighet;
import se.kundval.core.ValideringException;
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.core.typ.InsatstypRegister;
import se.kundval.model.Insatstyp;
import se.kundval.model.Pris;
import se.kundval.ui.Felvisning;

/**
 * The Prislista part (administratör): the insats types and the selected type's prislista by date
 * with each row's approval. An administratör proposes a price from a day (refused at the field when
 * negative, when a proposal for that day waits, or when it would change a month that has passed);
 * another administratör approves it, and only then does it apply (four-eyes, DOMAIN §12). A
 * proposal, or an approved price not yet in effect, can be withdrawn; a wrong price is corrected by
 * proposing a new row. Everyone else sees the list read-only.
 */
public class PrislistaPart {

    /** Element id of the part in the application model. */
    public static final String ID = "se.kundval.ersattning.ui.part.prislista"; //$NON-NLS-1$
    public static final String PRISRUBRIK = "se.kundval.ersattning.ui.prislista.prisrubrik"; //$NON-NLS-1$
    public static final String KVITTENS = "se.kundval.ersattning.ui.prislista.kvittens"; //$NON-NLS-1$

    private volatile Inloggning vem;

    @Inject
    private ReferensdataService referensdata;

    @Inject
    private InsatstypRegister register;

    @Inject
    @Service
    private Clock klocka;

    @Inject
    private UISynchronize ui;

    @Inject
    private IStylingEngine styling;

    private Composite yta;
    private Insatstyplista typer;
    private Label prisrubrik;
    private Prislista priser;
    private Prisformular formular;
    private Prisgodkannande godkannande;
    private Label kvittens;
    private Insatstyp vald;
    private List<Pris> allaPriser = List.of();

    @PostConstruct
    void skapa(Composite parent) {
        yta = parent;
        GridLayoutFactory.fillDefaults().margins(10, 8).spacing(0, 8).applyTo(parent);
        rubrik(Messages.insatstyper);
        typer = new Insatstyplista(parent, this::valj);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 180).applyTo(typer.kontroll());
        prisrubrik = rubrik(Messages.valjTyp);
        prisrubrik.setData(ErsattningPart.DATANYCKEL, PRISRUBRIK);
        priser = new Prislista(parent, p -> godkannande.visa(p, vem, LocalDate.now(klocka)));
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 120).applyTo(priser.kontroll());
        godkannande = new Prisgodkannande(parent, p -> atgard(p, true), p -> atgard(p, false));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(godkannande.kontroll());
        kvittens = new Label(parent, SWT.WRAP);
        kvittens.setData(ErsattningPart.DATANYCKEL, KVITTENS);
        styling.setClassname(kvittens, "upplysning"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).applyTo(kvittens);
        formular = new Prisformular(parent, styling, this::laggTill, LocalDate.now(klocka));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(formular.kontroll());
        valj(null);
        las(null);
    }

    private Label rubrik(String text) {
        Label rubrik = new Label(yta, SWT.NONE);
        rubrik.setText(text);
        styling.setClassname(rubrik, "rubrik"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).applyTo(rubrik);
        return rubrik;
    }

    @Inject
    void inloggning(Inloggning inloggad) {
        vem = inloggad;
        if (formular != null && !yta.isDisposed()) {
            valj(vald);
        }
    }

    /** Reads types and prices in the background; then selects the type with the code again. */
    private void las(String valdKod) {
        Job.create(Messages.jobbPrislista, (IProgressMonitor monitor) -> {
            try {
                List<Insatstyp> allaTyper = referensdata.insatstyper();
                List<Pris> nyaPriser = referensdata.prislista(vem);
                ui.asyncExec(() -> visa(allaTyper, nyaPriser, valdKod));
            } catch (RuntimeException e) {
                ui.asyncExec(() -> {
                    if (!yta.isDisposed()) {
                        Felvisning.visa(yta.getShell(), e);
                    }
                });
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    private void visa(List<Insatstyp> allaTyper, List<Pris> nyaPriser, String valdKod) {
        if (yta.isDisposed()) {
            return;
        }
        allaPriser = nyaPriser;
        typer.visa(allaTyper, register, LocalDate.now(klocka), valdKod);
        if (vald != null) {
            priser.visa(allaPriser, vald.getKod(), LocalDate.now(klocka));
        }
        godkannande.visa(null, vem, LocalDate.now(klocka));
        yta.layout(true, true);
    }

    private void valj(Insatstyp typ) {
        vald = typ;
        godkannande.visa(null, vem, LocalDate.now(klocka));
        boolean far = vem.har(Rattighet.ADMINISTRERA_PRISLISTA);
        if (typ == null) {
            prisrubrik.setText(Messages.valjTyp);
            priser.tom();
            formular.forTyp(Messages.nyttPris, false);
            return;
        }
        prisrubrik.setText(NLS.bind(Messages.priserFor, typ.getKod(), typ.getNamn()));
        priser.visa(allaPriser, typ.getKod(), LocalDate.now(klocka));
        formular.forTyp(far ? NLS.bind(Messages.nyttPrisFor, typ.getNamn()) : Messages.baraAdministratorer, far);
        yta.layout(true, true);
    }

    private void laggTill(Pris pris) {
        Insatstyp typ = vald;
        if (typ == null) {
            return;
        }
        pris.setInsatstyp(typ);
        Inloggning anvandare = vem;
        Job.create(Messages.jobbSparaPris, (IProgressMonitor monitor) -> {
            try {
                Pris foreslaget = referensdata.foreslaPris(anvandare, pris);
                ui.asyncExec(() -> {
                    formular.sparat();
                    kvittera(NLS.bind(Messages.prisForeslagetKlart, typ.getNamn(), Insatstyplista.datum(foreslaget.getGiltigFran())));
                    las(typ.getKod());
                });
            } catch (ValideringException e) {
                ui.asyncExec(() -> formular.refuserat(e));
            } catch (KundvalException e) {
                ui.asyncExec(() -> formular.fel(e.getMessage()));
            } catch (RuntimeException e) {
                ui.asyncExec(() -> Felvisning.visa(yta.getShell(), e));
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    /** Approves (or withdraws) the selected row as the logged-in administratör; the service checks the four eyes. */
    private void atgard(Pris pris, boolean godkann) {
        if (pris == null) {
            return;
        }
        Inloggning anvandare = vem;
        String kod = pris.getInsatstyp().getKod();
        String dag = Insatstyplista.datum(pris.getGiltigFran());
        Job.create(Messages.jobbSparaPris, (IProgressMonitor monitor) -> {
            try {
                if (godkann) {
                    referensdata.godkannPris(anvandare, pris.getId());
                } else {
                    referensdata.aterkallaPris(anvandare, pris.getId());
                }
                ui.asyncExec(() -> {
                    kvittera(NLS.bind(godkann ? Messages.prisGodkantKlart : Messages.prisAterkallatKlart, kod, dag));
                    las(kod);
                });
            } catch (KundvalException e) {
                ui.asyncExec(() -> kvittera(e.getMessage()));
            } catch (RuntimeException e) {
                ui.asyncExec(() -> Felvisning.visa(yta.getShell(), e));
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    private void kvittera(String text) {
        if (!yta.isDisposed()) {
            kvittens.setText(text);
            yta.layout(true, true);
        }
    }

    /** The refusal shown at the field, or null; for tests. */
    Prisformular formular() {
        return formular;
    }

    @Focus
    void fokus() {
        typer.fokus();
    }
}
