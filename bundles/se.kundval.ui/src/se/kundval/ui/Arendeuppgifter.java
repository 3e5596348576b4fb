package se.kundval.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.e4.ui.services.IStylingEngine;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import se.kundval.model.Avslut;
import se.kundval.model.Insats;
import se.kundval.model.Sexmanadersuppfoljning;
import se.kundval.model.tid.Insatsperiod;

/**
 * The case as a handläggare reads it beside a judgement: the kund, the insats and its dates, and
 * the avslut as the anordnare reported it. Read-only rows; each value carries the data key
 * {@code se.kundval.uppfoljning.ui.arende.<namn>}.
 */
public final class Arendeuppgifter {

    public static final String PREFIX = "se.kundval.uppfoljning.ui.arende."; //$NON-NLS-1$

    private record Rad(Label varde, Function<Insats, String> text) {
    }

    private final Formular formular;
    private final List<Rad> rader = new ArrayList<>();

    public Arendeuppgifter(Composite parent, IStylingEngine stil) {
        formular = new Formular(parent, stil);
        rad(Messages.kund, "kund", i -> NLS.bind(Messages.namnOchId, i.getKund().getNamn(), i.getKund().getKundId())); //$NON-NLS-1$
        rad(Messages.insats, "insats", Insats::getInsatsId); //$NON-NLS-1$
        rad(Messages.insatstyp, "insatstyp", i -> NLS.bind(Messages.namnOchId, i.getInsatstyp().getNamn(), i.getInsatstyp().getKod())); //$NON-NLS-1$
        rad(Messages.anordnare, "anordnare", i -> i.getAnordnare().getNamn()); //$NON-NLS-1$
        rad(Messages.start, "start", i -> Visning.datum(i.getStartdatum())); //$NON-NLS-1$
        rad(Messages.planeratSlut, "slut", i -> Visning.datum(Insatsperiod.av(i).slut())); //$NON-NLS-1$
        rad(Messages.avslutsdatum, "avslutsdatum", i -> avslut(i, a -> Visning.datum(a.getAvslutsdatum()))); //$NON-NLS-1$
        rad(Messages.insatstid, "insatstid", Arendeuppgifter::insatstid); //$NON-NLS-1$
        rad(Messages.avslutsorsak, "avslutsorsak", i -> avslut(i, a -> Etiketter.av(a.getAvslutsorsak()))); //$NON-NLS-1$
        rad(Messages.sysselsattning, "sysselsattning", i -> avslut(i, a -> Etiketter.av(a.getSysselsattning()))); //$NON-NLS-1$
        rad(Messages.varaktighet, "varaktighet", i -> avslut(i, Arendeuppgifter::varaktighet)); //$NON-NLS-1$
        rad(Messages.rapporterat, "rapporterat", i -> avslut(i, a -> Visning.avOchDatum(a.getRapporteradAv(), a.getRapporteradDatum()))); //$NON-NLS-1$
        rad(Messages.sexmanadersuppfoljning, "sexmanader", Arendeuppgifter::sexmanader); //$NON-NLS-1$
    }

    public void visa(Insats insats) {
        for (Rad r : rader) {
            r.varde().setText(Visning.text(r.text().apply(insats)));
        }
        formular.yta().layout(true, true);
    }

    private void rad(String etikett, String namn, Function<Insats, String> text) {
        rader.add(new Rad(formular.varde(etikett, PREFIX + namn), text));
    }

    private static String avslut(Insats insats, Function<Avslut, String> text) {
        return insats.getAvslut() == null ? "" : text.apply(insats.getAvslut()); //$NON-NLS-1$
    }

    /** Days from start to avslut (DOMAIN §3) and the insats month the avslut fell in, which tiers the AMI2 bonus. */
    private static String insatstid(Insats insats) {
        Avslut avslut = insats.getAvslut();
        if (avslut == null || avslut.getAvslutsdatum() == null) {
            return ""; //$NON-NLS-1$
        }
        Insatsperiod period = Insatsperiod.av(insats);
        return NLS.bind(Messages.dagarOchManad, period.dagarTillAvslut(),
                Insatsperiod.insatsmanad(period.start(), avslut.getAvslutsdatum()));
    }

    private static String varaktighet(Avslut avslut) {
        return avslut.getVaraktighetManader() == null ? "" : NLS.bind(Messages.manader, avslut.getVaraktighetManader()); //$NON-NLS-1$
    }

    private static String sexmanader(Insats insats) {
        List<Sexmanadersuppfoljning> s = insats.getSexmanadersuppfoljningar();
        return s.isEmpty() ? Messages.ingenSexmanadersuppfoljning : Etiketter.av(s.get(s.size() - 1).getStatus());
    }
}
