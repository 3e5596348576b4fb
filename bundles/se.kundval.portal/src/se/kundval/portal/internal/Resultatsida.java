package se.kundval.portal.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.kundval.core.rapport.Andel;
import se.kundval.core.rapport.Egetresultat;
import se.kundval.core.rapport.JusteradKvot;
import se.kundval.core.rapport.Kvalitetsrapport;
import se.kundval.core.rapport.Rapportperiod;

/**
 * {@code /anordnare/resultat?ar=ÅÅÅÅ&tertial=T}: the organisation's andel lyckade and justerad kvot of
 * a tertial beside the kommun's aggregate (decision 0376), through the service that knows the
 * organisation only from the login. Without a choice: the last full tertial. The choice is a GET form,
 * so a result has an address and the back button works.
 */
final class Resultatsida {

    static final String SOKVAG = "/resultat"; //$NON-NLS-1$
    /** The years one can choose: the kundval's reports go back a decade. */
    private static final int AR_BAKAT = 9;

    private final Sidkontext k;

    Resultatsida(Sidkontext k) {
        this.k = k;
    }

    Svar visa() {
        int[] standard = senastHelaTertial(k.idag());
        boolean vald = !k.begaran().falt("ar").isEmpty() || !k.begaran().falt("tertial").isEmpty(); //$NON-NLS-1$ //$NON-NLS-2$
        Formular formular = new Formular(k.texter(), vald ? k.begaran().falt()
                : Map.of("ar", String.valueOf(standard[0]), "tertial", String.valueOf(standard[1])), "ar", "tertial"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        Integer ar = formular.heltal("ar", "resultat.falt.ar", true); //$NON-NLS-1$ //$NON-NLS-2$
        Integer tertial = formular.heltal("tertial", "resultat.falt.tertial", true); //$NON-NLS-1$ //$NON-NLS-2$
        int iAr = k.idag().getYear();
        if (ar != null && (ar < iAr - AR_BAKAT || ar > iAr)) {
            formular.fel("ar", k.texter().text("resultat.felAr", iAr - AR_BAKAT, iAr)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (tertial != null && (tertial < 1 || tertial > 3)) {
            formular.fel("tertial", k.texter().text("resultat.felTertial")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Rapportperiod period = formular.ok() ? Rapportperiod.tertial(ar, tertial) : null;
        if (period != null && period.fran().isAfter(k.idag())) {
            formular.fel("tertial", k.texter().text("resultat.framtid")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Sidinnehall sida = formular.till(new Sidinnehall(k.texter().text("resultat.rubrik"))) //$NON-NLS-1$
                .med("ingress", k.texter().text("resultat.ingress", k.organisation())) //$NON-NLS-1$ //$NON-NLS-2$
                .med("handling", Portal.BAS + SOKVAG).med("arval", arval(iAr, formular.text("ar"))) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .med("tertialval", tertialval(formular.text("tertial"))); //$NON-NLS-1$ //$NON-NLS-2$
        if (!formular.ok()) {
            return k.sida(400, "resultat", sida); //$NON-NLS-1$
        }
        Egetresultat resultat = k.tjanster().jamforelser().get().egetResultat(k.vem(), period);
        sida.med("period", k.texter().text("resultat.period", tertial, ar, period.fran().toString(), period.till().toString())); //$NON-NLS-1$ //$NON-NLS-2$
        if (!period.till().isBefore(k.idag())) {
            sida.med("pagar", k.texter().text("resultat.pagar")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        sida.med("egna", andel(resultat.egnaLyckade())).med("kommunen", andel(resultat.kommunensLyckade())) //$NON-NLS-1$ //$NON-NLS-2$
                .med("mal", Svenska.procent(new BigDecimal(Kvalitetsrapport.MAL_ANDEL_LYCKADE))); //$NON-NLS-1$
        if (resultat.egnaObedomda() > 0) {
            sida.med("obedomda", k.texter().text("resultat.obedomda", resultat.egnaObedomda())); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return k.sida(200, "resultat", sida.med("kvot", kvot(resultat.justering()))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The tertial before the one today is in: the last that is over. */
    static int[] senastHelaTertial(LocalDate idag) {
        int tertial = (idag.getMonthValue() - 1) / 4 + 1;
        return tertial == 1 ? new int[] {idag.getYear() - 1, 3} : new int[] {idag.getYear(), tertial - 1};
    }

    private Map<String, Object> andel(Andel andel) {
        Map<String, Object> m = new LinkedHashMap<>();
        String procent = Svenska.procent(andel.varde());
        m.put("varde", procent == null ? k.texter().text("resultat.ingaAvslut") : procent); //$NON-NLS-1$ //$NON-NLS-2$
        m.put("underlag", k.texter().text("resultat.underlag", andel.antal(), andel.av())); //$NON-NLS-1$ //$NON-NLS-2$
        if (andel.av() > 0 && andel.osaker()) {
            m.put("osaker", k.texter().text("resultat.osaker")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return m;
    }

    private Map<String, Object> kvot(JusteradKvot kvot) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (kvot.visas()) {
            m.put("varde", Svenska.kvot(kvot.kvot())); //$NON-NLS-1$
            m.put("intervall", k.texter().text("resultat.intervall", Svenska.kvot(Math.max(0, kvot.lag())), Svenska.kvot(kvot.hog()))); //$NON-NLS-1$ //$NON-NLS-2$
            m.put("tolkning", k.texter().kod(kvot.tolkning())); //$NON-NLS-1$
            m.put("underlag", k.texter().text("resultat.kvotUnderlag", kvot.observerade(), Svenska.kvot(kvot.forvantade()), kvot.bedomda())); //$NON-NLS-1$ //$NON-NLS-2$
        } else if (kvot.bedomda() < JusteradKvot.MINSTA_ANTAL) {
            m.put("saknas", k.texter().text("resultat.forFa", JusteradKvot.MINSTA_ANTAL, kvot.bedomda())); //$NON-NLS-1$ //$NON-NLS-2$
        } else {
            m.put("saknas", k.texter().text("resultat.ingenModell")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return m;
    }

    private static List<Map<String, Object>> arval(int iAr, String valt) {
        List<Map<String, Object>> val = new ArrayList<>();
        for (int ar = iAr; ar >= iAr - AR_BAKAT; ar--) {
            val.add(alternativ(String.valueOf(ar), String.valueOf(ar), valt));
        }
        return val;
    }

    private List<Map<String, Object>> tertialval(String valt) {
        List<Map<String, Object>> val = new ArrayList<>();
        for (int t = 1; t <= 3; t++) {
            val.add(alternativ(String.valueOf(t), k.texter().text("resultat.tertial" + t), valt)); //$NON-NLS-1$
        }
        return val;
    }

    private static Map<String, Object> alternativ(String varde, String text, String valt) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("varde", varde); //$NON-NLS-1$
        m.put("text", text); //$NON-NLS-1$
        if (varde.equals(valt)) {
            m.put("valt", Boolean.TRUE); //$NON-NLS-1$
        }
        return m;
    }
}
