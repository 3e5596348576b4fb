package se.kundval.utbyte.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.rapport.Enkatfraga;
import se.kundval.core.tjanst.Importlager.Enkatnyckel;
import se.kundval.core.tjanst.Importlager.Utskicksnyckel;
import se.kundval.core.utbyte.Karnfil;
import se.kundval.core.utbyte.Utbytesrad;
import se.kundval.model.Anordnare;
import se.kundval.model.Enkatsvar;
import se.kundval.model.Enkatutskick;
import se.kundval.model.KundvalFactory;
import se.kundval.model.KundvalPackage.Literals;
import se.kundval.model.Omrade;

/**
 * enkat.csv and enkat_utskick.csv (the kundundersökning). A respondent answers each question once
 * per anordnare and year; there is one invitation count per anordnare and year.
 */
final class Enkatlasning {

    static final int FORSTA_AR = 1990;
    static final int SISTA_AR = 2100;

    private static final String ORGNR = "orgnr"; //$NON-NLS-1$
    private static final String AR = "ar"; //$NON-NLS-1$
    private static final String RESPONDENT = "respondent"; //$NON-NLS-1$
    private static final String FRAGA = "fraga"; //$NON-NLS-1$

    private final Importkontext k;

    Enkatlasning(Importkontext kontext) {
        this.k = kontext;
    }

    void lasSvar(List<Utbytesrad> rader) {
        Dubbletter<Enkatnyckel> sedda = new Dubbletter<>();
        for (Utbytesrad rad : rader) {
            Falt f = k.falt(Karnfil.ENKAT, rad);
            String orgnr = f.krav(ORGNR);
            Integer ar = f.kravHeltal(AR, FORSTA_AR, SISTA_AR);
            String respondent = f.krav(RESPONDENT);
            String fraga = f.krav(FRAGA);
            Omrade omrade = f.krav("omrade") == null ? null : f.uppraknat("omrade", Literals.OMRADE); //$NON-NLS-1$ //$NON-NLS-2$
            Integer svar = f.kravHeltal("svar", 1, 5); //$NON-NLS-1$
            if (fraga != null) {
                kontrolleraFraga(f, fraga, omrade);
            }
            Anordnare anordnare = orgnr == null ? null : k.anordnare(f, orgnr);
            if (orgnr != null && ar != null && respondent != null && fraga != null) {
                sedda.kontrollera(f, new Enkatnyckel(orgnr, ar, respondent, fraga), k.befintligt.enkatsvar(),
                        Importkontext.nyckel(ORGNR, orgnr, AR, ar.toString(), RESPONDENT, respondent, FRAGA, fraga));
            }
            if (f.ok()) {
                Enkatsvar e = KundvalFactory.eINSTANCE.createEnkatsvar();
                e.setAnordnare(anordnare);
                e.setAr(ar);
                e.setRespondent(respondent);
                e.setFraga(fraga);
                e.setOmrade(omrade);
                e.setSvar(svar);
                k.enkatsvar.add(e);
                k.kalla(e, Karnfil.ENKAT, rad.rad());
            }
        }
    }

    /**
     * Only the kundundersökning's own questions, each in its own area (decision 0411): an answer to
     * another text, or in another area, would move the NKI of an area no one asked about.
     */
    private static void kontrolleraFraga(Falt f, String fraga, Omrade omrade) {
        Optional<Enkatfraga> kand = Enkatfraga.medText(fraga);
        if (kand.isEmpty()) {
            f.fel(NLS.bind(Messages.okandEnkatfraga, fraga, Arrays.stream(Enkatfraga.values()).map(Enkatfraga::text)
                    .collect(Collectors.joining("', '")))); //$NON-NLS-1$
        } else if (omrade != null && omrade != kand.get().omrade()) {
            f.fel(NLS.bind(Messages.enkatfragaIAnnatOmrade, new Object[] {fraga, kand.get().omrade().getName(), omrade.getName()}));
        }
    }

    /**
     * The respondents of each anordnare and year, in the folder and in the database: more of them
     * than were invited means the survey's rows are wrong, and the svarsfrekvens would pass 100 %.
     */
    private Map<Utskicksnyckel, Set<String>> svarande() {
        Map<Utskicksnyckel, Set<String>> svarande = new HashMap<>();
        for (Enkatsvar e : k.enkatsvar) {
            svarande.computeIfAbsent(new Utskicksnyckel(e.getAnordnare().getOrgnr(), e.getAr()), n -> new HashSet<>())
                    .add(e.getRespondent());
        }
        for (Enkatnyckel e : k.befintligt.enkatsvar()) {
            svarande.computeIfAbsent(new Utskicksnyckel(e.orgnr(), e.ar()), n -> new HashSet<>()).add(e.respondent());
        }
        return svarande;
    }

    void lasUtskick(List<Utbytesrad> rader) {
        Map<Utskicksnyckel, Set<String>> svarande = svarande();
        Dubbletter<Utskicksnyckel> sedda = new Dubbletter<>();
        for (Utbytesrad rad : rader) {
            Falt f = k.falt(Karnfil.ENKAT_UTSKICK, rad);
            String orgnr = f.krav(ORGNR);
            Integer ar = f.kravHeltal(AR, FORSTA_AR, SISTA_AR);
            Integer antal = f.kravHeltal("antal", 0, Integer.MAX_VALUE); //$NON-NLS-1$
            Anordnare anordnare = orgnr == null ? null : k.anordnare(f, orgnr);
            if (orgnr != null && ar != null) {
                sedda.kontrollera(f, new Utskicksnyckel(orgnr, ar), k.befintligt.enkatutskick(),
                        Importkontext.nyckel(ORGNR, orgnr, AR, ar.toString()));
            }
            int svar = orgnr == null || ar == null ? 0 : svarande.getOrDefault(new Utskicksnyckel(orgnr, ar), Set.of()).size();
            if (antal != null && svar > antal) {
                f.fel(NLS.bind(Messages.flerSvarandeAnInbjudna, new Object[] {antal, svar, orgnr, ar}));
            }
            if (f.ok()) {
                Enkatutskick e = KundvalFactory.eINSTANCE.createEnkatutskick();
                e.setAnordnare(anordnare);
                e.setAr(ar);
                e.setAntal(antal);
                k.enkatutskick.add(e);
                k.kalla(e, Karnfil.ENKAT_UTSKICK, rad.rad());
            }
        }
    }
}
