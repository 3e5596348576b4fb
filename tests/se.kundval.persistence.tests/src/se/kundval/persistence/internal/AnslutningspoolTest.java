package se.kundval.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.zaxxer.hikari.HikariDataSource;

import se.kundval.core.KundvalException;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Databasanslutning;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Tjanster;

/** Hibernate's connections come from HikariCP (decision 0141), sized by kind of database or by a property. */
class AnslutningspoolTest {

    private static Databas databas;

    @BeforeAll
    static void tjanster() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence");
        databas = Tjanster.hamta(Databas.class);
    }

    static List<Testdatabas> databaser() {
        return Testdatabas.alla();
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void hibernateFarSinaAnslutningarUrHikari(Testdatabas typ) {
        databas.anslut(typ.ny());
        Sessionskalla s = Tjanster.hamta(Sessionskalla.class);
        String anslutning = s.lasa(x -> x.doReturningWork(c -> c.getClass().getName()));
        assertTrue(anslutning.startsWith("com.zaxxer.hikari."), anslutning);
        HikariDataSource pool = pool(s);
        assertEquals(typ == Testdatabas.H2 ? Anslutningspool.INBADDAD : Anslutningspool.DELAD, pool.getMaximumPoolSize());
        databas.stang();
        assertTrue(pool.isClosed(), "closing the database closes its pool");
    }

    @Test
    void storlekenKanSattasMedEnEgenskap() {
        System.setProperty(Anslutningspool.STORLEK, "3");
        try {
            databas.anslut(Testdatabas.H2.ny());
            assertEquals(3, pool(Tjanster.hamta(Sessionskalla.class)).getMaximumPoolSize());
        } finally {
            System.clearProperty(Anslutningspool.STORLEK);
            databas.stang();
        }
    }

    @Test
    void storlekEfterSlagAvDatabasOchInstallning() {
        Databasanslutning h2 = Databasanslutning.inbaddad(Path.of("/tmp/x"));
        Databasanslutning pg = new Databasanslutning("jdbc:postgresql://localhost/x", "u", "p");
        assertEquals(Anslutningspool.INBADDAD, Anslutningspool.storlek(h2, null));
        assertEquals(Anslutningspool.DELAD, Anslutningspool.storlek(pg, " "));
        assertEquals(25, Anslutningspool.storlek(pg, "25"));
        for (String fel : List.of("0", "1", "101", "tio")) {
            KundvalException e = assertThrows(KundvalException.class, () -> Anslutningspool.storlek(pg, fel));
            assertTrue(e.getMessage().contains(Anslutningspool.STORLEK) && e.getMessage().contains(fel), e.getMessage());
        }
    }

    private static HikariDataSource pool(Sessionskalla s) {
        return (HikariDataSource) s.lasa(x -> x.getSessionFactory().unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                .requireService(ConnectionProvider.class).unwrap(DataSource.class));
    }
}
