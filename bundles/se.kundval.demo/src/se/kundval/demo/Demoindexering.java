package se.kundval.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import se.kundval.core.Inloggning;
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.model.Insatstyp;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Malsattning;
import se.kundval.model.Pris;

/**
 * The demo's price change: a three per cent indexation from the next 1 January of every monthly
 * type offered then, proposed through the prislista by the user who created the demo. It waits for
 * a second administratör (admin or admin2) to approve it, as every price does (DOMAIN §12); until
 * then the demo is paid at the prices in force.
 */
final class Demoindexering {

    private static final BigDecimal INDEX = new BigDecimal("1.03"); //$NON-NLS-1$

    private Demoindexering() {
    }

    /** @return the proposals made */
    static List<Pris> foresla(ReferensdataService referensdata, Inloggning vem, LocalDate idag) {
        LocalDate fran = LocalDate.of(idag.getYear() + 1, 1, 1);
        List<Pris> iKraft = referensdata.priser();
        List<Pris> forslag = new ArrayList<>();
        for (Insatstyp typ : referensdata.insatstyper()) {
            boolean erbjuden = typ.getMalsattning() != Malsattning.GENOMFORD_KURS && typ.getLangdManader() != null
                    && typ.getGiltigFran() != null && !typ.getGiltigFran().isAfter(fran)
                    && (typ.getGiltigTill() == null || typ.getGiltigTill().isAfter(fran));
            Pris senaste = iKraft.stream().filter(p -> p.getInsatstyp().getKod().equals(typ.getKod()))
                    .max(Comparator.comparing(Pris::getGiltigFran)).orElse(null);
            if (erbjuden && senaste != null && senaste.getGiltigFran().isBefore(fran)) {
                Pris pris = KundvalFactory.eINSTANCE.createPris();
                pris.setInsatstyp(typ);
                pris.setGiltigFran(fran);
                pris.setCheckbelopp(senaste.getCheckbelopp().multiply(INDEX).setScale(0, RoundingMode.HALF_UP));
                pris.setBonus(senaste.getBonus());
                forslag.add(referensdata.foreslaPris(vem, pris));
            }
        }
        return forslag;
    }
}
