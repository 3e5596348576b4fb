package se.kundval.uppfoljning.ui;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import se.kundval.core.Inloggning;
import se.kundval.core.Rattighet;
import se.kundval.model.Avslutsbedomning;
import se.kundval.model.Effektuppfoljning;
import se.kundval.model.Insats;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Progressgenomgang;
import se.kundval.model.Progressutfall;
import se.kundval.model.regler.Bedomningar;
import se.kundval.model.tid.Insatsperiod;
import se.kundval.ui.Etiketter;
import se.kundval.ui.Formular;
import se.kundval.ui.JaNej;
import se.kundval.ui.Tabell;
import se.kundval.ui.Val;
import se.kundval.ui.Visning;

/**
 * The tab of the reviews around the insats: the progress review at month 6 of a twelve-month
 * insats (fortsätt, förläng or avsluta) and the effektuppföljning 6, 12 and 24 months after a
 * lyckat avslut (DOMAIN §2). Karriärvägledare and handläggare register them.
 */
final class Avstamningsflik implements Flik {

    static final String PREFIX = "se.kundval.uppfoljning.ui.avstamning."; //$NON-NLS-1$
    static final String UTFALL = PREFIX + "utfall"; //$NON-NLS-1$
    static final String KOMMENTAR = PREFIX + "kommentar"; //$NON-NLS-1$
    static final String REGISTRERA = PREFIX + "registrera"; //$NON-NLS-1$
    static final String EFFEKT = "se.kundval.uppfoljning.ui.effekt."; //$NON-NLS-1$
    private static final int TOLV = 12;
    private static final int MANAD_SEX = 6;

    /** One of the three effektuppföljningar and, once made, what it found. */
    record Effektrad(int manader, LocalDate fran, Effektuppfoljning gjord) {
    }

    private final Flikstod stod;
    private final Label progressLage;
    private final Tabell<Progressgenomgang> genomgangar;
    private final Formular progressFormular;
    private final Val<Progressutfall> utfall;
    private final Text progressKommentar;
    private final Label effektLage;
    private final Tabell<Effektrad> effekter;
    private final Formular effektFormular;
    private final Val<Integer> effektManader;
    private final JaNej egenForsorjning;
    private final Text effektKommentar;
    private Insats insats;
    private Inloggning vem;

    Avstamningsflik(Composite yta, Flikstod stod) {
        this.stod = stod;
        GridLayoutFactory.fillDefaults().margins(8, 8).spacing(0, 6).applyTo(yta);
        Formular.rubrik(yta, Messages.progressRubrik, stod.stil);
        progressLage = Formular.upplysning(yta, PREFIX + "lage", stod.stil); //$NON-NLS-1$
        genomgangar = new Tabell<>(yta, Progressgenomgang.class, PREFIX + "genomgangar", 2) //$NON-NLS-1$
                .kolumn(Messages.kolumnDatum, 16, g -> Visning.datum(g.getDatum()))
                .kolumn(Messages.kolumnAv, 14, Progressgenomgang::getAv)
                .kolumn(Messages.utfall, 16, g -> Etiketter.av(g.getUtfall()))
                .kolumn(Messages.kommentar, 54, Progressgenomgang::getKommentar);
        progressFormular = new Formular(yta, stod.stil);
        utfall = progressFormular.val(Messages.utfall, UTFALL, Etiketter::av);
        utfall.alternativ(Arrays.asList(Progressutfall.values()));
        progressKommentar = progressFormular.textruta(Messages.kommentar, KOMMENTAR, 2);
        Formular.knapp(progressFormular.knapprad(), Messages.registreraProgress, REGISTRERA, this::registreraProgress);

        Formular.rubrik(yta, Messages.effektRubrik, stod.stil);
        effektLage = Formular.upplysning(yta, EFFEKT + "lage", stod.stil); //$NON-NLS-1$
        effekter = new Tabell<>(yta, Effektrad.class, EFFEKT + "tabell", 3) //$NON-NLS-1$
                .kolumn(Messages.kolumnEfter, 16, r -> NLS.bind(Messages.manaderText, r.manader()))
                .kolumn(Messages.kolumnFran, 16, r -> Visning.datum(r.fran()))
                .kolumn(Messages.kolumnDatum, 16, r -> r.gjord() == null ? "" : Visning.datum(r.gjord().getDatum())) //$NON-NLS-1$
                .kolumn(Messages.egenForsorjning, 16, r -> r.gjord() == null || r.gjord().getEgenForsorjning() == null ? "" //$NON-NLS-1$
                        : Visning.jaNej(r.gjord().getEgenForsorjning()))
                .kolumn(Messages.kommentar, 36, r -> r.gjord() == null ? "" : r.gjord().getKommentar()); //$NON-NLS-1$
        effektFormular = new Formular(yta, stod.stil);
        effektManader = effektFormular.val(Messages.uppfoljning, EFFEKT + "manader", m -> NLS.bind(Messages.efterManader, m)); //$NON-NLS-1$
        egenForsorjning = effektFormular.jaNej(Messages.egenForsorjning, EFFEKT + "egenForsorjning"); //$NON-NLS-1$
        effektKommentar = effektFormular.textruta(Messages.kommentar, EFFEKT + "kommentar", 2); //$NON-NLS-1$
        Formular.knapp(effektFormular.knapprad(), Messages.registreraEffekt, EFFEKT + "registrera", this::registreraEffekt); //$NON-NLS-1$
    }

