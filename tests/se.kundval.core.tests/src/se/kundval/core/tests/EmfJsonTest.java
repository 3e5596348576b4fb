package se.kundval.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.EFactoryImpl;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;

import se.kundval.core.json.Jsonfel;
import se.kundval.core.json.Jsonkodek;
import se.kundval.model.Anordnare;
import se.kundval.model.Anvandare;
import se.kundval.model.Avslut;
import se.kundval.model.Avslutsbedomning;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Beslut;
import se.kundval.model.BeslutTyp;
import se.kundval.model.Insats;
import se.kundval.model.InsatsStatus;
import se.kundval.model.Insatstyp;
import se.kundval.model.Kon;
import se.kundval.model.Kund;
import se.kundval.model.Kundval;
import se.kundval.model.KundvalFactory;
import se.kundval.model.KundvalPackage;
import se.kundval.model.Roll;
import se.kundval.model.Undantag;
import se.kundval.model.impl.InsatstypdataImpl;

/**
 * EMF objects through the codec as the server and the client exchange them: a fully loaded insats
 * arrives equal, with versions, shared objects and cycles intact, a plugin's typdata class included;
 * what does not fit is refused with a Swedish message naming the place.
 */
class EmfJsonTest {

    private static final KundvalFactory F = KundvalFactory.eINSTANCE;
    private static final Type INSATSLISTA = typargument(Insatser.class);

    /** {@code List<Insats>} as a method's generic parameter type. */
    private interface Insatser extends Supplier<List<Insats>> {
    }

    /** {@code Optional<Kund>}, as a method's generic return type. */
    private interface OptionalKund extends Supplier<Optional<Kund>> {
    }

    /** A plugin's typdata class with a reference back to its insats: a cycle through the container. */
    private final EPackage plugin = pluginpaket();
    private final EPackage.Registry register = register(plugin);
    private final Jsonkodek kodek = new Jsonkodek(register, Set.of());

    @Test
    void ettFulltLastatInsatsKommerFramLika() throws IOException {
        Insats insats = fullInsats(kund("K2026-1"));
        Insats last = (Insats) kodek.lasVarde(trad(insats), Insats.class);
        assertTrue(EcoreUtil.equals(insats, last), "the insats read differs from the one written");
        assertEquals(7L, last.getVersion());
        assertEquals(Long.valueOf(70), last.getId());
        assertEquals(new BigDecimal("12.50"), last.getTypdata().eGet(last.getTypdata().eClass().getEStructuralFeature("timpris")));
        assertSame(last, last.getTypdata().eGet(last.getTypdata().eClass().getEStructuralFeature("insatsen")), "the cycle is broken");
        assertSame(last, last.getBeslut().get(0).getInsats(), "the container is not restored");
        assertEquals(2, last.getAvslut().getBedomningar().size());
        assertEquals(BeslutTyp.FORLANGNING, last.getBeslut().get(1).getTyp());
    }

    @Test
    void ettDelatObjektArEttObjektAvenEfterat() throws IOException {
        Kund kund = kund("K2026-2");
        List<Insats> insatser = List.of(fullInsats(kund), fullInsats(kund));
        String text = text(insatser);
        assertTrue(text.contains("{\"@ref\":"), text);
        @SuppressWarnings("unchecked")
        List<Insats> lasta = (List<Insats>) kodek.lasVarde(kodek.lasTrad(text), INSATSLISTA);
        assertSame(lasta.get(0).getKund(), lasta.get(1).getKund());
        assertTrue(lasta.get(0).getInsatstyp() != lasta.get(1).getInsatstyp(), "objects equal but not the same stay two");
    }

    @Test
    void identitetenGallerOverEttMeddelandesAllaVarden() throws IOException {
        Kund kund = kund("K2026-3");
        JsonNode meddelande = kodek.lasTrad(text(List.of(kund, fullInsats(kund))));
        List<Object> lasta = kodek.lasVarden(List.of(meddelande.get(0), meddelande.get(1)), List.of(Kund.class, Insats.class));
        assertSame(lasta.get(0), ((Insats) lasta.get(1)).getKund());
    }

    @Test
    void optionalSomVardeEllerNull() throws IOException {
        Optional<?> last = (Optional<?>) kodek.lasVarde(trad(Optional.of(kund("K2026-4"))), typargument(OptionalKund.class));
        assertEquals("K2026-4", ((Kund) last.orElseThrow()).getKundId());
        assertEquals("null", text(Optional.empty()));
    }

