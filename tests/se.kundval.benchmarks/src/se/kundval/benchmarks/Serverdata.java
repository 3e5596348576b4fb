package se.kundval.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;

import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Databasanslutning;
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.demo.Demoinlasning;
import se.kundval.model.Insatstyp;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Testklocka;
import se.kundval.testsupport.Tjanster;

/**
 * The data of the server benchmark: the demo database, which has the users hl1 and kv1 with the
 * demo's password, and on top of it the municipal size, the payment benchmark's generated kunder
 * and insatser ({@link Ersattningsdata}), all active in the month and all with kv1 as
 * karriärvägledare, so that Mina kunder lists every kund.
 */
final class Serverdata {

    static final String DEMOLOSENORD = "demo";

    private Serverdata() {
    }

    /** A new database of the kind, connected in place of the server test's own, with the demo read in. */
    static Databasanslutning demo(Testdatabas databas) {
        Databasanslutning anslutning = databas.ny();
        Tjanster.hamta(Databas.class).anslut(anslutning);
        Demoinlasning.las(Tjanster::hamta, Testfall.ADMIN, Testklocka.IDAG);
        return anslutning;
    }

    /** Adds {@code insatser} insatser, five for each new kund, written with JDBC batches beside the services. */
    static void kommunstorlek(Databasanslutning anslutning, int insatser, YearMonth manad) throws SQLException {
        List<Insatstyp> typer = Tjanster.hamta(ReferensdataService.class).insatstyper().stream()
                .filter(t -> t.getLangdManader() != null).toList();
        try (Connection c = Korning.jdbc(anslutning)) {
            new Ersattningsdata(c).skapa(insatser, manad, typer);
        }
    }

}
