package se.kundval.utbyte.internal;

import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.utbyte.Karnfil;
import se.kundval.core.utbyte.Utbytesrad;
import se.kundval.model.Kon;
import se.kundval.model.Kund;
import se.kundval.model.KundvalFactory;
import se.kundval.model.KundvalPackage.Literals;
import se.kundval.model.Utbildningsniva;

/**
 * kunder.csv. A kund is a person: both kund_id and personnummer (or samordningsnummer) are keys,
 * within the file and against the database. Empty is unknown: no kön, utbildning EJ_ANGIVET
 * (docs/decisions/0009), and N for the J/N columns, which the model keeps as plain yes/no.
 */
final class Kundlasning {

    static final Map<String, Kon> KON = Map.of("K", Kon.KVINNA, "M", Kon.MAN, "A", Kon.ANNAT); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    static final List<String> KONSKODER = List.of("K", "M", "A"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    static final String OKLAR = "OKLAR"; //$NON-NLS-1$

    private static final String KUND_ID = "kund_id"; //$NON-NLS-1$
    private static final String PERSONNUMMER = "personnummer"; //$NON-NLS-1$

    private final Importkontext k;

    Kundlasning(Importkontext kontext) {
        this.k = kontext;
    }

    /** One row of kunder.csv: checked, and when right kept as a new kund. */
    void las(Utbytesrad rad) {
        Falt f = k.falt(Karnfil.KUNDER, rad);
        String kundId = f.krav(KUND_ID);
        String pnr = f.personnummer(PERSONNUMMER);
        Kund kund = KundvalFactory.eINSTANCE.createKund();
        kund.setKundId(kundId);
        kund.setPersonnummer(pnr);
        kund.setNamn(f.text("namn")); //$NON-NLS-1$
        kund.setKon(f.kod("kon", KON, KONSKODER)); //$NON-NLS-1$
        Utbildningsniva utbildning = f.uppraknat("utbildning", Literals.UTBILDNINGSNIVA); //$NON-NLS-1$
        kund.setUtbildningsniva(utbildning == null ? Utbildningsniva.EJ_ANGIVET : utbildning);
        kund.setSprak(f.text("sprak")); //$NON-NLS-1$
        kund.setEkonomisktBistand(Boolean.TRUE.equals(f.jn("ekonomiskt_bistand"))); //$NON-NLS-1$
        kund.setEtableringsprogram(Boolean.TRUE.equals(f.jn("etableringsprogram"))); //$NON-NLS-1$
        kund.setEtableringsersattning(Boolean.TRUE.equals(f.jn("etableringsersattning"))); //$NON-NLS-1$
        arbetsformaga(f, kund);
        kund.setKommun(f.text("kommun")); //$NON-NLS-1$
        kund.setAnsvarigKarriarvagledare(f.text("kv")); //$NON-NLS-1$
        if (kundId != null) {
            Importkontext.forstaGangen(f, k.kundIdRad, kundId, k.befintligt.kunder().keySet(),
                    () -> Importkontext.nyckel(KUND_ID, kundId));
        }
        if (pnr != null) {
            Importkontext.forstaGangen(f, k.personnummerRad, pnr, k.befintligt.personnummer(),
                    () -> Importkontext.nyckel(PERSONNUMMER, pnr));
        }
        if (f.ok()) {
            k.kunder.put(kundId, kund);
            k.kalla(kund, Karnfil.KUNDER, rad.rad());
        }
    }

    /** 0–100 per cent, OKLAR, or empty for unknown. */
    private static void arbetsformaga(Falt f, Kund kund) {
        String varde = f.text("arbetsformaga"); //$NON-NLS-1$
        if (OKLAR.equals(varde)) {
            kund.setArbetsformagaOklar(true);
        } else if (varde != null) {
            if (varde.matches("\\d{1,3}") && Integer.parseInt(varde) <= 100) { //$NON-NLS-1$
                kund.setArbetsformaga(Integer.valueOf(varde));
            } else {
                f.fel(NLS.bind(Messages.arbetsformaga, varde));
            }
        }
    }
}
