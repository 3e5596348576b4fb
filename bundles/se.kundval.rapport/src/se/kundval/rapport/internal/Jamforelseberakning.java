package se.kundval.rapport.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.kundval.core.Inloggning;
import se.kundval.core.Rattighet;
import se.kundval.core.rapport.JamforelseService;
import se.kundval.core.rapport.JusteradKvot;
import se.kundval.core.rapport.Rapportperiod;
import se.kundval.core.tjanst.InsatsstatistikService;

/**
 * {@link JamforelseService}: the same narrow stream and the same model as the kvalitetsrapport, without
 * the rest of the report, for the Bevilja wizard's choice of anordnare.
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
}
