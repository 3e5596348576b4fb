package se.kundval.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import se.kundval.core.Inloggning;
import se.kundval.core.tjanst.AnvandareService;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.KundService;
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.core.utbyte.UtbytesService;

/**
 * Fills an empty database with the demo: the generated interchange files through the import, then
 * what the files cannot carry (plans and follow-ups), a user per role and a few accesses in the
 * access log. One sequence for
 * {@code ./kundval demo} and for the UI tests that run on demo data, so both see the same database.
 *
 * @param antal     the rows imported per file
 * @param anordnare the generated anordnare's orgnr, in order
 * @param anvandare the user names added
 */
public record Demoinlasning(List<UtbytesService.Filrader> antal, List<String> anordnare, List<String> anvandare) {

    /** The platform's services, as the caller finds them. */
    public interface Tjanster {
        <T> T hamta(Class<T> typ);
    }

    /** @param vem a user who may import and save everything */
    public static Demoinlasning las(Tjanster tjanster, Inloggning vem, LocalDate idag) {
        ReferensdataService referensdata = tjanster.hamta(ReferensdataService.class);
        Path katalog = null;
        try {
            katalog = Files.createTempDirectory("kundval-demo"); //$NON-NLS-1$
            List<String> anordnare = new Demodata(Demodata.FRO, Demodata.KUNDER, Demodata.INSATSER, idag)
                    .skriv(katalog, referensdata.insatstyper(), referensdata.priser());
            List<UtbytesService.Filrader> antal = tjanster.hamta(UtbytesService.class).importera(vem, katalog);
            Demouppfoljning.registrera(tjanster.hamta(InsatsService.class), vem, Demodata.FRO, idag);
            Demoindexering.foresla(referensdata, vem, idag);
            List<String> anvandare = Demoanvandare.skapa(tjanster.hamta(AnvandareService.class), vem, anordnare);
            Demoatkomst.registrera(tjanster.hamta(KundService.class));
            return new Demoinlasning(antal, anordnare, anvandare);
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