    @Test
    void hemligaFaltSkrivsSomNull() throws IOException {
        Anvandare a = F.createAnvandare();
        a.setAnvandarnamn("hl1");
        a.setRoll(Roll.HANDLAGGARE);
        a.setLosenordHash("pbkdf2$hemligt");
        Jsonkodek server = new Jsonkodek(register, Set.of(KundvalPackage.Literals.ANVANDARE__LOSENORD_HASH));
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        server.skrivMeddelande(a, ut);
        String text = ut.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("\"losenordHash\":null"), text);
        assertTrue(text.contains("\"anvandarnamn\":\"hl1\""), text);
        assertEquals("pbkdf2$hemligt", a.getLosenordHash(), "writing changed the object");
    }

    @Test
    void okandTypAvvisas() {
        String fel = fel("{\"@typ\":\"http://kundval.se/model/1.0#Hemlig\",\"@id\":1}", Insats.class);
        assertEquals("okänd typ http://kundval.se/model/1.0#Hemlig.", fel);
        assertEquals("okänd typ http://annan/1.0#Insats.", fel("{\"@typ\":\"http://annan/1.0#Insats\"}", Insats.class));
    }

    @Test
    void okantFaltAvvisas() {
        assertEquals("okänt fält \"roll\" i Insats.",
                fel("{\"@typ\":\"http://kundval.se/model/1.0#Insats\",\"roll\":\"ADMINISTRATOR\"}", Insats.class));
        assertEquals("okänt fält \"fodelsedatum\" i Kund.",
                fel("{\"@typ\":\"http://kundval.se/model/1.0#Kund\",\"fodelsedatum\":\"1990-01-01\"}", Kund.class),
                "a derived feature is computed, not sent");
    }

    @Test
    void felTypAvVardeAvvisas() {
        String insats = "{\"@typ\":\"http://kundval.se/model/1.0#Insats\",";
        assertEquals("fel värde för Insats.langdManader: \"6\".", fel(insats + "\"langdManader\":\"6\"}", Insats.class));
        assertEquals("fel värde för Insats.startdatum: \"2026-13-01\".", fel(insats + "\"startdatum\":\"2026-13-01\"}", Insats.class));
        assertEquals("fel värde för Insats.insatsId: 5.", fel(insats + "\"insatsId\":5}", Insats.class));
        assertEquals("fel värde för Insats.status: \"KLAR\".", fel(insats + "\"status\":\"KLAR\"}", Insats.class));
        assertEquals("fel värde för Insats.langdManader: null.", fel(insats + "\"langdManader\":null}", Insats.class));
        assertEquals("en Kund kan inte stå där en Insats väntas.",
                fel("{\"@typ\":\"http://kundval.se/model/1.0#Kund\"}", Insats.class));
        assertEquals("en Anordnare kan inte stå där en Kund väntas.",
                fel(insats + "\"kund\":{\"@typ\":\"http://kundval.se/model/1.0#Anordnare\"}}", Insats.class));
        assertEquals("@ref 9 pekar inte på något tidigare objekt i meddelandet.", fel(insats + "\"kund\":{\"@ref\":9}}", Insats.class));
    }

    @Test
    void felIEnPostNamnerPlatsen() throws IOException {
        JsonNode argument = kodek.lasTrad("[{\"sida\":\"ett\"}]");
        JsonMappingException e = assertThrows(JsonMappingException.class,
                () -> kodek.lasVarden(List.of(argument.get(0)), List.of(Sida.class)));
        assertEquals("fel typ av värde vid [0].sida.", Jsonfel.beskriv(e));
    }

    /** A record as the services take them. */
    record Sida(int sida) {
    }

    private String fel(String json, Class<?> typ) {
        Jsonfel e = assertThrows(Jsonfel.class, () -> kodek.lasVarde(kodek.lasTrad(json), typ));
        return Jsonfel.beskriv(e).replaceFirst(" \\(vid .*\\)$", "");
    }

    private JsonNode trad(Object varde) throws IOException {
        return kodek.lasTrad(text(varde));
    }

    private String text(Object varde) throws IOException {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        kodek.skrivMeddelande(varde, ut);
        return ut.toString(StandardCharsets.UTF_8);
    }

    private static Kund kund(String kundId) {
        Kund kund = F.createKund();
        kund.setId(Long.valueOf(kundId.hashCode() & 0xffff));
        kund.setVersion(3);
        kund.setKundId(kundId);
        kund.setPersonnummer("199002022389");
        kund.setNamn("Agnes Åberg");
        kund.setKon(Kon.KVINNA);
        kund.setArbetsformaga(Integer.valueOf(50));
        return kund;
    }

    private Insats fullInsats(Kund kund) {
        Kundval kundval = F.createKundval();
        kundval.setKod("KV2024");
        Insatstyp typ = F.createInsatstyp();
        typ.setKod("AMI2");
        typ.setKundval(kundval);
        Anordnare anordnare = F.createAnordnare();
        anordnare.setOrgnr("5560000001");
        anordnare.setNamn("Anordnare AB");
        Insats insats = F.createInsats();
        insats.setId(Long.valueOf(70));
        insats.setVersion(7);
        insats.setInsatsId("I2026-1");
        insats.setKund(kund);
        insats.setInsatstyp(typ);
        insats.setAnordnare(anordnare);
        insats.setStartdatum(LocalDate.of(2026, 1, 5));
        insats.setLangdManader(6);
        insats.setStatus(InsatsStatus.AVSLUTAD);
        insats.getBeslut().add(beslut(BeslutTyp.BEVILJANDE, 6));
        Beslut forlangning = beslut(BeslutTyp.FORLANGNING, 3);
        Undantag undantag = F.createUndantag();
        undantag.setRegel("sfi");
        undantag.setMotivering("Särskilda skäl");
        forlangning.getUndantag().add(undantag);
        insats.getBeslut().add(forlangning);
        Avslut avslut = F.createAvslut();
        avslut.setAvslutsdatum(LocalDate.of(2026, 9, 30));
        avslut.setAvslutsorsak(Avslutsorsak.ARBETE);
        avslut.setVaraktighetManader(Integer.valueOf(12));
        avslut.getBedomningar().add(bedomning(1, false));
        avslut.getBedomningar().add(bedomning(2, true));
        insats.setAvslut(avslut);
        EClass typdataklass = (EClass) plugin.getEClassifier("Kurs");
        EObject typdata = EcoreUtil.create(typdataklass);
        typdata.eSet(typdataklass.getEStructuralFeature("timpris"), new BigDecimal("12.50"));
        typdata.eSet(typdataklass.getEStructuralFeature("insatsen"), insats);
        insats.setTypdata((se.kundval.model.Insatstypdata) typdata);
        return insats;
    }

    private static Beslut beslut(BeslutTyp typ, int manader) {
        Beslut beslut = F.createBeslut();
        beslut.setTyp(typ);
        beslut.setDatum(LocalDate.of(2026, 1, 2));
        beslut.setLangdManader(manader);
        beslut.setTidpunkt(LocalDateTime.of(2026, 1, 2, 9, 30));
        return beslut;
    }

    private static Avslutsbedomning bedomning(int lopnummer, boolean lyckat) {
        Avslutsbedomning b = F.createAvslutsbedomning();
        b.setLopnummer(lopnummer);
        b.setLyckat(lyckat);
        b.setMotivering("rättelse " + lopnummer);
        return b;
    }

    private static EPackage pluginpaket() {
        EcoreFactory e = EcoreFactory.eINSTANCE;
        EPackage paket = e.createEPackage();
        paket.setName("provtyp");
        paket.setNsURI("http://kundval.se/prov/typdata/1.0");
        paket.setNsPrefix("provtyp");
        EClass kurs = e.createEClass();
        kurs.setName("Kurs");
        kurs.getESuperTypes().add(KundvalPackage.Literals.INSATSTYPDATA);
        var timpris = e.createEAttribute();
        timpris.setName("timpris");
        timpris.setEType(EcorePackage.Literals.EBIG_DECIMAL);
        kurs.getEStructuralFeatures().add(timpris);
        EReference insatsen = e.createEReference();
        insatsen.setName("insatsen");
        insatsen.setEType(KundvalPackage.Literals.INSATS);
        kurs.getEStructuralFeatures().add(insatsen);
        paket.getEClassifiers().add(kurs);
        // as a generated plugin package does: an instance of the model's abstract class, with the plugin's features
        paket.setEFactoryInstance(new EFactoryImpl() {
            @Override
            public EObject create(EClass klass) {
                InternalEObject typdata = new InsatstypdataImpl() {
                };
                typdata.eSetClass(klass);
                return typdata;
            }
        });
        return paket;
    }

    /** T of an interface extending {@code Supplier<T>}: a generic type as reflection hands it over. */
    private static Type typargument(Class<?> leverantor) {
        return ((ParameterizedType) leverantor.getGenericInterfaces()[0]).getActualTypeArguments()[0];
    }

    private static EPackage.Registry register(EPackage plugin) {
        EPackage.Registry register = new EPackageRegistryImpl(EPackage.Registry.INSTANCE);
        register.put(plugin.getNsURI(), plugin);
        return register;
    }
}
