package se.kundval.beviljande.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import se.kundval.core.Agarfiler;
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
        // the letter names the kund and the personnummer: the owner's alone (decision 0232)
        try (OutputStream ut = Files.newOutputStream(Agarfiler.forbered(fil))) {
            new BrevSkrivare().skriv(brev, ut);
        }
    }

    /**
     * Asks where to save the letter and writes it there; nothing when the user cancels. A written
     * letter is a print of the kund's personal data: logged as SKRIVA_UT (DOMAIN §12) in the background.
     */
    static void sparaMedDialog(Shell skal, Brev brev, Kund kund, Inloggning vem, AtkomstloggService logg) {
        FileDialog val = new FileDialog(skal, SWT.SAVE);
        val.setText(Messages.sparaBrevRubrik);
        val.setFilterExtensions(new String[] {"*.pdf"}); //$NON-NLS-1$
        val.setFilterNames(new String[] {Messages.pdfFiler});
        val.setFileName(NLS.bind(Messages.brevFilnamn, brev.datum()));
        val.setOverwrite(true);
        String fil = val.open();
        if (fil == null) {
            return;
        }
        try {
            skriv(brev, Path.of(fil));
            Job.create(Messages.sparaBrevRubrik, (IProgressMonitor m) -> {
                logg.logga(vem.vid(PLATS), Atkomsthandling.SKRIVA_UT, List.of(kund));
                return Status.OK_STATUS;
            }).schedule();
            // the letter is proof of the beslut: say where it went, so nobody has to look for it
            MessageDialog.openInformation(skal, Messages.sparaBrevRubrik, NLS.bind(Messages.brevSparat, fil));
        } catch (IOException e) {
            ILog.of(Beslutsbrev.class).error(e.getMessage(), e);
            MessageDialog.openError(skal, Messages.sparaBrevRubrik, NLS.bind(Messages.kundeInteSpara, fil, e.getMessage()));
        }
    }
}
