package se.kundval.cli.internal;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.AtkomstNekadException;
import se.kundval.core.Inloggning;
import se.kundval.core.KundvalException;
import se.kundval.klient.Forbindelsefel;
import se.kundval.klient.Serversession;
import se.kundval.model.Roll;

/**
 * The start of a run on a server ({@code --server}, DOMAIN §11): logs in as {@code --user} and checks
 * that the user's role may run the command, before anything is done. Refusals get exit 3 with the
 * reason on stderr: a wrong password or locked account, a server whose certificate is not trusted
 * (with the exact {@code --fingerprint} to add once checked), a role without the right.
 */
final class Paservern {

    private final Kommandoregister register;
    private final PrintStream fel;
    private int slutkod = Korning.KLART;

    Paservern(Kommandoregister register, PrintStream fel) {
        this.register = register;
        this.fel = fel;
    }

    /** The exit code when {@link #loggaIn} gave no run. */
    int slutkod() {
        return slutkod;
    }

    /** The run as the logged-in user, or null with the reason written and {@link #slutkod()} set. */
    Korning loggaIn(Kommando kommando, String namn, Tjanstehamtare tjanster, PrintStream ut) {
        Serverflaggor server = register.server();
        AtomicReference<String> sett = new AtomicReference<>();
        Serversession session;
        try {
            session = server.loggaIn(register.anslutning(), sett);
        } catch (Indatafel e) {
            return avbryt(Korning.FEL_INDATA, e.getMessage());
        } catch (AtkomstNekadException e) {
            return avbryt(Korning.EJ_BEHORIG, e.getMessage());
        } catch (Forbindelsefel e) {
            return avbryt(Korning.ANNAT_FEL, e.getMessage());
        } catch (KundvalException e) {
            return avbryt(Korning.EJ_BEHORIG, sett.get() == null ? e.getMessage() : okant(server, sett.get()));
        }
        Inloggning vem = session.inloggning();
        if (!kommando.roller().contains(vem.roll())) {
            session.close();
            if (kommando.roller().isEmpty()) {
                return avbryt(Korning.ANNAT_FEL, NLS.bind(Messages.baraLokaltKommando, namn));
            }
            String roller = kommando.roller().stream().map(Roll::getLiteral).sorted().collect(Collectors.joining(", ")); //$NON-NLS-1$
            return avbryt(Korning.EJ_BEHORIG, NLS.bind(Messages.ejBehorigKommando,
                    new Object[] {vem.anvandarnamn(), vem.roll().getLiteral(), namn, roller}));
        }
        return new Korning(session, tjanster, ut);
    }

    private static String okant(Serverflaggor server, String sett) {
        return server.fingeravtryck == null ? NLS.bind(Messages.okandServer, server.server, sett)
                : NLS.bind(Messages.annatFingeravtryck, new Object[] {server.server, sett, server.fingeravtryck});
    }

    private Korning avbryt(int kod, String meddelande) {
        fel.println(Kommandotolk.PROGRAM + meddelande);
        slutkod = kod;
        return null;
    }
}
