package se.kundval.demo;

import java.util.List;
import java.util.Map;

import se.kundval.core.Inloggning;
import se.kundval.core.tjanst.KundService;
import se.kundval.core.tjanst.Kundfraga;
import se.kundval.core.tjanst.Kundkolumn;
import se.kundval.model.Kund;
import se.kundval.model.Roll;

/**
 * A working morning in the access log, so the loggranskare's part has something to review: kv1
 * lists her kunder and opens three, marks the first as having skyddade personuppgifter, and the
 * kvalitetsutvecklare then opens that kund and two others — accesses outside her own caseload, one
 * of them to a protected identity. Every entry comes from the services as in the workbench.
 */
final class Demoatkomst {

    private static final int LISTAN = 20;
    private static final int OPPNADE = 3;

    private Demoatkomst() {
    }

    static void registrera(KundService kunder) {
        Inloggning kv1 = new Inloggning("kv1", "Karin Lind", Roll.KARRIARVAGLEDARE, null); //$NON-NLS-1$ //$NON-NLS-2$
        List<Kund> egna = kunder.sok(kv1.vid("Kunder"), new Kundfraga(Map.of(Kundkolumn.ANSVARIG, kv1.anvandarnamn()), //$NON-NLS-1$
                null, false, 0, LISTAN)).kunder();
        if (egna.isEmpty()) {
            return;
        }
        List<Kund> oppnade = egna.subList(0, Math.min(OPPNADE, egna.size()));
        for (Kund k : oppnade) {
            kunder.hamta(kv1.vid("Kundeditor"), k.getId()); //$NON-NLS-1$
        }
        kunder.markeraSkyddad(kv1.vid("Kundeditor"), oppnade.get(0).getId(), true); //$NON-NLS-1$
        Inloggning kvalitet = new Inloggning("kvalitet", "Sofia Wallin", Roll.KVALITETSUTVECKLARE, null); //$NON-NLS-1$ //$NON-NLS-2$
        for (Kund k : oppnade) {
            kunder.hamta(kvalitet.vid("Kundeditor"), k.getId()); //$NON-NLS-1$
        }
    }
}
