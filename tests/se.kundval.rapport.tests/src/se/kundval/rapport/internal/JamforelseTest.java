package se.kundval.rapport.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import se.kundval.core.rapport.Fallmix;
import se.kundval.core.rapport.JusteradKvot;
import se.kundval.core.rapport.Oddskvot;
import se.kundval.core.rapport.Tolkning;
import se.kundval.core.tjanst.Effektuppfoljt;
import se.kundval.model.Utbildningsniva;

/**
 * The case-mix model of DOMAIN §13 on generated histories where lyckat depends only on the kunder
 * (and, for two anordnare, on the anordnare): the raw share misleads, the justerad kvot does not.
 */
class JamforelseTest {

    private static final List<String> ANORDNARE = List.of("SVAR", "LATT", "BATTRE", "SAMRE", "N1", "N2", "N3", "N4");

    /** Hard and easy kunder, a truly better and a truly worse anordnare with an average mix, four ordinary ones. */
    private static Fallhistorik historik() {
        Fallhistorik h = new Fallhistorik(7).anordnare("SVAR", 300, 0.45, 0).anordnare("LATT", 300, -0.45, 0)
                .anordnare("BATTRE", 300, 0, 0.8).anordnare("SAMRE", 300, 0, -0.8);
        for (String n : List.of("N1", "N2", "N3", "N4")) {
            h.anordnare(n, 300, 0, 0);
        }
        return h;
    }

    @Test
    void radaAndelenRangordnarFelMenJusteradKvotRatt() {
        Fallmixinsamling data = historik().insamling();
        Jamforelse j = Fallmixskattning.skatta(data);
        assertEquals(Fallmix.Status.SKATTAD, j.fallmix().status());
        Map<String, JusteradKvot> k = ANORDNARE.stream().collect(Collectors.toMap(Function.identity(), j::kvot));
        // the raw share puts the one with hard kunder below the truly worse one, the easy one above the truly better one
        assertTrue(andel(k.get("SVAR")) < andel(k.get("SAMRE")), () -> andel(k.get("SVAR")) + " " + andel(k.get("SAMRE")));
        assertTrue(andel(k.get("LATT")) > andel(k.get("BATTRE")), () -> andel(k.get("LATT")) + " " + andel(k.get("BATTRE")));
        // adjusted for the kunder: hard and easy are as expected, better and worse are told apart
        assertInnehallerEtt(k.get("SVAR"));
        assertInnehallerEtt(k.get("LATT"));
        assertTrue(k.get("BATTRE").lag() > 1, () -> "BATTRE " + k.get("BATTRE").lag());
        assertTrue(k.get("SAMRE").hog() < 1, () -> "SAMRE " + k.get("SAMRE").hog());
        assertEquals(Tolkning.SOM_VANTAT, k.get("SVAR").tolkning());
        assertEquals(Tolkning.FLER_AN_VANTAT, k.get("BATTRE").tolkning());
        assertEquals(Tolkning.FARRE_AN_VANTAT, k.get("SAMRE").tolkning());
        assertTrue(k.get("SAMRE").kvot() < k.get("SVAR").kvot());
    }

    @Test
    void forvantadeSummeratOverAnordnarnaArObserverade() {
        Fallmixinsamling data = historik().insamling();
        Jamforelse j = Fallmixskattning.skatta(data);
        double forvantade = 0;
        int observerade = 0;
        for (String orgnr : data.anordnare()) {
            forvantade += j.kvot(orgnr).forvantade();
            observerade += j.kvot(orgnr).observerade();
        }
        assertEquals(data.lyckade(), observerade);
        assertEquals(observerade, forvantade, 0.01);
    }

    @Test
    void kandaKoefficienterAterfinnsIEttStortUrval() {
        Jamforelse j = Fallmixskattning.skatta(new Fallhistorik(11).anordnare("X", 40_000, 0, 0).insamling());
        Map<String, Double> log = j.fallmix().oddskvoter().stream()
                .collect(Collectors.toMap(o -> o.kovariat() + '/' + o.niva(), o -> Math.log(o.oddskvot())));
        // the references are the most common levels: arbetsförmåga 100 %, gymnasium, no bistånd, 35–44
        assertEquals(Fallhistorik.FORMAGA_UNDER_25, log.get("arbetsformaga/UNDER_25_ELLER_OKLAR"), 0.15);
        assertEquals(Fallhistorik.FORMAGA_50_99, log.get("arbetsformaga/50-99"), 0.15);
        assertEquals(Fallhistorik.GRUNDSKOLA, log.get("utbildningsniva/GRUNDSKOLA_4_9"), 0.15);
        assertEquals(Fallhistorik.HOGSKOLA, log.get("utbildningsniva/HOGSKOLA"), 0.15);
        assertEquals(Fallhistorik.BISTAND, log.get("ekonomiskt_bistand/JA"), 0.15);
        assertEquals(Fallhistorik.ALDER_55, log.get("alder/55+"), 0.15);
        assertEquals(0, log.get("kon/MAN") + log.get("kon/KVINNA"), 0.15);
        // the true coefficient lies inside its 95 % interval
        Oddskvot formaga = j.fallmix().oddskvoter().stream().filter(o -> o.niva().equals("UNDER_25_ELLER_OKLAR")).findFirst().orElseThrow();
        assertTrue(formaga.lag() < Math.exp(Fallhistorik.FORMAGA_UNDER_25) && Math.exp(Fallhistorik.FORMAGA_UNDER_25) < formaga.hog());
    }

