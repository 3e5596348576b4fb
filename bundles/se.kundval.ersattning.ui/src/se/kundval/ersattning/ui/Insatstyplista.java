package se.kundval.ersattning.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import se.kundval.core.typ.InsatstypRegister;
import se.kundval.model.Insatstyp;
import se.kundval.model.Malsattning;

/**
 * The insats types in the database with what their plugin declared: kundval, nivå, length,
 * målsättning, validity, and whether the type is offered, phased out, or has no installed plugin
 * (types are never deleted: old insatser keep theirs).
 */
final class Insatstyplista {

    static final String TABELL = "se.kundval.ersattning.ui.prislista.typer"; //$NON-NLS-1$

    private final Composite ram;
    private final TableViewer tabell;
    private InsatstypRegister register;
    private LocalDate idag = LocalDate.MIN;

    Insatstyplista(Composite parent, Consumer<Insatstyp> vald) {
        ram = new Composite(parent, SWT.NONE);
        TableColumnLayout layout = new TableColumnLayout();
        ram.setLayout(layout);
        tabell = new TableViewer(ram, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        tabell.getTable().setHeaderVisible(true);
        tabell.getTable().setLinesVisible(true);
        tabell.getTable().setData(ErsattningPart.DATANYCKEL, TABELL);
        tabell.setContentProvider(ArrayContentProvider.getInstance());
        Tabellhjalp.kolumn(tabell, layout, Insatstyp.class, Messages.kolumnKod, 8, 70, false, Insatstyp::getKod);
        Tabellhjalp.kolumn(tabell, layout, Insatstyp.class, Messages.kolumnNamn, 24, 140, false, Insatstyp::getNamn);
        Tabellhjalp.kolumn(tabell, layout, Insatstyp.class, Messages.kolumnKundval, 14, 90, false,
                t -> t.getKundval() == null ? null : t.getKundval().getNamn());
        Tabellhjalp.kolumn(tabell, layout, Insatstyp.class, Messages.kolumnNiva, 5, 40, true,
                t -> t.getNiva() == null ? null : Integer.toString(t.getNiva().getNummer()));
        Tabellhjalp.kolumn(tabell, layout, Insatstyp.class, Messages.kolumnLangd, 8, 60, true,
                t -> t.getLangdManader() == null ? Messages.langdVeckor : NLS.bind(Messages.langdManader, t.getLangdManader()));
        Tabellhjalp.kolumn(tabell, layout, Insatstyp.class, Messages.kolumnMalsattning, 13, 100, false, t -> malsattning(t.getMalsattning()));
        Tabellhjalp.kolumn(tabell, layout, Insatstyp.class, Messages.kolumnGiltigFran, 9, 80, false, t -> datum(t.getGiltigFran()));
        Tabellhjalp.kolumn(tabell, layout, Insatstyp.class, Messages.kolumnGiltigTill, 9, 80, false, t -> datum(t.getGiltigTill()));
        Tabellhjalp.kolumn(tabell, layout, Insatstyp.class, Messages.kolumnStatus, 10, 90, false, this::status);
        tabell.addSelectionChangedListener(h -> {
            Object forsta = ((IStructuredSelection) h.getSelection()).getFirstElement();
            vald.accept((Insatstyp) forsta);
        });
    }

    Composite kontroll() {
        return ram;
    }

    /** Shows the types; the type with the code stays selected when it is among them. */
    void visa(List<Insatstyp> typer, InsatstypRegister installerade, LocalDate dag, String valdKod) {
        register = installerade;
        idag = dag;
        tabell.setInput(typer);
        typer.stream().filter(t -> t.getKod().equals(valdKod)).findFirst()
                .ifPresent(t -> tabell.setSelection(new StructuredSelection(t), true));
    }

    void fokus() {
        tabell.getTable().setFocus();
    }

    private String status(Insatstyp typ) {
        if (register == null || register.typ(typ.getKod()).isEmpty()) {
            return Messages.statusEjInstallerad;
        }
        if (typ.getGiltigTill() != null && typ.getGiltigTill().isBefore(idag)) {
            return Messages.statusUtfasad;
        }
        if (typ.getGiltigFran() != null && typ.getGiltigFran().isAfter(idag)) {
            return Messages.statusKommande;
        }
        return Messages.statusErbjuds;
    }

    static String malsattning(Malsattning malsattning) {
        if (malsattning == null) {
            return ""; //$NON-NLS-1$
        }
        return switch (malsattning) {
            case EGEN_FORSORJNING -> Messages.malEgenForsorjning;
            case ARBETSFORMEDLINGEN -> Messages.malArbetsformedlingen;
            case STEGFORFLYTTNING -> Messages.malStegforflyttning;
            case GENOMFORD_KURS -> Messages.malGenomfordKurs;
        };
    }

    static String datum(LocalDate dag) {
        return dag == null ? "" : dag.toString(); //$NON-NLS-1$
    }
}
