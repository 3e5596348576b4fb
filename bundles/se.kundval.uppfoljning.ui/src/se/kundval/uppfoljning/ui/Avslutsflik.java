package se.kundval.uppfoljning.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import se.kundval.core.Inloggning;
import se.kundval.core.Rattighet;
import se.kundval.model.Avslut;
import se.kundval.model.Avslutsbedomning;
import se.kundval.model.Insats;
import se.kundval.model.regler.Bedomningar;
import se.kundval.ui.Etiketter;
import se.kundval.ui.Formular;
import se.kundval.ui.Radton;
import se.kundval.ui.Tabell;
import se.kundval.ui.Visning;
import se.kundval.ui.Bakgrund;

/**
 * The avslut tab: the avslut as the anordnare reported it and every avslutsbedömning, newest first,
 * the superseded ones marked ersatt with who judged them and when. Reporting and judging are the
 * avslut UI's dialogs, reached through its commands by id, so this bundle does not depend on it.
 */
final class Avslutsflik implements Flik {

    static final String PREFIX = "se.kundval.uppfoljning.ui.avslut."; //$NON-NLS-1$
    static final String LAGE = PREFIX + "lage"; //$NON-NLS-1$
    static final String BEDOMNINGAR = PREFIX + "bedomningar"; //$NON-NLS-1$
    static final String RAPPORTERA = PREFIX + "rapportera"; //$NON-NLS-1$
    static final String BEDOM = PREFIX + "bedom"; //$NON-NLS-1$
    /** The avslut UI's commands and their insats parameter (the insats's database id). */
    static final String KOMMANDO_RAPPORTERA = "se.kundval.avslut.ui.command.rapportera"; //$NON-NLS-1$
    static final String KOMMANDO_BEDOM = "se.kundval.avslut.ui.command.bedom"; //$NON-NLS-1$
    static final String PARAMETER_INSATS = ".insats"; //$NON-NLS-1$

    private final Flikstod stod;
    private final Label lage;
    private final Formular uppgifter;
    private final List<Label> varden;
    private final Button rapportera;
    private final Button bedom;
    private final Tabell<Avslutsbedomning> bedomningar;
    private Insats insats;

    Avslutsflik(Composite yta, Flikstod stod) {
        this.stod = stod;
        GridLayoutFactory.fillDefaults().margins(8, 8).spacing(0, 8).applyTo(yta);
        lage = Formular.upplysning(yta, LAGE, stod.stil);
        uppgifter = new Formular(yta, stod.stil);
        varden = List.of(uppgifter.varde(Messages.avslutsdatum, PREFIX + "datum"), //$NON-NLS-1$
                uppgifter.varde(Messages.avslutsorsak, PREFIX + "orsak"), //$NON-NLS-1$
                uppgifter.varde(Messages.sysselsattning, PREFIX + "sysselsattning"), //$NON-NLS-1$
                uppgifter.varde(Messages.varaktighet, PREFIX + "varaktighet"), //$NON-NLS-1$
                uppgifter.varde(Messages.rapporterat, PREFIX + "rapporterat")); //$NON-NLS-1$
        Formular knappar = new Formular(yta, stod.stil);
        Composite rad = knappar.knapprad();
        rapportera = Formular.knapp(rad, Messages.rapporteraAvslut, RAPPORTERA, () -> kor(KOMMANDO_RAPPORTERA));
        bedom = Formular.knapp(rad, Messages.bedomAvslut, BEDOM, () -> kor(KOMMANDO_BEDOM));
        Formular.rubrik(yta, Messages.bedomningar, stod.stil);
        bedomningar = new Tabell<>(yta, Avslutsbedomning.class, BEDOMNINGAR, 4)
                .kolumn(Messages.kolumnNr, 6, b -> Integer.toString(b.getLopnummer()))
                .kolumn(Messages.kolumnGaller, 11, b -> galler(b) ? Messages.gallande : Messages.ersatt)
                .kolumn(Messages.kolumnLyckat, 9, b -> Visning.jaNej(b.isLyckat()))
                .kolumn(Messages.kolumnBonusgrundande, 12, b -> Visning.jaNej(b.isBonusgrundande()))
                .kolumn(Messages.kolumnTidpunkt, 16, b -> Visning.tidpunkt(b.getTidpunkt()))
                .kolumn(Messages.kolumnBedomdAv, 12, Avslutsbedomning::getBedomdAv)
                .kolumn(Messages.motivering, 34, Avslutsbedomning::getMotivering)
                .bakgrund(b -> galler(b) ? null : Radton.ERSATT);
    }

    @Override
    public void visa(Insats ny, Inloggning vem) {
        insats = ny;
        if (ny == null) {
            return;
        }
        Avslut avslut = ny.getAvslut();
        Avslutsbedomning aktuell = Bedomningar.aktuell(avslut).orElse(null);
        lage.setText(lage(avslut, aktuell));
        Formular.dolj(uppgifter.yta(), avslut != null);
        if (avslut != null) {
            String[] texter = {Visning.datum(avslut.getAvslutsdatum()), Etiketter.av(avslut.getAvslutsorsak()),
                Etiketter.av(avslut.getSysselsattning()),
                avslut.getVaraktighetManader() == null ? "" : NLS.bind(Messages.manaderText, avslut.getVaraktighetManader()), //$NON-NLS-1$
                Visning.avOchDatum(avslut.getRapporteradAv(), avslut.getRapporteradDatum())};
            for (int i = 0; i < texter.length; i++) {
                varden.get(i).setText(texter[i]);
            }
        }
        Formular.dolj(rapportera, vem.har(Rattighet.RAPPORTERA_SOM_ANORDNARE) && aktuell == null && stod.finns(KOMMANDO_RAPPORTERA));
        rapportera.setText(avslut == null ? Messages.rapporteraAvslut : Messages.andraAvslut);
        Formular.dolj(bedom, vem.har(Rattighet.BEDOMA_AVSLUT) && avslut != null && stod.finns(KOMMANDO_BEDOM));
        bedom.setText(aktuell == null ? Messages.bedomAvslut : Messages.nyBedomning);
        List<Avslutsbedomning> alla = avslut == null ? List.of()
                : avslut.getBedomningar().stream().sorted(Comparator.comparingInt(Avslutsbedomning::getLopnummer).reversed()).toList();
        bedomningar.visa(alla);
        Bakgrund.layoutaOm(bedom);
        stod.omforma();
    }

    private static String lage(Avslut avslut, Avslutsbedomning aktuell) {
        if (avslut == null) {
            return Messages.ingetAvslut;
        }
        if (aktuell == null) {
            return Messages.vantarPaBedomning;
        }
        return NLS.bind(Messages.bedomtSom, new Object[] {
            aktuell.isLyckat() ? Messages.lyckat : Messages.inteLyckat,
            aktuell.isBonusgrundande() ? Messages.bonusgrundande : Messages.inteBonusgrundande,
            aktuell.getLopnummer()});
    }

    /** The judgement with the highest löpnummer holds; the earlier ones are kept as ersatta. */
    private static boolean galler(Avslutsbedomning b) {
        return Bedomningar.aktuell(b.getAvslut()).map(a -> a == b).orElse(false);
    }

    private void kor(String kommando) {
        if (insats != null) {
            stod.kor(kommando, Map.of(kommando + PARAMETER_INSATS, Long.toString(insats.getId())));
        }
    }
}
