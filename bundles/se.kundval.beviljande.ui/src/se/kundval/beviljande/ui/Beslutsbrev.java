package se.kundval.beviljande.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import se.kundval.core.Inloggning;
import se.kundval.core.atkomst.Atkomsthandling;
import se.kundval.core.atkomst.AtkomstloggService;
import se.kundval.core.typ.Regelnamn;
import se.kundval.export.Brev;
import se.kundval.export.BrevSkrivare;
import se.kundval.model.Beslut;
import se.kundval.model.BeslutTyp;
import se.kundval.model.Insats;
import se.kundval.model.Kund;
import se.kundval.model.regler.Personnummer;
import se.kundval.model.tid.Insatsperiod;
import se.kundval.ui.Filnamn;
import se.kundval.ui.Filskrivning;
import se.kundval.ui.Filvaljare;

/**
 * The Swedish beslutsbrev of one beslut: the municipality, the kund (name, and the personnummer as
 * the user may see it: masked without the right), type, anordnare, start, planned end, the
 * motivering, every overridden rule with its motivering, the handläggare and the date. Written as
 * PDF by se.kundval.export's letter layout.
 * <p>
 * The municipality is the installation's ({@code kundval.kommun}, default Nacka), as the
 * eligibility rule for folkbokföring reads it.
 */
final class Beslutsbrev {

    private static final String PLATS = "Beslutsbrev (PDF)"; //$NON-NLS-1$

    private Beslutsbrev() {
    }

    static String kommun() {
        return System.getProperty("kundval.kommun", "Nacka"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @param kund the kund as read for the user; null takes the one in the insats */
    static Brev brev(Insats insats, Beslut beslut, Kund kund, Inloggning vem) {
        Kund k = kund != null ? kund : insats.getKund();
        String pnr = String.valueOf(k.getPersonnummer()).contains("*") ? k.getPersonnummer() //$NON-NLS-1$
                : Personnummer.formaterat(k.getPersonnummer());
        String slut = Insatsperiod.av(insats).slut().toString();
        boolean forlangning = beslut.getTyp() == BeslutTyp.FORLANGNING;
        List<Brev.Uppgift> uppgifter = List.of(
                new Brev.Uppgift(Messages.faltKund, k.getNamn() + " (" + k.getKundId() + ')'), //$NON-NLS-1$
                new Brev.Uppgift(Messages.faltPersonnummer, pnr),
                new Brev.Uppgift(Messages.faltInsats, insats.getInsatsId()),
                new Brev.Uppgift(Messages.faltTyp, insats.getInsatstyp().getKod() + " \u2013 " + insats.getInsatstyp().getNamn()), //$NON-NLS-1$
                new Brev.Uppgift(Messages.faltAnordnare, insats.getAnordnare().getNamn() + " (" + insats.getAnordnare().getOrgnr() + ')'), //$NON-NLS-1$
                new Brev.Uppgift(Messages.startdatum, insats.getStartdatum().toString()),
                new Brev.Uppgift(Messages.faltPlaneratSlut, slut),
                new Brev.Uppgift(Messages.faltLangd, NLS.bind(Messages.manader, beslut.getLangdManader())),
                new Brev.Uppgift(Messages.beslutsdatum, beslut.getDatum().toString()));
        List<Brev.Stycke> stycken = new ArrayList<>();
        stycken.add(new Brev.Stycke(Messages.brevBeslut, forlangning
                ? NLS.bind(Messages.brevForlangningText, beslut.getLangdManader(), slut)
                : NLS.bind(Messages.brevBeviljandeText, new Object[] {insats.getInsatstyp().getNamn(), insats.getAnordnare().getNamn(),
                    insats.getStartdatum(), slut})));
        stycken.add(new Brev.Stycke(Messages.brevMotivering, beslut.getMotivering()));
        if (!beslut.getUndantag().isEmpty()) {
            stycken.add(new Brev.Stycke(Messages.brevUndantag, beslut.getUndantag().stream()
                    .map(u -> NLS.bind(Messages.brevUndantagRad, new Object[] {Regelnamn.av(u), utanPunkt(u.getSkal()), u.getMotivering()}))
                    .collect(Collectors.joining("\n")))); //$NON-NLS-1$
        }
        String handlaggare = vem.anvandarnamn().equals(beslut.getHandlaggare()) && vem.namn() != null ? vem.namn() : beslut.getHandlaggare();
        return new Brev(NLS.bind(Messages.brevAvsandare, kommun()), beslut.getDatum(),
                forlangning ? Messages.brevRubrikForlangning : Messages.brevRubrikBeviljande, uppgifter, stycken,
                List.of(handlaggare, Messages.brevHandlaggare, NLS.bind(Messages.brevAvsandare, kommun())));
    }

    /** The rule's reason ends the sentence the letter puts it in. */
    private static String utanPunkt(String skal) {
        return skal == null ? "" : skal.strip().replaceFirst("\\.$", ""); //$NON-NLS-1$ //$NON-NLS-2$
    }

    static void skriv(Brev brev, Path fil) throws IOException {
        Filskrivning.skriv(fil, ut -> new BrevSkrivare().skriv(brev, ut));
    }

    /** The name offered: the kund and the insats, so the next letter of the day does not overwrite this one. */
    static String filnamn(Insats insats, Kund kund, Beslut beslut) {
        Kund k = kund != null ? kund : insats.getKund();
        return Filnamn.av(Messages.brevFilnamn, beslut.getDatum(), "pdf", k.getKundId(), insats.getInsatsId()); //$NON-NLS-1$
    }

    /**
     * Asks where to save the letter (starting where the user saved last), writes it whole or not at
     * all in a background job, and tells the user where it is; nothing when the user cancels.
     */
    static void sparaMedDialog(Shell skal, Filvaljare filvaljare, UISynchronize ui, Insats insats, Beslut beslut, Kund kund,
            Inloggning vem, AtkomstloggService logg) {
        Brev brev = brev(insats, beslut, kund, vem);
        Path fil = (filvaljare != null ? filvaljare : new Filvaljare()).sparaSom(skal, Messages.sparaBrevRubrik,
                filnamn(insats, kund, beslut), "pdf"); //$NON-NLS-1$
        if (fil == null) {
            return;
        }
        Job.create(Messages.sparaBrevRubrik, (IProgressMonitor monitor) -> {
            try {
                skriv(brev, fil);
                logg.logga(vem.vid(PLATS), Atkomsthandling.SKRIVA_UT, List.of(kund != null ? kund : insats.getKund()));
                ui.asyncExec(() -> {
                    if (!skal.isDisposed()) {
                        MessageDialog.openInformation(skal, Messages.sparaBrevRubrik, NLS.bind(Messages.brevSparat, fil));
                    }
                });
            } catch (IOException | RuntimeException e) {
                ILog.of(Beslutsbrev.class).error(String.valueOf(e.getMessage()), e);
                ui.asyncExec(() -> {
                    if (!skal.isDisposed()) {
                        MessageDialog.openError(skal, Messages.sparaBrevRubrik, NLS.bind(Messages.kundeInteSpara, fil, e.getMessage()));
                    }
                });
            }
            return Status.OK_STATUS;
        }).schedule();
    }
}
