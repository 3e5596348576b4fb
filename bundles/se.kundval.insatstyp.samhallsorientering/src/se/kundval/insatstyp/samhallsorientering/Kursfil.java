package se.kundval.insatstyp.samhallsorientering;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.utbyte.Fellista;
import se.kundval.core.utbyte.Utbytesfil;
import se.kundval.core.utbyte.Utbytesformat;
import se.kundval.core.utbyte.Utbytesrad;
import se.kundval.insatstyp.samhallsorientering.model.Kursdeltagande;
import se.kundval.insatstyp.samhallsorientering.model.SamhallsorienteringFactory;
import se.kundval.model.Insats;

/**
 * {@code samhallsorientering.csv} (DOMAIN §9): {@code insats_id;anmalningsdatum;kursstart;kursslut;avbrott},
 * one row per samhällsorientering insats, read onto the insats's typdata and written back from it.
 * The expert's name is not part of the file.
 */
public class Kursfil implements Utbytesfil {

    static final String FILNAMN = "samhallsorientering.csv"; //$NON-NLS-1$
    private static final List<String> KOLUMNER = List.of("insats_id", "anmalningsdatum", "kursstart", "kursslut", "avbrott"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    @Override
    public String filnamn() {
        return FILNAMN;
    }

    @Override
    public List<String> kolumner() {
        return KOLUMNER;
    }

    @Override
    public void las(List<Utbytesrad> rader, Map<String, Insats> insatser, Fellista fel) {
        Map<String, Integer> lasta = new HashMap<>();
        for (Utbytesrad rad : rader) {
            String insatsId = rad.falt(0);
            Insats insats = insatser.get(insatsId);
            if (insats == null) {
                fel.fel(rad.rad(), NLS.bind(Messages.okandInsats, insatsId));
                continue;
            }
            if (insats.getInsatstyp() == null || !Samhallsorientering.KOD.equals(insats.getInsatstyp().getKod())) {
                fel.fel(rad.rad(), NLS.bind(Messages.felTyp, insatsId, insats.getInsatstyp() == null ? "" : insats.getInsatstyp().getKod())); //$NON-NLS-1$
                continue;
            }
            Integer tidigare = lasta.putIfAbsent(insatsId, rad.rad());
            if (tidigare != null) {
                fel.fel(rad.rad(), NLS.bind(Messages.dubblett, insatsId, tidigare));
                continue;
            }
            try {
                lasRad(rad, insats, fel);
            } catch (Utbytesformat.Formatfel e) {
                fel.fel(rad.rad(), e.getMessage());
            }
        }
    }

    private static void lasRad(Utbytesrad rad, Insats insats, Fellista fel) {
        LocalDate anmalan = Utbytesformat.datum(KOLUMNER.get(1), rad.falt(1));
        LocalDate start = Utbytesformat.datum(KOLUMNER.get(2), rad.falt(2));
        LocalDate slut = Utbytesformat.datum(KOLUMNER.get(3), rad.falt(3));
        Boolean avbrott = Utbytesformat.jn(KOLUMNER.get(4), rad.falt(4));
        boolean ratt = true;
        if (anmalan != null && start != null && start.isBefore(anmalan)) {
            fel.fel(rad.rad(), NLS.bind(Messages.startForeAnmalan, start, anmalan));
            ratt = false;
        }
        if (slut != null && (start == null || slut.isBefore(start))) {
            fel.fel(rad.rad(), start == null ? Messages.slutUtanStart : NLS.bind(Messages.slutForeStart, slut, start));
            ratt = false;
        }
        if (ratt) {
            // an insats read again keeps its row (and id) rather than getting a second one
            Kursdeltagande kurs = insats.getTypdata() instanceof Kursdeltagande befintlig ? befintlig
                    : SamhallsorienteringFactory.eINSTANCE.createKursdeltagande();
            kurs.setAnmalningsdatum(anmalan);
            kurs.setKursstart(start);
            kurs.setKursslut(slut);
            kurs.setAvbrott(avbrott);
            insats.setTypdata(kurs);
        }
    }

    @Override
    public List<List<String>> skriv(List<Insats> insatser) {
        return insatser.stream().filter(i -> i.getTypdata() instanceof Kursdeltagande)
                .sorted(Comparator.comparing(Insats::getInsatsId))
                .map(i -> {
                    Kursdeltagande kurs = (Kursdeltagande) i.getTypdata();
                    return List.of(i.getInsatsId(), Utbytesformat.text(kurs.getAnmalningsdatum()),
                            Utbytesformat.text(kurs.getKursstart()), Utbytesformat.text(kurs.getKursslut()),
                            Utbytesformat.jn(kurs.getAvbrott()));
                }).toList();
    }
}
