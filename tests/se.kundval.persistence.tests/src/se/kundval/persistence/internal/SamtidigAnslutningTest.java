package se.kundval.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import se.kundval.core.tjanst.Databasanslutning;
import se.kundval.core.typ.InsatstypRegister;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testklocka;
import se.kundval.testsupport.Tjanster;

/**
 * Two clients (two processes in practice, two instances of the database component here) connect
 * at the same time to one empty PostgreSQL database: both migrate, build Hibernate and register the
 * insats types, and both succeed with each type registered once.
 */
class SamtidigAnslutningTest {

    private static InsatstypRegister register;
    private static BundleContext kontext;

    @BeforeAll
    static void tjanster() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence");
        register = Tjanster.hamta(InsatstypRegister.class);
        kontext = FrameworkUtil.getBundle(HibernateDatabas.class).getBundleContext();
    }

    @RepeatedTest(2)
    void tvaKlienterAnsluterSamtidigtTillTomDatabas() throws Exception {
        Databasanslutning a = Testdatabas.POSTGRESQL.ny();
        List<HibernateDatabas> klienter = List.of(klient(), klient());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService tradar = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> anslutningar = new ArrayList<>();
            for (HibernateDatabas k : klienter) {
                anslutningar.add(tradar.submit(() -> {
                    start.await();
                    k.anslut(a);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : anslutningar) {
                f.get(2, TimeUnit.MINUTES);
            }
            for (HibernateDatabas k : klienter) {
                assertEquals(1L, k.lasa(s -> s.createSelectionQuery("select count(t) from Insatstyp t where t.kod = 'TEST1'", Long.class)
                        .getSingleResult()));
                assertEquals(1L, k.lasa(s -> s.createSelectionQuery("select count(k) from Kundval k where k.kod = 'TESTKV'", Long.class)
                        .getSingleResult()));
            }
        } finally {
            tradar.shutdownNow();
            klienter.forEach(HibernateDatabas::stang);
        }
    }

    private static HibernateDatabas klient() {
        HibernateDatabas k = new HibernateDatabas();
        k.setInsatstypRegister(register);
        k.setClock(Testklocka.fast(Testklocka.NU));
        k.aktivera(kontext);
        return k;
    }
}
