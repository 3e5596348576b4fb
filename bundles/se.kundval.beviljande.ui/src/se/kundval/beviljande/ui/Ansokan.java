package se.kundval.beviljande.ui;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import se.kundval.core.rapport.JusteradKvot;
import se.kundval.core.tjanst.Anordnarval;
import se.kundval.core.tjanst.Behorighetsprovning;
import se.kundval.core.tjanst.Beviljande;
import se.kundval.core.typ.Regelutfall;
import se.kundval.model.Insatstyp;
import se.kundval.model.Kund;

/**
 * What the Bevilja insats wizard has collected so far, shared by its pages. A choice on an earlier
 * page makes the later pages' results stale: a new type or date needs a new prövning, and the
 * anordnare must be authorised for the type on the start day.
 */
final class Ansokan {

    final long kundId;
    Kund kund;
    LocalDate start;
    LocalDate beslutsdatum;
    Insatstyp typ;
    Behorighetsprovning provning;
    /** What the prövning was made for: type, start and beslutsdatum; another key makes it stale. */
    private List<Object> provadFor;
    /** Rule code → the handläggare's written motivering for overriding it. */
    final Map<String, String> undantag = new LinkedHashMap<>();
    List<Anordnarval> anordnare;
    private List<Object> anordnareFor;
    Anordnarval vald;
    /** Orgnr → justerad kvot in the type (DOMAIN §13), read with the anordnare. */
    Map<String, JusteradKvot> kvoter = Map.of();
    String motivering = ""; //$NON-NLS-1$

    /** @param idag the day both start and beslutsdatum are proposed for */
    Ansokan(long kundId, LocalDate idag) {
        this.kundId = kundId;
        this.start = idag;
        this.beslutsdatum = idag;
    }

    boolean provningAktuell() {
        return provning != null && Objects.equals(provadFor, provningsnyckel());
    }

    void provad(Behorighetsprovning ny) {
        provning = ny;
        provadFor = provningsnyckel();
        undantag.keySet().retainAll(ny.underkanda().stream().map(Regelutfall::regel).toList());
    }

    boolean anordnareAktuella() {
        return anordnare != null && Objects.equals(anordnareFor, anordnarnyckel());
    }

    void anordnareLasta(List<Anordnarval> lasta) {
        anordnare = lasta;
        anordnareFor = anordnarnyckel();
        if (vald != null && lasta.stream().noneMatch(a -> a.orgnr().equals(vald.orgnr()))) {
            vald = null;
        }
    }

    /** The failing rules still without a written motivering. */
    List<Regelutfall> utanMotivering() {
        if (provning == null) {
            return List.of();
        }
        return provning.underkanda().stream().filter(r -> undantag.getOrDefault(r.regel(), "").isBlank()).toList(); //$NON-NLS-1$
    }

    Beviljande beviljande() {
        Map<String, String> skrivna = new LinkedHashMap<>();
        provning.underkanda().forEach(r -> skrivna.put(r.regel(), undantag.get(r.regel()).strip()));
        return new Beviljande(kundId, typ.getKod(), vald.orgnr(), beslutsdatum, start, motivering.strip(), skrivna);
    }

    private List<Object> provningsnyckel() {
        return List.of(typ == null ? "" : typ.getKod(), start, beslutsdatum); //$NON-NLS-1$
    }

    private List<Object> anordnarnyckel() {
        return List.of(typ == null ? "" : typ.getKod(), start); //$NON-NLS-1$
    }
}
