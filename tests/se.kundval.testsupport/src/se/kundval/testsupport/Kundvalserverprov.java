package se.kundval.testsupport;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

import se.kundval.core.tjanst.AnvandareService;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Databasanslutning;
import se.kundval.model.Anvandare;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Roll;

/**
 * The real Kundval server of se.kundval.server, started in this process on a free loopback port over
 * a fresh database, for tests of its clients (the workbench's services, the command line). It is
 * reached by reflection so that the test support needs no dependency on the server bundle: a test
 * module that uses it lists se.kundval.server among its runtime requirements. It can be stopped and
 * started again on the same port with the same certificate, as an administrator restarts it.
 * <p>
 * Users, all with the password {@link #LOSENORD}: hl1 (handläggare), kv1 (karriärvägledare), kvu
 * (kvalitetsutvecklare), admin (administratör), and anordnare1 (anordnare of {@link #orgnr}).
 */
public final class Kundvalserverprov implements AutoCloseable {

    public static final String LOSENORD = "demo-losen-1";
    private static final String SERVER = "se.kundval.server";
    private static final String[] BUNTAR = {"se.kundval.core", "se.kundval.persistence", "se.kundval.avslut",
        "se.kundval.uppfoljning", "se.kundval.beviljande", "se.kundval.ersattning", "se.kundval.rapport", "se.kundval.utbyte",
        "se.kundval.insatstyp.kundval2024", SERVER};

    public final Databasanslutning databas;
    /** The organisation of the anordnare user anordnare1. */
    public final String orgnr;
    private final Path nyckelfil;
    private int port;
    private AutoCloseable server;
    private URI adress;
    private String fingeravtryck;

    public Kundvalserverprov(Testdatabas vilken, Path katalog) throws Exception {
        Tjanster.starta(BUNTAR);
        databas = vilken.ny();
        Tjanster.hamta(Databas.class).anslut(databas);
        anvandare("hl1", Roll.HANDLAGGARE, null);
        anvandare("kv1", Roll.KARRIARVAGLEDARE, null);
        anvandare("kvu", Roll.KVALITETSUTVECKLARE, null);
        anvandare("admin", Roll.ADMINISTRATOR, null);
        orgnr = new Testfall().anordnare("Egen Anordnare AB", "AMI1", "AMI2").getOrgnr();
        anvandare("anordnare1", Roll.ANORDNARE, orgnr);
        nyckelfil = katalog.resolve("server.p12");
        starta();
    }

    /** The address the server printed, {@code https://127.0.0.1:PORT}. */
    public URI adress() {
        return adress;
    }

    /** The SHA-256 fingerprint of its certificate, as the server printed it. */
    public String fingeravtryck() {
        return fingeravtryck;
    }

    /** Stops taking requests; sessions are forgotten, the database stays connected. */
    public void stoppa() throws Exception {
        server.close();
        server = null;
    }

    /** Starts again on the same port with the same certificate. */
    public void starta() throws Exception {
        Bundle bunt = bunt();
        Class<?> nyckel = bunt.loadClass(SERVER + ".internal.Tlsnyckel");
        Class<?> kundvalserver = bunt.loadClass(SERVER + ".internal.Kundvalserver");
        // the server's own factory of its self-signed certificate, kept beside the "database" as at a real start
        Method egen = nyckel.getDeclaredMethod("egen", Path.class, Clock.class);
        egen.setAccessible(true);
        Constructor<?> ny = kundvalserver.getConstructor(BundleContext.class, InetAddress.class, int.class, nyckel);
        try {
            server = (AutoCloseable) ny.newInstance(bunt.getBundleContext(), InetAddress.getLoopbackAddress(), port,
                    egen.invoke(null, nyckelfil, Tjanster.hamta(Clock.class)));
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception orsak ? orsak : e;
        }
        adress = (URI) kundvalserver.getMethod("adress").invoke(server);
        fingeravtryck = (String) kundvalserver.getMethod("fingeravtryck").invoke(server);
        port = adress.getPort();
    }

    @Override
    public void close() throws Exception {
        if (server != null) {
            stoppa();
        }
        Tjanster.hamta(Databas.class).stang();
    }

    private static Bundle bunt() {
        BundleContext kontext = Tjanster.kontext();
        for (Bundle b : kontext.getBundles()) {
            if (SERVER.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError(SERVER + " is not in the test runtime: list it in the module's extraRequirements");
    }

    private static void anvandare(String namn, Roll roll, String orgnr) {
        Anvandare a = KundvalFactory.eINSTANCE.createAnvandare();
        a.setAnvandarnamn(namn);
        a.setNamn(namn);
        a.setRoll(roll);
        a.setOrgnr(orgnr);
        a.setAktiv(true);
        Tjanster.hamta(AnvandareService.class).spara(Testfall.ADMIN, a, LOSENORD.toCharArray());
    }
}
