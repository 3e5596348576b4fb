package se.kundval.utbyte.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.Inloggning;
import se.kundval.core.KundvalException;
import se.kundval.core.Rattighet;
import se.kundval.core.csv.Csvskrivare;
import se.kundval.core.tjanst.Exportlager;
import se.kundval.core.utbyte.Exportmapp;
import se.kundval.core.utbyte.Karnfil;
import se.kundval.core.utbyte.UtbytesService.Filrader;
import se.kundval.core.utbyte.Utbytesfil;
import se.kundval.core.utbyte.UtbytesfelException;
import se.kundval.model.Insats;

/**
 * One export: every file of DOMAIN §9 with its header, also when it has no rows, and each
 * plugin's file when it has rows. A plugin file from an earlier export that would now be empty is
 * removed, so that importing the folder gives exactly the exported data. The files are written beside
 * the folder and moved in only when all are complete ({@link Exportmapp}): a failed export leaves the
 * folder as it was.
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
        Exportlager.Innehall data = lager.lasAllt(vem);
        List<Insats> insatser = new ArrayList<>(data.insatser());
        insatser.sort(Comparator.comparing(Insats::getInsatsId));
        List<Filrader> antal = new ArrayList<>();
        List<String> utelamnade = new ArrayList<>();
        try (Exportmapp mapp = Exportmapp.bredvid(katalog)) {
            Path ut = mapp.tillfallig();
            antal.add(skriv(ut, Karnfil.ANORDNARE, Exportrader.anordnare(data.anordnare())));
            antal.add(skriv(ut, Karnfil.AUKTORISATIONER, Exportrader.auktorisationer(data.anordnare())));
            antal.add(skriv(ut, Karnfil.KUNDER, Exportrader.kunder(data.kunder())));
            antal.add(skriv(ut, Karnfil.INSATSER, Exportrader.insatser(insatser)));
            antal.add(skriv(ut, Karnfil.MANADSRAPPORTER, Exportrader.manadsrapporter(insatser)));
            antal.add(skriv(ut, Karnfil.ENKAT, Exportrader.enkat(data.enkatsvar())));
            antal.add(skriv(ut, Karnfil.ENKAT_UTSKICK, Exportrader.enkatutskick(data.enkatutskick())));
            antal.add(skriv(ut, Karnfil.PRISER, Exportrader.priser(data.priser())));
            for (Utbytesfil p : pluginfiler) {
                List<List<String>> rader = p.skriv(insatser);
                if (rader.isEmpty()) {
                    utelamnade.add(p.filnamn());
                } else {
                    Csvskrivare.skriv(ut.resolve(p.filnamn()), p.kolumner(), rader);
                    antal.add(new Filrader(p.filnamn(), rader.size()));
                }
            }
            mapp.flyttaPaPlats(utelamnade);
        } catch (IOException e) {
            throw avbruten(katalog, e.getMessage());
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

    private static Filrader skriv(Path katalog, Karnfil fil, List<List<String>> rader) throws IOException {
        Csvskrivare.skriv(katalog.resolve(fil.filnamn()), fil.kolumner(), rader);
        return new Filrader(fil.filnamn(), rader.size());
    }
}
