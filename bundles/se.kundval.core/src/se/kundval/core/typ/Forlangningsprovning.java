package se.kundval.core.typ;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import se.kundval.model.Beslut;
import se.kundval.model.BeslutTyp;
import se.kundval.model.Insats;
import se.kundval.model.InsatsStatus;
import se.kundval.model.tid.Insatsperiod;

/**
 * What a förlängning of an insats would do, checked before the beslut (decision 0250): the current
 * and the new end, the whole length against what the type allows, the obstacles that refuse it and
 * the warnings a handläggare should read first. Pure, so that the dialog shows the same verdict
 * while the months and the date are chosen as the service enforces when the beslut is recorded.
 *
 * @param nuvarandeSlut  E', the end after earlier förlängningar
 * @param nyttSlut       the end after this förlängning
 * @param totaltManader  the granted length plus every förlängning, this one included
 * @param langstaManader the longest whole length the type allows without a motivering for it, or null
 * @param hinder         why the förlängning cannot be granted; empty when it can
 * @param varningar      what to consider before deciding
 */
public record Forlangningsprovning(LocalDate nuvarandeSlut, LocalDate nyttSlut, int totaltManader, Integer langstaManader,
        List<String> hinder, List<String> varningar) {

    /** The whole length may reach twice the type's granted length; beyond it the beslut needs a motivering for the length. */
    public static final int GANGER_TYPENS_LANGD = 2;

    /** A förlängning decided earlier than this before the current end is unusually early. */
    private static final int MANADER_FORE_SLUT = 1;

    /** True when the whole length exceeds what the type allows, so the beslut must say why. */
    public boolean kraverLangdmotivering() {
        return langstaManader != null && totaltManader > langstaManader;
    }

    /** The förlängning of {@code insats} by {@code manader} decided on {@code beslutsdatum}. */
    public static Forlangningsprovning prova(Insats insats, int manader, LocalDate beslutsdatum) {
        Insatsperiod period = Insatsperiod.av(insats);
        int forlangt = 0;
        for (Beslut b : insats.getBeslut()) {
            if (b.getTyp() == BeslutTyp.FORLANGNING) {
                forlangt += b.getLangdManader();
            }
        }
        int totalt = insats.getLangdManader() + forlangt + manader;
        LocalDate nytt = insats.getSlutdatum() != null ? insats.getSlutdatum().plusMonths(manader)
                : Insatsperiod.slutEfter(insats.getStartdatum(), totalt);
        Integer typensLangd = insats.getInsatstyp() == null ? null : insats.getInsatstyp().getLangdManader();
        Integer langsta = typensLangd == null || typensLangd < 1 ? null : typensLangd * GANGER_TYPENS_LANGD;
        List<String> hinder = new ArrayList<>();
        List<String> varningar = new ArrayList<>();
        if (insats.getStatus() == InsatsStatus.AVSLUTAD || period.avslutsdatum() != null) {
            hinder.add(NLS.bind(Messages.forlangAvslutad, insats.getInsatsId()));
        }
        if (manader < 1) {
            hinder.add(Messages.forlangMinstEnManad);
        } else if (!nytt.isAfter(period.slut())) {
            hinder.add(NLS.bind(Messages.forlangInteEfterSlut, nytt, period.slut()));
        }
        if (beslutsdatum == null) {
            hinder.add(Messages.forlangUtanDatum);
        } else if (beslutsdatum.isAfter(period.slut())) {
            hinder.add(NLS.bind(Messages.forlangEfterSlut, beslutsdatum, period.slut()));
        } else if (beslutsdatum.isBefore(insats.getStartdatum())) {
            varningar.add(NLS.bind(Messages.forlangForeStart, beslutsdatum, insats.getStartdatum()));
        } else if (beslutsdatum.isBefore(period.slut().minusMonths(MANADER_FORE_SLUT))) {
            varningar.add(NLS.bind(Messages.forlangTidigt, ChronoUnit.DAYS.between(beslutsdatum, period.slut()), period.slut()));
        }
        if (langsta != null && totalt > langsta) {
            varningar.add(NLS.bind(Messages.forlangForLang, new Object[] {totalt, langsta, insats.getInsatstyp().getNamn()}));
        }
        return new Forlangningsprovning(period.slut(), nytt, totalt, langsta, List.copyOf(hinder), List.copyOf(varningar));
    }
}
