package se.kundval.utbyte.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

import se.kundval.core.tjanst.Importlager;
import se.kundval.core.utbyte.Karnfil;
import se.kundval.core.utbyte.Utbytesrad;
import se.kundval.model.Anordnare;
import se.kundval.model.Auktorisation;
import se.kundval.model.Enkatsvar;
import se.kundval.model.Enkatutskick;
import se.kundval.model.Insats;
import se.kundval.model.Insatstyp;
import se.kundval.model.Kund;
import se.kundval.model.Pris;

/**
 * What one import has read so far: the objects built from the folder's rows with the file and
 * line each came from, the keys every row mentioned (also rows that could not be read, so a
 * reference to a bad row is not reported a second time), and what the database already holds.
 */
final class Importkontext {

    /** Where an object was read: its file and line. */
    record Kalla(String fil, int rad) {
    }

    final Felsamling fel;
    final LocalDate idag;
    final LocalDateTime nu;
    final Map<String, Insatstyp> typer = new LinkedHashMap<>();
    Importlager.Befintligt befintligt;

    final Map<String, Anordnare> anordnare = new LinkedHashMap<>();
    final List<Auktorisation> auktorisationerPaBefintliga = new ArrayList<>();
    final Map<String, Kund> kunder = new LinkedHashMap<>();
    final Map<String, Insats> insatser = new LinkedHashMap<>();
    final List<Enkatsvar> enkatsvar = new ArrayList<>();
    final List<Enkatutskick> enkatutskick = new ArrayList<>();
    final List<Pris> priser = new ArrayList<>();

    final Set<String> orgnrIMappen = new HashSet<>();
    /**
     * Each kund_id, personnummer and insats_id of kunder.csv and insatser.csv with the line it first
     * stands on (0: only on rows that could not be split), from the files' first pass ({@link Nyckellasning}).
     */
    final Map<String, Integer> kundIdRad = new HashMap<>();
    final Map<String, Integer> personnummerRad = new HashMap<>();
    final Map<String, Integer> insatsIdRad = new HashMap<>();
    /** Files whose header was wrong: none of their rows were read, so nothing can be said about references to them. */
    final Set<String> olasbara = new HashSet<>();

    private final Map<EObject, Kalla> kallor = new IdentityHashMap<>();
    private final Map<Karnfil, Map<String, Integer>> index = new HashMap<>();

    Importkontext(Felsamling fel, List<Insatstyp> typer, LocalDate idag, LocalDateTime nu) {
        this.fel = fel;
        this.idag = idag;
        this.nu = nu;
        typer.forEach(t -> this.typer.put(t.getKod(), t));
    }

    Falt falt(Karnfil fil, Utbytesrad rad) {
        Map<String, Integer> kolumner = index.computeIfAbsent(fil, f -> {
            Map<String, Integer> m = new HashMap<>();
            for (int i = 0; i < f.kolumner().size(); i++) {
                m.put(f.kolumner().get(i), i);
            }
            return m;
        });
        return new Falt(rad, kolumner, fel.fil(fil.filnamn()));
    }

    void kalla(EObject objekt, Karnfil fil, int rad) {
        kallor.put(objekt, new Kalla(fil.filnamn(), rad));
    }

    /**
     * Registers the keys (first column) of every row of a file, also of rows that could not be
     * read: a reference to such a row is then not reported again.
     */
    void nycklarIMappen(Karnfil fil, Fillasning.Lasning lasning) {
        Set<String> iMappen = fil == Karnfil.ANORDNARE ? orgnrIMappen : null;
        if (!lasning.lasbar()) {
            olasbara.add(fil.filnamn());
        }
        if (iMappen != null) {
            lasning.rader().forEach(r -> iMappen.add(r.falt(0)));
            iMappen.addAll(lasning.trasiga());
            iMappen.remove(""); //$NON-NLS-1$
        }
    }

    /** The file and line of the object, or of the nearest container read from a file. */
    Kalla kalla(EObject objekt) {
        for (EObject o = objekt; o != null; o = o.eContainer()) {
            Kalla k = kallor.get(o);
            if (k != null) {
                return k;
            }
        }
        return null;
    }

    /** The insats type with the code in the column; an unknown code is reported. */
    Insatstyp typ(Falt f, String kolumn) {
        String kod = f.krav(kolumn);
        if (kod == null) {
            return null;
        }
        Insatstyp typ = typer.get(kod);
        if (typ == null) {
            f.fel(NLS.bind(Messages.okandInsatstyp, new Object[] {kolumn, kod, String.join(", ", typer.keySet())})); //$NON-NLS-1$
        }
        return typ;
    }

    /** The anordnare of the folder or of the database; a missing one is reported. */
    Anordnare anordnare(Falt f, String orgnr) {
        Anordnare a = anordnare.containsKey(orgnr) ? anordnare.get(orgnr) : befintligt.anordnare().get(orgnr);
        return referens(f, a, orgnr, orgnrIMappen, "orgnr", Karnfil.ANORDNARE); //$NON-NLS-1$
    }

    /** The kund of the folder or of the database; a missing one is reported. */
    Kund kund(Falt f, String kundId) {
        Kund k = kunder.containsKey(kundId) ? kunder.get(kundId) : befintligt.kunder().get(kundId);
        return referens(f, k, kundId, kundIdRad.keySet(), "kund_id", Karnfil.KUNDER); //$NON-NLS-1$
    }

    private <T> T referens(Falt f, T hittad, String nyckel, Set<String> iMappen, String kolumn, Karnfil fil) {
        if (hittad == null && (iMappen.contains(nyckel) || olasbara.contains(fil.filnamn()))) {
            f.utanMeddelande();
        } else if (hittad == null) {
            f.fel(NLS.bind(Messages.saknasReferens, new Object[] {kolumn, nyckel, fil.filnamn()}));
        }
        return hittad;
    }

    /**
     * The duplicate check of a key whose first lines the first pass noted: a key first met on an
     * earlier line, or one the database already holds, is reported on the row as {@link Dubbletter} does.
     */
    static void forstaGangen(Falt f, Map<String, Integer> forstaRad, String nyckel, Set<String> iDatabasen, Supplier<String> beskrivning) {
        Integer forsta = forstaRad.get(nyckel);
        if (forsta != null && forsta > 0 && forsta < f.rad()) {
            f.fel(NLS.bind(Messages.dubblett, beskrivning.get(), forsta));
        } else if (iDatabasen.contains(nyckel)) {
            f.fel(NLS.bind(Messages.finnsIDatabasen, beskrivning.get()));
        }
    }

    /** {@code kolumn 'värde', kolumn 'värde'}: a key as the messages name it. */
    static String nyckel(String... kolumnOchVarde) {
        List<String> delar = new ArrayList<>();
        for (int i = 0; i < kolumnOchVarde.length; i += 2) {
            delar.add(NLS.bind(Messages.nyckel, kolumnOchVarde[i], kolumnOchVarde[i + 1]));
        }
        return delar.stream().collect(Collectors.joining(", ")); //$NON-NLS-1$
    }

    Importlager.Innehall innehall() {
        return new Importlager.Innehall(List.copyOf(anordnare.values()), auktorisationerPaBefintliga,
                List.copyOf(kunder.values()), List.copyOf(insatser.values()), enkatsvar, enkatutskick, priser);
    }
}