    @Test
    void enNivaSomSaknasIPeriodenFallerBort() {
        Jamforelse j = Fallmixskattning.skatta(historik().insamling());
        List<String> nivaer = j.fallmix().oddskvoter().stream().map(o -> o.kovariat() + '/' + o.niva()).toList();
        // nobody is in the etableringsprogram and every språk is given: those levels have no coefficient
        assertTrue(nivaer.contains("etableringsprogram/NEJ"));
        assertFalse(nivaer.contains("etableringsprogram/JA"));
        assertFalse(nivaer.contains("sprak/EJ_ANGIVET"));
        assertFalse(nivaer.contains("arbetsformaga/25-49"));
        assertEquals(1 + nivaer.size() - Kovariater.ALLA.size(), j.fallmix().parametrar());
    }

    @Test
    void artonBedomdaAvslutBehovs() {
        Fallhistorik h = historik();
        h.anordnare("SJUTTON", 17, 0, 0).anordnare("ARTON", 18, 0, 0);
        Jamforelse j = Fallmixskattning.skatta(h.insamling());
        JusteradKvot sjutton = j.kvot("SJUTTON");
        assertEquals(17, sjutton.bedomda());
        assertFalse(sjutton.visas());
        assertNull(sjutton.kvot());
        assertNull(sjutton.lag());
        assertEquals(Tolkning.FOR_FA, sjutton.tolkning());
        JusteradKvot arton = j.kvot("ARTON");
        assertTrue(arton.visas());
        assertEquals(arton.observerade() / arton.forvantade(), arton.kvot(), 1e-12);
        double halvbredd = JusteradKvot.Z95 * Math.sqrt(arton.varians()) / arton.forvantade();
        assertEquals(arton.kvot() - halvbredd, arton.lag(), 1e-12);
        assertEquals(arton.kvot() + halvbredd, arton.hog(), 1e-12);
    }

    @Test
    void enEndaAnordnareArSomVantat() {
        Jamforelse j = Fallmixskattning.skatta(new Fallhistorik(3).anordnare("ENSAM", 800, 0.2, 0.5).insamling());
        JusteradKvot k = j.kvot("ENSAM");
        // compared with itself: its own effect goes into the intercept
        assertEquals(1, k.kvot(), 1e-4);
        assertEquals(Tolkning.SOM_VANTAT, k.tolkning());
    }

    @Test
    void enNivaDarAllaGickSammaVagFarIngetIntervallMenDeAndraFar() {
        Fallhistorik h = historik();
        Fallmixinsamling data = h.insamling();
        // a rare type whose three avslut all failed: its coefficient runs off to minus infinity
        for (int i = 0; i < 3; i++) {
            data.avslut(h.fakta("N1", "SAI", 100, Utbildningsniva.GYMNASIUM, false, 30, false, Effektuppfoljt.INGEN));
        }
        Jamforelse j = Fallmixskattning.skatta(data);
        assertEquals(Fallmix.Status.SKATTAD, j.fallmix().status());
        Oddskvot sai = j.fallmix().oddskvoter().stream().filter(o -> o.niva().equals("SAI")).findFirst().orElseThrow();
        assertTrue(sai.oddskvot() < 0.01, () -> String.valueOf(sai.oddskvot()));
        assertNull(sai.lag());
        assertNull(sai.hog());
        assertTrue(j.fallmix().oddskvoter().stream().filter(o -> !o.referens() && !o.niva().equals("SAI"))
                .allMatch(o -> o.lag() != null && o.lag() < o.oddskvot() && o.oddskvot() < o.hog()));
        assertEquals(data.lyckade(), data.anordnare().stream().mapToDouble(o -> j.kvot(o).forvantade()).sum(), 0.01);
    }

    @Test
    void enForLitenPeriodSagerDet() {
        Jamforelse j = Fallmixskattning.skatta(new Fallhistorik(5).anordnare("A", 40, 0, 0).insamling());
        assertEquals(Fallmix.Status.FOR_FA_AVSLUT, j.fallmix().status());
        assertTrue(j.fallmix().oddskvoter().isEmpty());
        JusteradKvot k = j.kvot("A");
        assertEquals(40, k.bedomda());
        assertNull(k.forvantade());
        assertEquals(Tolkning.FOR_FA, k.tolkning());
    }

    @Test
    void perInsatstypRaknasBaraTypensAvslut() {
        Jamforelse j = Fallmixskattning.skatta(historik().insamling());
        JusteradKvot alla = j.kvot("N1");
        JusteradKvot ami1 = j.kvot("N1", "AMI1");
        JusteradKvot ami2 = j.kvot("N1", "AMI2");
        assertEquals(alla.bedomda(), ami1.bedomda() + ami2.bedomda());
        assertEquals(alla.forvantade(), ami1.forvantade() + ami2.forvantade(), 1e-9);
    }

    private static double andel(JusteradKvot k) {
        return (double) k.observerade() / k.bedomda();
    }

    private static void assertInnehallerEtt(JusteradKvot k) {
        assertTrue(k.lag() < 1 && 1 < k.hog(), () -> k + " [" + k.lag() + ", " + k.hog() + "]");
    }
}
