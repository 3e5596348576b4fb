package se.kundval.utbyte.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import se.kundval.core.utbyte.Karnfil;
import se.kundval.core.utbyte.Utbytesrad;
import se.kundval.model.Anordnare;
import se.kundval.model.Auktorisation;
import se.kundval.model.Insatstyp;
import se.kundval.model.KundvalFactory;

/**
 * anordnare.csv and auktorisationer.csv. An auktorisation may belong to an anordnare of the
 * folder or to one already in the database; its key is (orgnr, insatstyp, fran).
 */
final class Anordnarlasning {

    private record Auktorisationsnyckel(String orgnr, String insatstyp, LocalDate fran) {
    }

    private static final String ORGNR = "orgnr"; //$NON-NLS-1$
    private static final String INSATSTYP = "insatstyp"; //$NON-NLS-1$
    private static final String FRAN = "fran"; //$NON-NLS-1$

    private final Importkontext k;

    Anordnarlasning(Importkontext kontext) {
        this.k = kontext;
    }

    void lasAnordnare(List<Utbytesrad> rader) {
        Dubbletter<String> sedda = new Dubbletter<>();
        for (Utbytesrad rad : rader) {
            Falt f = k.falt(Karnfil.ANORDNARE, rad);
            String orgnr = f.orgnr(ORGNR);
            String namn = f.text("namn"); //$NON-NLS-1$
            if (orgnr != null) {
                sedda.kontrollera(f, orgnr, k.befintligt.anordnare().keySet(), Importkontext.nyckel(ORGNR, orgnr));
            }
            if (f.ok()) {
                Anordnare a = KundvalFactory.eINSTANCE.createAnordnare();
                a.setOrgnr(orgnr);
                a.setNamn(namn);
                k.anordnare.put(orgnr, a);
                k.kalla(a, Karnfil.ANORDNARE, rad.rad());
            }
        }
    }

    void lasAuktorisationer(List<Utbytesrad> rader) {
        Set<Auktorisationsnyckel> iDatabasen = new HashSet<>();
        k.befintligt.anordnare().values().forEach(a -> a.getAuktorisationer().forEach(au -> iDatabasen.add(
                new Auktorisationsnyckel(a.getOrgnr(), au.getInsatstyp().getKod(), au.getFran()))));
        Dubbletter<Auktorisationsnyckel> sedda = new Dubbletter<>();
        for (Utbytesrad rad : rader) {
            Falt f = k.falt(Karnfil.AUKTORISATIONER, rad);
            String orgnr = f.krav(ORGNR);
            Insatstyp typ = k.typ(f, INSATSTYP);
            LocalDate fran = f.kravDatum(FRAN);
            LocalDate till = f.datum("till"); //$NON-NLS-1$
            Anordnare anordnare = orgnr == null ? null : k.anordnare(f, orgnr);
            if (anordnare != null && typ != null && fran != null) {
                sedda.kontrollera(f, new Auktorisationsnyckel(orgnr, typ.getKod(), fran), iDatabasen,
                        Importkontext.nyckel(ORGNR, orgnr, INSATSTYP, typ.getKod(), FRAN, fran.toString()));
            }
            if (f.ok()) {
                Auktorisation a = KundvalFactory.eINSTANCE.createAuktorisation();
                a.setInsatstyp(typ);
                a.setFran(fran);
                a.setTill(till);
                anordnare.getAuktorisationer().add(a);
                if (anordnare.getId() != null) {
                    k.auktorisationerPaBefintliga.add(a);
                }
                k.kalla(a, Karnfil.AUKTORISATIONER, rad.rad());
            }
        }
    }
}