    @Override
    public void visa(Insats ny, Inloggning inloggad) {
        insats = ny;
        vem = inloggad;
        if (ny == null) {
            return;
        }
        boolean registrerar = inloggad.har(Rattighet.GRANSKA_MANADSRAPPORT);
        boolean tolv = ny.getLangdManader() >= TOLV;
        LocalDate senast = Insatsperiod.slutEfter(ny.getStartdatum(), MANAD_SEX);
        progressLage.setText(!tolv ? Messages.progressGallerInte
                : ny.getProgressgenomgangar().isEmpty() ? NLS.bind(Messages.progressSenast, Visning.datum(senast)) : ""); //$NON-NLS-1$
        genomgangar.visa(ny.getProgressgenomgangar());
        Formular.dolj(genomgangar.kontroll(), tolv);
        Formular.dolj(progressFormular.yta(), tolv && registrerar);
        utfall.valj(null);
        progressKommentar.setText(""); //$NON-NLS-1$

        boolean lyckat = Bedomningar.aktuell(ny.getAvslut()).map(Avslutsbedomning::isLyckat).orElse(false);
        List<Effektrad> rader = lyckat ? effektrader(ny) : List.of();
        effektLage.setText(lyckat ? "" : Messages.effektGallerInte); //$NON-NLS-1$
        effekter.visa(rader);
        Formular.dolj(effekter.kontroll(), lyckat);
        LocalDate idag = stod.idag();
        List<Integer> mojliga = rader.stream().filter(r -> r.gjord() == null && !idag.isBefore(r.fran()))
                .map(Effektrad::manader).toList();
        effektManader.alternativ(mojliga);
        effektManader.valj(mojliga.isEmpty() ? null : mojliga.get(0));
        egenForsorjning.varde(null);
        effektKommentar.setText(""); //$NON-NLS-1$
        Formular.dolj(effektFormular.yta(), registrerar && !mojliga.isEmpty());
        stod.omforma();
    }

    private static List<Effektrad> effektrader(Insats insats) {
        LocalDate avslut = insats.getAvslut().getAvslutsdatum();
        return IntStream.of(6, 12, 24).mapToObj(m -> new Effektrad(m, avslut.plusMonths(m),
                insats.getEffektuppfoljningar().stream().filter(e -> e.getManader() == m).findFirst().orElse(null))).toList();
    }

    private void registreraProgress() {
        if (insats == null) {
            return;
        }
        Progressgenomgang g = KundvalFactory.eINSTANCE.createProgressgenomgang();
        g.setUtfall(utfall.valt());
        g.setKommentar(progressKommentar.getText().strip());
        long id = insats.getId();
        Inloggning inloggad = vem;
        stod.spara(id, () -> stod.uppfoljning.registreraProgress(inloggad, id, g));
    }

    private void registreraEffekt() {
        if (insats == null || effektManader.valt() == null) {
            return;
        }
        Effektuppfoljning e = KundvalFactory.eINSTANCE.createEffektuppfoljning();
        e.setManader(effektManader.valt());
        e.setEgenForsorjning(egenForsorjning.varde());
        e.setKommentar(effektKommentar.getText().strip());
        long id = insats.getId();
        Inloggning inloggad = vem;
        stod.spara(id, () -> stod.uppfoljning.registreraEffekt(inloggad, id, e));
    }
}
