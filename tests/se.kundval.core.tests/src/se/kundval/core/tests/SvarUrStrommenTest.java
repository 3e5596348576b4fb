package se.kundval.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectReader;

import se.kundval.core.ersattning.Radstatus;
import se.kundval.core.ersattning.Radtyp;
import se.kundval.core.ersattning.Utbetalningsrad;
import se.kundval.core.ersattning.Utbetalningsunderlag;
import se.kundval.core.json.Jsonfel;
import se.kundval.core.json.Jsonkodek;
import se.kundval.model.Insats;
import se.kundval.model.Kon;
import se.kundval.model.Kund;
import se.kundval.model.KundvalFactory;
import se.kundval.model.KundvalPackage;

/**
 * An answer of the server, {@code {"varde": ...}}, read straight from its bytes by the method's
 * generic return type (decision 0445): the same values as through a tree, each read its own message
 * though the reader is kept, and nothing but the one member accepted.
 */
class SvarUrStrommenTest {

    private static final KundvalFactory F = KundvalFactory.eINSTANCE;
    private static final String INSATS = "{\"@typ\":\"http://kundval.se/model/1.0#Insats\","; //$NON-NLS-1$

    /** {@code List<Insats>} as a method's generic return type. */
    private interface Insatser extends Supplier<List<Insats>> {
    }

    private final Jsonkodek kodek = new Jsonkodek(register(), Set.of());
    private final ObjectReader insatser = kodek.lasare(typargument(Insatser.class));

    @Test
    void emfObjektLasesMedVersionOchDeladeObjekt() throws IOException {
        Kund kund = kund();
        List<Insats> skrivna = List.of(insats(kund, "I1"), insats(kund, "I2"));
        @SuppressWarnings("unchecked")
        List<Insats> lasta = (List<Insats>) kodek.lasFalt(svar(skrivna), "varde", insatser);
        assertEquals(2, lasta.size());
        assertTrue(EcoreUtil.equals(skrivna.get(1), lasta.get(1)), "the insats read differs from the one written");
        assertEquals(4L, lasta.get(0).getVersion(), "the version carried for optimistic locking");
        assertSame(lasta.get(0).getKund(), lasta.get(1).getKund(), "a shared kund arrives as one object");
    }

    @Test
    void enKvarhallenLasareBorjarVarjeMeddelandeMedTomNumrering() throws IOException {
        List<Insats> skrivna = List.of(insats(kund(), "I1"));
        Object forsta = kodek.lasFalt(svar(skrivna), "varde", insatser);
        Object andra = kodek.lasFalt(svar(skrivna), "varde", insatser);
        assertNotSame(((List<?>) forsta).get(0), ((List<?>) andra).get(0), "the second answer's @id 1 is an object of its own");
    }

    @Test
    void utbetalningsunderlagLasesMedBeloppensSkala() throws IOException {
        Utbetalningsunderlag underlag = new Utbetalningsunderlag(YearMonth.of(2026, 3), List.of(new Utbetalningsrad("5560000001",
                "Anordnare AB", "I1", "AMI2", Radtyp.CHECKBELOPP, new BigDecimal("5000.00"), Radstatus.ATT_BETALA)));
        Utbetalningsunderlag last = (Utbetalningsunderlag) kodek.lasFalt(svar(underlag), "varde",
                kodek.lasare(Utbetalningsunderlag.class));
        assertEquals(underlag, last);
        assertEquals("5000.00", last.rader().get(0).belopp().toPlainString());
    }

    @Test
    void objektSkrivetIAnnanOrdningLasesLika() throws IOException {
        String json = "{\"varde\":[{\"langdManader\":6,\"@id\":1,\"insatsId\":\"I9\","
                + "\"@typ\":\"http://kundval.se/model/1.0#Insats\",\"startdatum\":\"2026-01-05\"}]}";
        @SuppressWarnings("unchecked")
        List<Insats> lasta = (List<Insats>) kodek.lasFalt(text(json), "varde", insatser);
        assertEquals("I9", lasta.get(0).getInsatsId());
        assertEquals(6, lasta.get(0).getLangdManader());
        assertEquals(LocalDate.of(2026, 1, 5), lasta.get(0).getStartdatum());
    }

    @Test
    void felenNamnerFaltOchVarde() {
        assertEquals("fel värde för Insats.langdManader: \"6\".", fel("{\"varde\":[" + INSATS + "\"langdManader\":\"6\"}]}"));
        assertEquals("okänt fält \"roll\" i Insats.", fel("{\"varde\":[" + INSATS + "\"roll\":\"ADMINISTRATOR\"}]}"));
        assertEquals("@ref 3 pekar inte på något tidigare objekt i meddelandet.", fel("{\"varde\":[" + INSATS + "\"kund\":{\"@ref\":3}}]}"));
        assertEquals("fel värde för Insats.startdatum: {\"a\":1}.", fel("{\"varde\":[" + INSATS + "\"startdatum\":{\"a\":1}}]}"));
        assertEquals("ett objekt saknar @typ.", fel("{\"varde\":[{\"insatsId\":\"I1\"}]}"));
    }

    @Test
    void baraEttFaltOchIngetEfter() {
        assertEquals("ett meddelande med bara fältet \"varde\" väntades.", fel("{\"varde\":[],\"mer\":1}"));
        assertEquals("ett meddelande med bara fältet \"varde\" väntades.", fel("{\"annat\":[]}"));
        assertEquals("ett meddelande med bara fältet \"varde\" väntades.", fel("{\"varde\":[]} {}"));
        assertEquals("ett meddelande med bara fältet \"varde\" väntades.", fel(""));
    }

    private String fel(String json) {
        Jsonfel e = assertThrows(Jsonfel.class, () -> kodek.lasFalt(text(json), "varde", insatser));
        return Jsonfel.beskriv(e).replaceFirst(" \\(vid .*\\)$", ""); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private InputStream svar(Object varde) throws IOException {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        kodek.skrivMeddelande(Map.of("varde", varde), ut);
        return new ByteArrayInputStream(ut.toByteArray());
    }

    private static InputStream text(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    private static Kund kund() {
        Kund kund = F.createKund();
        kund.setId(Long.valueOf(12));
        kund.setVersion(3);
        kund.setKundId("K2026-9");
        kund.setNamn("Agnes Åberg");
        kund.setKon(Kon.KVINNA);
        return kund;
    }

    private static Insats insats(Kund kund, String id) {
        Insats insats = F.createInsats();
        insats.setId(Long.valueOf(id.hashCode()));
        insats.setVersion(4);
        insats.setInsatsId(id);
        insats.setKund(kund);
        insats.setStartdatum(LocalDate.of(2026, 1, 5));
        insats.setLangdManader(6);
        return insats;
    }

    private static Type typargument(Class<?> leverantor) {
        return ((ParameterizedType) leverantor.getGenericInterfaces()[0]).getActualTypeArguments()[0];
    }

    private static EPackage.Registry register() {
        EPackage.Registry register = new EPackageRegistryImpl(EPackage.Registry.INSTANCE);
        register.put(KundvalPackage.eNS_URI, KundvalPackage.eINSTANCE);
        return register;
    }
}
