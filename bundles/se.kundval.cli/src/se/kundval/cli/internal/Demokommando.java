package se.kundval.cli.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.tjanst.AnvandareService;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.core.utbyte.UtbytesService;
import se.kundval.demo.Demoanvandare;
import se.kundval.demo.Demodata;
import se.kundval.demo.Demouppfoljning;

/**
 * {@code demo}: a new database with the demo data (se.kundval.demo), loaded through the same
 * import as any interchange folder, and one user per role. Refuses a database that already holds
 * kunder or insatser.
 */
final class Demokommando implements Kommando {

    @Override
    public String namn() {
        return "demo"; //$NON-NLS-1$
    }

    @Override
    public String anvandning() {
        return ""; //$NON-NLS-1$
    }

    @Override
    public String beskrivning() {
        return Messages.demoBeskrivning;
    }

    @Override
    public Set<String> flaggor() {
        return Set.of();
    }

    @Override
    public int argument() {
        return 0;
    }

    @Override
    public List<String> buntar() {
        return List.of(Utbyteskommando.UTBYTE);
    }

    @Override
    public int kor(Korning korning) {
        Databas databas = korning.anslut();
        if (!databas.arTom()) {
            throw new Indatafel(NLS.bind(Messages.inteTom, korning.databasnamn()));
        }
        ReferensdataService referensdata = korning.tjanst(ReferensdataService.class);
        Path katalog = null;
        try {
            katalog = Files.createTempDirectory("kundval-demo"); //$NON-NLS-1$
            LocalDate idag = LocalDate.now(ZoneId.of("Europe/Stockholm")); //$NON-NLS-1$
            List<String> anordnare = new Demodata(Demodata.FRO, Demodata.KUNDER, Demodata.INSATSER, idag)
                    .skriv(katalog, referensdata.insatstyper(), referensdata.priser());
            List<UtbytesService.Filrader> antal = korning.tjanst(UtbytesService.class).importera(korning.vem(), katalog);
            Demouppfoljning.registrera(korning.tjanst(InsatsService.class), korning.vem(), Demodata.FRO, idag);
            List<String> anvandare = Demoanvandare.skapa(korning.tjanst(AnvandareService.class), korning.vem(), anordnare);
            korning.ut().println(NLS.bind(Messages.demoSkapad, korning.databasnamn()));
            Radantal.skriv(korning.ut(), antal);
            korning.ut().println(NLS.bind(Messages.demoAnvandare, String.join(", ", anvandare), Demoanvandare.LOSENORD)); //$NON-NLS-1$
            return Korning.KLART;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            taBort(katalog);
        }
    }

    private static void taBort(Path katalog) {
        if (katalog == null) {
            return;
        }
        try (Stream<Path> filer = Files.walk(katalog)) {
            for (Path p : filer.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
