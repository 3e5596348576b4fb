package se.kundval.utbyte.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
        Exportlager.Register register = lager.lasRegister(vem);
        List<Filrader> antal = new ArrayList<>();
        try (Exportmapp mapp = Exportmapp.bredvid(katalog)) {
            Path ut = mapp.tillfallig();
            antal.add(skriv(ut, Karnfil.ANORDNARE, Exportrader.anordnare(register.anordnare())));
            antal.add(skriv(ut, Karnfil.AUKTORISATIONER, Exportrader.auktorisationer(register.anordnare())));
            antal.add(kunder(vem, ut));
            List<Exportfil> pluginfil = new ArrayList<>();
            antal.addAll(insatser(vem, ut, pluginfil));
            antal.add(skriv(ut, Karnfil.ENKAT, Exportrader.enkat(register.enkatsvar())));
            antal.add(skriv(ut, Karnfil.ENKAT_UTSKICK, Exportrader.enkatutskick(register.enkatutskick())));
            antal.add(skriv(ut, Karnfil.PRISER, Exportrader.priser(register.priser())));
            List<String> utelamnade = new ArrayList<>();
            for (int p = 0; p < pluginfiler.size(); p++) {
                if (pluginfil.get(p).tom()) {
                    utelamnade.add(pluginfiler.get(p).filnamn());
                } else {
                    antal.add(pluginfil.get(p).filrader());
                }
            }
            mapp.flyttaPaPlats(utelamnade);
        } catch (IOException e) {
            throw avbruten(katalog, e.getMessage());
        } catch (UncheckedIOException e) {
            throw avbruten(katalog, e.getCause().getMessage());
        } catch (KundvalException e) {
            throw avbruten(katalog, e.getMessage());
        } catch (RuntimeException e) {
            // a plugin's file that could not be made: said as a failed export that wrote nothing, never as a stack trace
            throw avbruten(katalog, e.getClass().getSimpleName());
        }
        return antal;
    }

    private Filrader kunder(Inloggning vem, Path ut) throws IOException {
        try (Exportfil kunder = Exportfil.alltid(ut, Karnfil.KUNDER.filnamn(), Karnfil.KUNDER.kolumner())) {
            lager.lasKunder(vem, sida -> kunder.skriv(Exportrader.kunder(sida)));
            return kunder.filrader();
        }
    }

    /**
     * insatser.csv, manadsrapporter.csv and every plugin's file in one pass over the pages: a
     * plugin's rows depend only on the insatser it is given and lead with their insats_id, so its
     * rows page by page are its rows of all insatser. The plugins' files are left in {@code pluginfil}.
     */
    private List<Filrader> insatser(Inloggning vem, Path ut, List<Exportfil> pluginfil) throws IOException {
        for (Utbytesfil p : pluginfiler) {
            pluginfil.add(Exportfil.medRader(ut, p.filnamn(), p.kolumner()));
        }
        try (Exportfil insatser = Exportfil.alltid(ut, Karnfil.INSATSER.filnamn(), Karnfil.INSATSER.kolumner());
                Exportfil rapporter = Exportfil.alltid(ut, Karnfil.MANADSRAPPORTER.filnamn(), Karnfil.MANADSRAPPORTER.kolumner())) {
            lager.lasInsatser(vem, sida -> {
                insatser.skriv(Exportrader.insatser(sida));
                rapporter.skriv(Exportrader.manadsrapporter(sida));
                for (int p = 0; p < pluginfiler.size(); p++) {
                    pluginfil.get(p).skriv(pluginfiler.get(p).skriv(sida));
                }
            });
            return List.of(insatser.filrader(), rapporter.filrader());
        } finally {
            for (Exportfil f : pluginfil) {
                f.close();
            }
        }
    }

    private static UtbytesfelException avbruten(Path katalog, String orsak) {
        return new UtbytesfelException(List.of(NLS.bind(Messages.exportenAvbrots, katalog, orsak)));
    }

    private static Filrader skriv(Path katalog, Karnfil fil, List<List<String>> rader) throws IOException {
        Csvskrivare.skriv(katalog.resolve(fil.filnamn()), fil.kolumner(), rader);
        return new Filrader(fil.filnamn(), rader.size());
    }
}
