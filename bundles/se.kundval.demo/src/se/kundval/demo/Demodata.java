package se.kundval.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import se.kundval.core.csv.Csvskrivare;
import se.kundval.core.utbyte.Karnfil;
import se.kundval.core.utbyte.Utbytesformat;
import se.kundval.model.Insatstyp;
import se.kundval.model.Malsattning;
import se.kundval.model.Pris;

/**
 * Realistic synthetic data for the kundval, as the interchange files of DOMAIN §9 so that it is
 * loaded through the import like any data from the previous system. The same seed, size, day and
 * types always give the same files.
 */
public final class Demodata {

    /** The seed of the demo database. */
    public static final long FRO = 20_240_701L;
    /** The size of the demo database. */
    public static final int KUNDER = 600;
    public static final int INSATSER = 1_500;

    private final long fro;
    private final int antalKunder;
    private final int antalInsatser;
    private final LocalDate idag;

    /**
     * @param fro           the seed of the random source
     * @param antalKunder   kunder to generate
     * @param antalInsatser insatser to generate at most (fewer when the kunder's time does not hold them)
     * @param idag          the day the data describes: nothing ends or comes in after it
     */
    public Demodata(long fro, int antalKunder, int antalInsatser, LocalDate idag) {
        this.fro = fro;
        this.antalKunder = antalKunder;
        this.antalInsatser = antalInsatser;
        this.idag = idag;
    }

    /**
     * Writes the interchange files into the folder.
     *
     * @param typer  the insats types the data may use; a course type gets its courses and its plugin's own file
     * @param priser the prislista in force, written back as it is
     * @return the organisationsnummer of the generated anordnare, in order
     */
    public List<String> skriv(Path katalog, List<Insatstyp> typer, List<Pris> priser) throws IOException {
        Random slump = new Random(fro);
        Identiteter identiteter = new Identiteter(slump);
        List<Insatstyp> anvandbara = typer.stream().filter(t -> t.getMalsattning() != Malsattning.GENOMFORD_KURS
                && t.getLangdManader() != null).sorted(Comparator.comparing(Insatstyp::getKod)).toList();
        List<Demoanordnare> anordnare = new Anordnargenerator(identiteter).anordnare(anvandbara);
        List<Demokund> kunder = new Kundgenerator(slump, identiteter, idag).kunder(antalKunder);
        List<Demoinsats> insatser = new Insatsgenerator(slump, idag, anvandbara, anordnare).insatser(kunder, antalInsatser);
        Enkatgenerator.Enkat enkat = new Enkatgenerator(slump).enkat(anordnare, insatser, idag.getYear());
        List<Kursgenerator.Kurs> kurser = typer.stream().filter(t -> t.getMalsattning() == Malsattning.GENOMFORD_KURS)
                .findFirst().map(kurs -> new Kursgenerator(slump, idag, kurs).kurser(kunder, anordnare, antalKunder / 10))
                .orElse(List.of());

        skriv(katalog, Karnfil.ANORDNARE, anordnare.stream().map(a -> List.of(a.orgnr(), a.namn())).toList());
        List<List<String>> auktorisationer = new ArrayList<>();
        anordnare.forEach(a -> a.auktorisationer().forEach(au -> auktorisationer.add(List.of(a.orgnr(), au.typ().getKod(),
                au.fran().toString(), Utbytesformat.text(au.till())))));
        skriv(katalog, Karnfil.AUKTORISATIONER, auktorisationer);
        skriv(katalog, Karnfil.KUNDER, kunder.stream().map(Demokund::rad).toList());
        List<List<String>> insatsrader = new ArrayList<>(insatser.stream().map(Demoinsats::rad).toList());
        kurser.forEach(k -> insatsrader.add(k.insats().rad()));
        skriv(katalog, Karnfil.INSATSER, insatsrader);
        skriv(katalog, Karnfil.MANADSRAPPORTER, insatser.stream().flatMap(i -> i.rapportrader().stream()).toList());
        skriv(katalog, Karnfil.ENKAT, enkat.svar());
        skriv(katalog, Karnfil.ENKAT_UTSKICK, enkat.utskick());
        skriv(katalog, Karnfil.PRISER, priser(priser));
        if (!kurser.isEmpty()) {
            Csvskrivare.skriv(katalog.resolve(Kursgenerator.FILNAMN), Kursgenerator.KOLUMNER, kurser.stream().map(Kursgenerator.Kurs::rad).toList());
        }
        return anordnare.stream().map(Demoanordnare::orgnr).toList();
    }

    /**
     * The prislista as it is in force: an import never changes what a past month was paid at
     * (decision 0221), so the demo's history is paid at the prices the types ship with; the demo's
     * price change is a proposal made after the import ({@link Demoindexering}).
     */
    private static List<List<String>> priser(List<Pris> priser) {
        List<List<String>> rader = new ArrayList<>();
        for (Pris p : priser) {
            rader.add(List.of(p.getInsatstyp().getKod(), p.getGiltigFran().toString(), p.getCheckbelopp().toPlainString(),
                    p.getBonus() == null ? "" : p.getBonus().toPlainString())); //$NON-NLS-1$
        }
        return rader;
    }

    private static void skriv(Path katalog, Karnfil fil, List<List<String>> rader) throws IOException {
        Csvskrivare.skriv(katalog.resolve(fil.filnamn()), fil.kolumner(), rader);
    }
}
