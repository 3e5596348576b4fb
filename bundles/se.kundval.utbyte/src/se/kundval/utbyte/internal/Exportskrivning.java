package se.kundval.utbyte.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import se.kundval.core.tjanst.Exportlager;
import se.kundval.core.utbyte.Karnfil;
import se.kundval.core.utbyte.UtbytesService.Filrader;
import se.kundval.core.utbyte.Utbytesfil;
import se.kundval.model.Insats;
import se.kundval.model.Kund;

/**
 * Writes what {@link Exportlager#lasAllt} hands over into the export's files as it comes: the
 * registers' files whole, kunder.csv page by page, and insatser.csv, manadsrapporter.csv and every
 * plugin's file in one pass over the pages of insatser. A plugin's rows depend only on the insatser
 * it is given and lead with their insats_id, so its rows page by page are its rows of all insatser.
 * An {@link java.io.UncheckedIOException} from a page is the failed export's reason.
 */
final class Exportskrivning implements Exportlager.Mottagare, AutoCloseable {

    private final List<Utbytesfil> pluginfiler;
    private final Exportfil anordnare;
    private final Exportfil auktorisationer;
    private final Exportfil kunder;
    private final Exportfil insatser;
    private final Exportfil rapporter;
    private final Exportfil enkat;
    private final Exportfil utskick;
    private final Exportfil priser;
    private final List<Exportfil> pluginfil = new ArrayList<>();

    Exportskrivning(Path katalog, List<Utbytesfil> pluginfiler) {
        this.pluginfiler = pluginfiler;
        anordnare = karnfil(katalog, Karnfil.ANORDNARE);
        auktorisationer = karnfil(katalog, Karnfil.AUKTORISATIONER);
        kunder = karnfil(katalog, Karnfil.KUNDER);
        insatser = karnfil(katalog, Karnfil.INSATSER);
        rapporter = karnfil(katalog, Karnfil.MANADSRAPPORTER);
        enkat = karnfil(katalog, Karnfil.ENKAT);
        utskick = karnfil(katalog, Karnfil.ENKAT_UTSKICK);
        priser = karnfil(katalog, Karnfil.PRISER);
        for (Utbytesfil p : pluginfiler) {
            pluginfil.add(Exportfil.medRader(katalog, p.filnamn(), p.kolumner()));
        }
    }

    private static Exportfil karnfil(Path katalog, Karnfil fil) {
        return Exportfil.alltid(katalog, fil.filnamn(), fil.kolumner());
    }

    @Override
    public void register(Exportlager.Register register) {
        anordnare.skriv(Exportrader.anordnare(register.anordnare()));
        auktorisationer.skriv(Exportrader.auktorisationer(register.anordnare()));
        enkat.skriv(Exportrader.enkat(register.enkatsvar()));
        utskick.skriv(Exportrader.enkatutskick(register.enkatutskick()));
        priser.skriv(Exportrader.priser(register.priser()));
    }

    @Override
    public void kunder(List<Kund> sida) {
        kunder.skriv(Exportrader.kunder(sida));
    }

    @Override
    public void insatser(List<Insats> sida) {
        insatser.skriv(Exportrader.insatser(sida));
        rapporter.skriv(Exportrader.manadsrapporter(sida));
        for (int p = 0; p < pluginfiler.size(); p++) {
            pluginfil.get(p).skriv(pluginfiler.get(p).skriv(sida));
        }
    }

    /** The rows of each file: the core files in DOMAIN §9's order, then each plugin's file that has rows. */
    List<Filrader> filrader() {
        List<Filrader> antal = new ArrayList<>();
        for (Exportfil f : karnfiler()) {
            antal.add(f.filrader());
        }
        pluginfil.stream().filter(f -> !f.tom()).forEach(f -> antal.add(f.filrader()));
        return antal;
    }

    /** The plugins' files without rows: not written, and removed if an earlier export left them. */
    List<String> utelamnade() {
        List<String> namn = new ArrayList<>();
        for (int p = 0; p < pluginfiler.size(); p++) {
            if (pluginfil.get(p).tom()) {
                namn.add(pluginfiler.get(p).filnamn());
            }
        }
        return namn;
    }

    /** The core files in DOMAIN §9's order. */
    private List<Exportfil> karnfiler() {
        return List.of(anordnare, auktorisationer, kunder, insatser, rapporter, enkat, utskick, priser);
    }

    /** Completes every file; the first failure is the one reported, after every file was tried. */
    @Override
    public void close() throws IOException {
        IOException forsta = null;
        List<Exportfil> alla = new ArrayList<>(karnfiler());
        alla.addAll(pluginfil);
        for (Exportfil f : alla) {
            try {
                f.close();
            } catch (IOException e) {
                forsta = forsta == null ? e : forsta;
            }
        }
        if (forsta != null) {
            throw forsta;
        }
    }
}
