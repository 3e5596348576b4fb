package se.kundval.rapport.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.kundval.core.AtkomstNekadException;
import se.kundval.core.Inloggning;
import se.kundval.core.Rattighet;
import se.kundval.core.rapport.Andel;
import se.kundval.core.rapport.Egetresultat;
import se.kundval.core.rapport.JamforelseService;
import se.kundval.core.rapport.JusteradKvot;
import se.kundval.core.rapport.Rapportperiod;
import se.kundval.core.tjanst.InsatsstatistikService;
import se.kundval.model.Roll;

/**
 * {@link JamforelseService}: the same narrow stream and the same model as the kvalitetsrapport, without
 * the rest of the report, for the Bevilja wizard's choice of anordnare and the portal's own results.
 */
@Component(service = JamforelseService.class)
public class Jamforelseberakning implements JamforelseService {

    private InsatsstatistikService statistik;

    @Reference
    void setInsatsstatistikService(InsatsstatistikService tjanst) {
        this.statistik = tjanst;
    }

    @Override
    public Map<String, JusteradKvot> justeradeKvoter(Inloggning vem, LocalDate fran, LocalDate till, String insatstyp) {
        vem.kraver(Rattighet.LASA_RAPPORTER);
        Rapportperiod period = new Rapportperiod(fran, till);
        Fallmixinsamling insamling = new Fallmixinsamling();
        statistik.insatserUnder(vem, fran, till, fakta -> {
            if (fakta.lyckat() != null && period.innehaller(fakta.avslutsdatum())) {
                insamling.avslut(fakta);
            }
        });
        Jamforelse jamforelse = Fallmixskattning.skatta(insamling);
        Map<String, JusteradKvot> kvoter = new TreeMap<>();
        for (String orgnr : insamling.anordnare()) {
            kvoter.put(orgnr, jamforelse.kvot(orgnr, insatstyp));
        }
        return kvoter;
    }

    /**
     * The kommun's model needs every judged avslut of the kommun, which an anordnare user may not
     * read; the service reads them as a statistics reader in the caller's name (the rows name no one,
     * so nothing is logged, decision 0200) and hands back only the caller's own figures and the kommun's
     * aggregate, never a row or another anordnare's figure.
     */
    @Override
    public Egetresultat egetResultat(Inloggning vem, Rapportperiod period) {
        if (!vem.begransadTillAnordnare()) {
            throw new AtkomstNekadException(vem, Rattighet.RAPPORTERA_SOM_ANORDNARE);
        }
        vem.kraver(Rattighet.RAPPORTERA_SOM_ANORDNARE);
        Inloggning lasare = new Inloggning(vem.anvandarnamn(), vem.namn(), Roll.KVALITETSUTVECKLARE, null, vem.klient(), vem.plats());
        String orgnr = vem.orgnr();
        Fallmixinsamling insamling = new Fallmixinsamling();
        int[] egna = new int[3];
        int[] alla = new int[2];
        statistik.insatserUnder(lasare, period.fran(), period.till(), fakta -> {
            if (!period.innehaller(fakta.avslutsdatum())) {
                return;
            }
            boolean lyckat = Boolean.TRUE.equals(fakta.lyckat());
            alla[0]++;
            alla[1] += lyckat ? 1 : 0;
            if (orgnr.equals(fakta.orgnr())) {
                egna[0]++;
                egna[1] += lyckat ? 1 : 0;
                egna[2] += fakta.lyckat() == null ? 1 : 0;
            }
            if (fakta.lyckat() != null) {
                insamling.avslut(fakta);
            }
        });
        JusteradKvot kvot = Fallmixskattning.skatta(insamling).kvot(orgnr);
        return new Egetresultat(period, new Andel(egna[1], egna[0]), egna[2], new Andel(alla[1], alla[0]), kvot);
    }
}
