package se.kundval.utbyte.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.Inloggning;
import se.kundval.core.KundvalException;
import se.kundval.core.Rattighet;
import se.kundval.core.tjanst.Exportlager;
import se.kundval.core.utbyte.Exportmapp;
import se.kundval.core.utbyte.UtbytesService.Filrader;
import se.kundval.core.utbyte.Utbytesfil;
import se.kundval.core.utbyte.UtbytesfelException;

/**
 * One export: every file of DOMAIN §9 with its header, also when it has no rows, and each
 * plugin's file when it has rows. A plugin file from an earlier export that would now be empty is
 * removed, so that importing the folder gives exactly the exported data. The files are written beside
 * the folder and moved in only when all are complete ({@link Exportmapp}): a failed export leaves the
 * folder as it was. Kunder and insatser are written a page at a time as the store reads them, in the
 * files' order, so that the export holds a page and never the whole database (decision 0481).
 */
final class Exportering {

    private final Exportlager lager;
    private final List<Utbytesfil> pluginfiler;

    Exportering(Exportlager lager, List<Utbytesfil> pluginfiler) {
        this.lager = lager;
        this.pluginfiler = pluginfiler;
    }

    List<Filrader> exportera(Inloggning vem, Path katalog) {
        vem.kraver(Rattighet.EXPORTERA);
        if (Files.exists(katalog) && !Files.isDirectory(katalog)) {
            throw new UtbytesfelException(List.of(NLS.bind(Messages.katalogArFil, katalog)));
        }
        List<Filrader> antal;
        try (Exportmapp mapp = Exportmapp.bredvid(katalog)) {
            List<String> utelamnade;
            try (Exportskrivning skrivning = new Exportskrivning(mapp.tillfallig(), pluginfiler)) {
                lager.lasAllt(vem, skrivning);
                antal = skrivning.filrader();
                utelamnade = skrivning.utelamnade();
            }
            mapp.flyttaPaPlats(utelamnade);
        } catch (IOException e) {
            throw avbruten(katalog, e.getMessage());
        } catch (UncheckedIOException e) {
            // a closed channel or an interrupted write may carry no message: its kind is then the reason
            String orsak = e.getCause().getMessage();
            throw avbruten(katalog, orsak != null ? orsak : e.getCause().getClass().getSimpleName());
        } catch (KundvalException e) {
            throw avbruten(katalog, e.getMessage());
        } catch (RuntimeException e) {
            // a plugin's file that could not be made: said as a failed export that wrote nothing, never as a stack trace
            throw avbruten(katalog, e.getClass().getSimpleName());
        }
        return antal;
    }

    private static UtbytesfelException avbruten(Path katalog, String orsak) {
        return new UtbytesfelException(List.of(NLS.bind(Messages.exportenAvbrots, katalog, orsak)));
    }
}
