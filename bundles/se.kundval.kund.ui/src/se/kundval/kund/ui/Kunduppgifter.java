package se.kundval.kund.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.e4.ui.services.IStylingEngine;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import se.kundval.model.Kund;
import se.kundval.model.KundvalPackage.Literals;
import se.kundval.model.regler.Meddelanden;
import se.kundval.model.regler.Personnummer;
import se.kundval.ui.Bakgrund;

/**
 * The kund's details, read-only, as label and value rows. Each value label carries the
 * data key {@code se.kundval.kund.ui.kund.<attribute>} for tests.
 */
final class Kunduppgifter {

    static final String PREFIX = "se.kundval.kund.ui.kund."; //$NON-NLS-1$

    private record Falt(Label varde, Function<Kund, String> text) {
    }

    private final Composite ram;
    private final List<Falt> falt = new ArrayList<>();

    Kunduppgifter(Composite parent, IStylingEngine styling) {
        ram = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(16, 4).applyTo(ram);
        lagg(styling, Literals.KUND__KUND_ID, Kund::getKundId);
        lagg(styling, Literals.KUND__PERSONNUMMER, k -> Personnummer.formaterat(k.getPersonnummer()));
        lagg(styling, Literals.KUND__NAMN, Kund::getNamn);
        lagg(styling, Literals.KUND__KON, k -> Etiketter.av(k.getKon()));
        lagg(styling, Literals.KUND__FODELSEDATUM, Messages.fodelsedatum, k -> datum(k.getFodelsedatum()));
        lagg(styling, Literals.KUND__KOMMUN, Kund::getKommun);
        lagg(styling, Literals.KUND__SPRAK, Kund::getSprak);
        lagg(styling, Literals.KUND__UTBILDNINGSNIVA, k -> Etiketter.av(k.getUtbildningsniva()));
        lagg(styling, Literals.KUND__ARBETSFORMAGA, Kunduppgifter::arbetsformaga);
        lagg(styling, Literals.KUND__ANSVARIG_KARRIARVAGLEDARE, Kund::getAnsvarigKarriarvagledare);
        lagg(styling, Literals.KUND__EKONOMISKT_BISTAND, k -> jaNej(k.isEkonomisktBistand()));
        lagg(styling, Literals.KUND__TOLKBEHOV, k -> jaNej(k.isTolkbehov()));
        lagg(styling, Literals.KUND__ETABLERINGSPROGRAM, k -> jaNej(k.isEtableringsprogram()));
        lagg(styling, Literals.KUND__ETABLERINGSERSATTNING, k -> jaNej(k.isEtableringsersattning()));
    }

    Composite kontroll() {
        return ram;
    }

    void visa(Kund kund) {
        for (Falt f : falt) {
            String text = f.text().apply(kund);
            f.varde().setText(text == null ? "" : text); //$NON-NLS-1$
        }
        Bakgrund.layoutaOm(ram);
    }

    void tom() {
        falt.forEach(f -> f.varde().setText("")); //$NON-NLS-1$
    }

    private void lagg(IStylingEngine styling, EAttribute attribut, Function<Kund, String> text) {
        lagg(styling, attribut, Meddelanden.falt(attribut), text);
    }

    private void lagg(IStylingEngine styling, EAttribute attribut, String etikett, Function<Kund, String> text) {
        Label namn = new Label(ram, SWT.NONE);
        namn.setText(etikett);
        styling.setClassname(namn, "faltnamn"); //$NON-NLS-1$
        Label varde = new Label(ram, SWT.NONE);
        varde.setData(KunderPart.DATANYCKEL, PREFIX + attribut.getName());
        GridDataFactory.fillDefaults().grab(true, false).minSize(120, SWT.DEFAULT).applyTo(varde);
        falt.add(new Falt(varde, text));
    }

    private static String arbetsformaga(Kund kund) {
        if (kund.isArbetsformagaOklar()) {
            return Messages.oklar;
        }
        return kund.getArbetsformaga() == null ? "" : NLS.bind(Messages.procent, kund.getArbetsformaga()); //$NON-NLS-1$
    }

    private static String jaNej(boolean varde) {
        return varde ? Messages.ja : Messages.nej;
    }

    static String datum(LocalDate dag) {
        return dag == null ? "" : dag.toString(); //$NON-NLS-1$
    }
}
