package se.kundval.ersattning.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;

import se.kundval.core.typ.InsatstypRegister;
import se.kundval.model.Insatstyp;
import se.kundval.model.Malsattning;
import se.kundval.ui.Tabell;

/**
 * The insats types in the database with what their plugin declared: kundval, nivå, length,
 * målsättning, validity, and whether the type is offered, phased out, or has no installed plugin
 * (types are never deleted: old insatser keep theirs).
 */
final class Insatstyplista {

    static final String TABELL = "se.kundval.ersattning.ui.prislista.typer"; //$NON-NLS-1$

    /** Rows the list has room for before it scrolls: every type of the product without scrolling. */
    private static final int SYNLIGA_RADER = 10;

    private final Tabell<Insatstyp> tabell;
    private InsatstypRegister register;
    private LocalDate idag = LocalDate.MIN;

    Insatstyplista(Composite parent, Consumer<Insatstyp> vald) {
        tabell = new Tabell<>(parent, Insatstyp.class, TABELL, SYNLIGA_RADER)
                .kolumn(Messages.kolumnKod, 8, Insatstyp::getKod)
                .kolumn(Messages.kolumnNamn, 24, Insatstyp::getNamn)
                .kolumn(Messages.kolumnKundval, 14, t -> t.getKundval() == null ? null : t.getKundval().getNamn())
                .kolumn(Messages.kolumnNiva, 5, true, t -> t.getNiva() == null ? null : Integer.toString(t.getNiva().getNummer()))
                .kolumn(Messages.kolumnLangd, 8, true,
                        t -> t.getLangdManader() == null ? Messages.langdVeckor : NLS.bind(Messages.langdManader, t.getLangdManader()))
                .kolumn(Messages.kolumnMalsattning, 13, t -> malsattning(t.getMalsattning()))
                .kolumn(Messages.kolumnGiltigFran, 9, t -> datum(t.getGiltigFran()))
                .kolumn(Messages.kolumnGiltigTill, 9, t -> datum(t.getGiltigTill()))
                .kolumn(Messages.kolumnStatus, 10, this::status);
        tabell.vidVal(vald);
    }

    Composite kontroll() {
        return tabell.kontroll();
    }

    /** Shows the types; the type with the code stays selected when it is among them. */
    void visa(List<Insatstyp> typer, InsatstypRegister installerade, LocalDate dag, String valdKod) {
        register = installerade;
        idag = dag;
        tabell.visa(typer);
        typer.stream().filter(t -> t.getKod().equals(valdKod)).findFirst().ifPresent(tabell::valj);
    }

    void fokus() {
        tabell.tabell().setFocus();
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
