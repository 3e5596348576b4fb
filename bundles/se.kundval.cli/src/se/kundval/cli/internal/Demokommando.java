package se.kundval.cli.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;

import picocli.CommandLine.Command;

import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Databasanslutning;
import se.kundval.demo.Demoanvandare;
import se.kundval.demo.Demoinlasning;

/**
 * {@code demo}: a new database with the demo data (se.kundval.demo), loaded through the same
 * import as any interchange folder, and one user per role. Refuses a database that already holds
 * kunder or insatser. All of it is one transaction, and on an embedded file it is built in a copy
 * that replaces the file when whole ({@link Demofil}).
 */
@Command
final class Demokommando implements Kommando {

    @Override
    public List<String> buntar() {
        return List.of(Utbyteskommando.UTBYTE);
    }

    @Override
    public int kor(Korning korning) {
        Databas databas = korning.anslut();
        // one transaction over the import, the follow-ups and the users: a run killed half-way leaves
        // the database as empty as it was, so the next run does not refuse it (decision 0230); an
        // embedded file is moreover only replaced by a whole demo (decision 0412)
        Supplier<Demoinlasning> skapa = () -> databas.iEnTransaktion(() -> {
            kravTom(korning, databas);
            return Demoinlasning.las(korning::tjanst, korning.vem(), LocalDate.now(korning.tjanst(Clock.class)));
        });
        Databasanslutning anslutning = databas.anslutning();
        Demoinlasning demo;
        if (anslutning != null && anslutning.arInbaddad()) {
            // refused before the copy too: a database in use is not copied only to be refused
            kravTom(korning, databas);
            demo = Demofil.bygg(databas, Path.of(korning.databasnamn()), skapa);
        } else {
            demo = skapa.get();
        }
        korning.ut().println(NLS.bind(Messages.demoSkapad, korning.databasnamn()));
        Radantal.skriv(korning.ut(), demo.antal());
        korning.ut().println(NLS.bind(Messages.demoAnvandare, String.join(", ", demo.anvandare()), Demoanvandare.LOSENORD)); //$NON-NLS-1$
        return Korning.KLART;
    }

    private static void kravTom(Korning korning, Databas databas) {
        if (!databas.arTom()) {
            throw new Indatafel(NLS.bind(Messages.inteTom, korning.databasnamn()));
        }
    }
}
