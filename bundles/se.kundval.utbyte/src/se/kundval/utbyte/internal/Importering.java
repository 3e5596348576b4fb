package se.kundval.utbyte.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.Inloggning;
import se.kundval.core.Rattighet;
import se.kundval.core.tjanst.Importlager;
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.core.utbyte.Karnfil;
import se.kundval.core.utbyte.UtbytesService.Filrader;
import se.kundval.core.utbyte.Utbytesfil;
import se.kundval.core.utbyte.UtbytesfelException;
import se.kundval.core.utbyte.Utbytesrad;

/**
 * One import of a folder: read every file, look up what the database holds of the keys, build the
 * objects checking every field, reference and duplicate, let the plugins read their files, run the
 * model's rules, and only when nothing at all is wrong write everything in one transaction.
 */
final class Importering {

    private final Importlager lager;
    private final ReferensdataService referensdata;
    private final List<Utbytesfil> pluginfiler;
    private final Clock klocka;

    Importering(Importlager lager, ReferensdataService referensdata, List<Utbytesfil> pluginfiler, Clock klocka) {
        this.lager = lager;
        this.referensdata = referensdata;
        this.pluginfiler = pluginfiler;
        this.klocka = klocka;
    }

    List<Filrader> importera(Inloggning vem, Path katalog) {
        vem.kraver(Rattighet.IMPORTERA);
        Map<String, List<String>> kanda = new LinkedHashMap<>();
        for (Karnfil fil : Karnfil.values()) {
            kanda.put(fil.filnamn(), fil.kolumner());
        }
        pluginfiler.forEach(p -> kanda.put(p.filnamn(), p.kolumner()));
        return importera(vem, katalog, kanda, pluginfiler, true);
    }

    /**
     * Only the kundundersökning (enkat.csv and enkat_utskick.csv), which whoever manages quality may
     * import: the folder may be a whole interchange folder, of which nothing else is read.
     */
    List<Filrader> importeraKundundersokning(Inloggning vem, Path katalog) {
        vem.kraver(Rattighet.HANTERA_KVALITET);
        Map<String, List<String>> kanda = new LinkedHashMap<>();
        for (Karnfil fil : List.of(Karnfil.ENKAT, Karnfil.ENKAT_UTSKICK)) {
            kanda.put(fil.filnamn(), fil.kolumner());
        }
        return importera(vem, katalog, kanda, List.of(), false);
    }

