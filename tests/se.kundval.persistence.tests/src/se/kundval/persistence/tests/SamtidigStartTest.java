package se.kundval.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.RepeatedTest;
import org.postgresql.ds.PGSimpleDataSource;

import se.kundval.core.tjanst.Databasanslutning;
import se.kundval.persistence.internal.migrering.Migreringar;
import se.kundval.persistence.internal.migrering.Migreringslas;
import se.kundval.persistence.internal.migrering.Migreringsmodul;
import se.kundval.testsupport.Testdatabas;

/**
 * Two clients that start together against one empty PostgreSQL database both succeed: the earlier
 * migrator let one of them die on {@code duplicate key … entitet_seq} in V001. Each client has
 * its own connections; both run the product's scripts and a plugin's whose script holds a PL/pgSQL
 * function (semicolons inside a dollar-quoted body, which the earlier migrator split apart).
 */
class SamtidigStartTest {

    private static final String PLUGINSKRIPT = """
            create table provlogg (
                id bigint not null primary key,
                insats_id bigint references insats (id),
                text varchar(100)
            );

            create function provlogg_text(t varchar) returns varchar language plpgsql as $$
            begin
                if t is null then
                    return 'tom';
                end if;
                return upper(t);
            end;
            $$;
            """;

    @RepeatedTest(3)
    void tvaForstaStarterMotSammaTommaDatabasLyckasBada() throws Exception {
        Databasanslutning a = Testdatabas.POSTGRESQL.ny();
        List<Migreringsmodul> moduler = List.of(new Migreringsmodul("kundval", Jdbc.produktensSkript()),
                new Migreringsmodul("provplugin", List.of(pluginskript())));

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService klienter = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> korningar = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                korningar.add(klienter.submit(() -> {
                    start.await();
                    // as HibernateDatabas does: Flyway's own lock does not cover a module's baseline
                    try (Migreringslas las = Migreringslas.ta(datakalla(a))) {
                        return new Migreringar(datakalla(a), a.toString()).migrera(moduler);
                    }
                }));
            }
            start.countDown();
            int antal = 0;
            for (Future<Integer> k : korningar) {
                antal += k.get(2, TimeUnit.MINUTES);
            }
            assertEquals(Jdbc.produktensSkript().size() + 1, antal, "each script ran once, in one client or the other");
        } finally {
            klienter.shutdownNow();
        }
        // the scripts both databases run: the modules above hold neither the PostgreSQL-only nor the H2-only ones
        assertEquals(Jdbc.produktensSkript().stream().map(Jdbc::historikrad).toList(), Jdbc.historik(a, "kundval"));
        assertEquals(1, Jdbc.tal(a, "select count(*) from \"flyway_historik_provplugin\" where \"type\" = 'SQL' and \"success\""));
        assertEquals("ORD", Jdbc.text(a, "select provlogg_text('ord')"));
    }

    private static PGSimpleDataSource datakalla(Databasanslutning a) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(a.jdbcUrl());
        ds.setUser(a.anvandare());
        ds.setPassword(a.losenord());
        return ds;
    }

    private static URL pluginskript() throws Exception {
        Path fil = Files.createTempDirectory("kundval-test").resolve("V001__provlogg.sql");
        Files.writeString(fil, PLUGINSKRIPT, StandardCharsets.UTF_8);
        return fil.toUri().toURL();
    }
}