    private List<Filrader> importera(Inloggning vem, Path katalog, Map<String, List<String>> kanda, List<Utbytesfil> plugin,
            boolean okandaArFel) {
        if (!Files.isDirectory(katalog)) {
            throw new UtbytesfelException(List.of(NLS.bind(Messages.katalogSaknas, katalog)));
        }
        Felsamling fel = new Felsamling(List.copyOf(kanda.keySet()));
        if (okandaArFel) {
            okandaFiler(katalog, kanda.keySet(), fel);
        }
        // kunder.csv and insatser.csv are read as streams twice, keys first (decision 0441); manadsrapporter.csv,
        // most of a folder's rows, once, after the rest is checked (decision 0440); the others whole
        Path kundfil = strommad(katalog, kanda, Karnfil.KUNDER);
        Path insatsfil = strommad(katalog, kanda, Karnfil.INSATSER);
        Path rapportfil = strommad(katalog, kanda, Karnfil.MANADSRAPPORTER);
        boolean medRapporter = rapportfil != null;
        Map<String, Fillasning.Lasning> lasningar = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> fil : kanda.entrySet()) {
            Path sokvag = katalog.resolve(fil.getKey());
            if (Files.isRegularFile(sokvag) && !sokvag.equals(kundfil) && !sokvag.equals(insatsfil) && !sokvag.equals(rapportfil)) {
                try {
                    lasningar.put(fil.getKey(), Fillasning.las(sokvag, fil.getValue(), fel.fil(fil.getKey())));
                } catch (IOException e) {
                    fel.fil(fil.getKey()).fel(0, NLS.bind(Messages.kanInteLasa, e.getMessage()));
                    lasningar.put(fil.getKey(), new Fillasning.Lasning(List.of(), Set.of(), false));
                }
            }
        }
        Map<String, List<Utbytesrad>> rader = new LinkedHashMap<>();
        lasningar.forEach((fil, l) -> rader.put(fil, l.rader()));
        if (rader.isEmpty() && kundfil == null && insatsfil == null && !medRapporter && fel.tom()) {
            throw new UtbytesfelException(List.of(NLS.bind(Messages.ingaFiler, katalog, String.join(", ", kanda.keySet())))); //$NON-NLS-1$
        }
        LocalDateTime nu = LocalDateTime.now(klocka);
        Importkontext k = new Importkontext(fel, referensdata.insatstyper(), LocalDate.now(klocka), nu);
        Nyckellasning strommar = new Nyckellasning(k);
        if (kundfil != null) {
            strommar.kundnycklar(kundfil);
        }
        if (insatsfil != null) {
            strommar.insatsnycklar(insatsfil);
        }
        k.befintligt = lager.befintligt(vem, nycklar(rader, strommar, k));
        for (Karnfil fil : Karnfil.values()) {
            if (lasningar.containsKey(fil.filnamn())) {
                k.nycklarIMappen(fil, lasningar.get(fil.filnamn()));
            }
        }
        Anordnarlasning anordnare = new Anordnarlasning(k);
        anordnare.lasAnordnare(rader(rader, Karnfil.ANORDNARE));
        anordnare.lasAuktorisationer(rader(rader, Karnfil.AUKTORISATIONER));
        if (kundfil != null) {
            strommar.lasKunder(kundfil, new Kundlasning(k));
        }
        if (insatsfil != null) {
            strommar.lasInsatser(insatsfil, new Insatslasning(k));
        }
        Enkatlasning enkat = new Enkatlasning(k);
        enkat.lasSvar(rader(rader, Karnfil.ENKAT));
        enkat.lasUtskick(rader(rader, Karnfil.ENKAT_UTSKICK));
        new Prislasning(k, referensdata.priser(), vem.anvandarnamn()).las(rader(rader, Karnfil.PRISER));
        for (Utbytesfil p : plugin) {
            if (rader.containsKey(p.filnamn())) {
                p.las(rader.get(p.filnamn()), k.insatser, fel.fil(p.filnamn()));
            }
        }
        Validering.validera(k);
        Rapportlasning rapporter = new Rapportlasning(k);
        // the write starts only when all else is right, and the månadsrapporter are fed into it as they are
        // read; a bad one found on the way makes the källa throw, and the transaction writes nothing
        Importlager.Rapportkalla kalla = mottagare -> {
            if (medRapporter) {
                rapporter.las(rapportfil, mottagare);
            }
            if (!fel.tom()) {
                throw new UtbytesfelException(fel.rader(), fel.antal());
            }
        };
        if (fel.tom()) {
            lager.skriv(vem, k.innehall(), kalla);
        } else {
            kalla.mata((insats, period, status, inlamnad) -> {
            });
        }
        List<Filrader> antal = new ArrayList<>();
        for (String fil : kanda.keySet()) {
            if (fil.equals(Karnfil.MANADSRAPPORTER.filnamn()) && medRapporter) {
                antal.add(new Filrader(fil, Math.toIntExact(rapporter.rader())));
            } else if (fil.equals(Karnfil.KUNDER.filnamn()) && kundfil != null) {
                antal.add(new Filrader(fil, strommar.kunder()));
            } else if (fil.equals(Karnfil.INSATSER.filnamn()) && insatsfil != null) {
                antal.add(new Filrader(fil, strommar.insatser()));
            } else if (rader.containsKey(fil)) {
                antal.add(new Filrader(fil, rader.get(fil).size()));
            }
        }
        return antal;
    }

    private static List<Utbytesrad> rader(Map<String, List<Utbytesrad>> rader, Karnfil fil) {
        return rader.getOrDefault(fil.filnamn(), List.of());
    }

    /** A .csv file the import does not know would otherwise be left out without a word. */
    private static void okandaFiler(Path katalog, Set<String> kanda, Felsamling fel) {
        try (Stream<Path> filer = Files.list(katalog)) {
            filer.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv") && !kanda.contains(n)).sorted() //$NON-NLS-1$
                    .forEach(n -> fel.fil(n).fel(0, NLS.bind(Messages.okandFil, String.join(", ", kanda)))); //$NON-NLS-1$
        } catch (IOException e) {
            fel.allmant(NLS.bind(Messages.kanInteLasa, e.getMessage()));
        }
    }

    /** The file of the folder when the import knows it and the folder has it; read as a stream, not whole. */
    private static Path strommad(Path katalog, Map<String, List<String>> kanda, Karnfil fil) {
        Path sokvag = katalog.resolve(fil.filnamn());
        return kanda.containsKey(fil.filnamn()) && Files.isRegularFile(sokvag) ? sokvag : null;
    }

    /** Every key the rows mention, read raw: the database is asked about all of them at once. */
    private static Importlager.Nycklar nycklar(Map<String, List<Utbytesrad>> rader, Nyckellasning strommar, Importkontext k) {
        Set<String> orgnr = new HashSet<>(strommar.orgnr);
        for (Karnfil fil : List.of(Karnfil.ANORDNARE, Karnfil.AUKTORISATIONER, Karnfil.ENKAT, Karnfil.ENKAT_UTSKICK)) {
            int kolumn = fil.kolumner().indexOf("orgnr"); //$NON-NLS-1$
            rader(rader, fil).forEach(r -> orgnr.add(r.falt(kolumn)));
        }
        orgnr.remove(""); //$NON-NLS-1$
        // the first pass has left no empty key in its maps
        return new Importlager.Nycklar(orgnr, strommar.kundIds(), Nyckellasning.lastaNycklar(k.personnummerRad),
                Nyckellasning.lastaNycklar(k.insatsIdRad));
    }
}
