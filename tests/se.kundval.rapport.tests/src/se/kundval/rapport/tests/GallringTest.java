package se.kundval.rapport.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.kundval.core.AtkomstNekadException;
import se.kundval.core.dataskydd.GallringService;
import se.kundval.core.dataskydd.Gallringsrapport;
import se.kundval.core.dataskydd.OppetArende;
import se.kundval.core.ersattning.ErsattningService;
import se.kundval.core.rapport.RapportService;
import se.kundval.core.rapport.Rapportformat;
import se.kundval.core.rapport.Rapportperiod;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Databasanslutning;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.model.Insats;
import se.kundval.testsupport.Insatsbyggare;
import se.kundval.testsupport.Jdbcoppning;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Testklocka;
import se.kundval.testsupport.Tjanster;

/**
 * Gallring (DOMAIN §12) on a generated history of fourteen years: exactly the akter the rule names go,
 * every earlier kvalitetsrapport and utbetalningsunderlag is the same to the byte afterwards, a dry
 * run changes nothing, and a failure half-way leaves the database as it was.
 */
class GallringTest {

    private static final List<String> TABELLER = List.of("kund", "insats", "beslut", "undantag", "avslut",
            "avslutsbedomning", "genomforandeplan", "planmal", "planaktivitet", "planrevision", "manadsrapport",
            "progressgenomgang", "sexmanadersuppfoljning", "effektuppfoljning", "enkatsvar", "granskningshandelse",
            "gallringsrapport");

    private Gallringshistorik historik;
    private Databasanslutning db;

    @BeforeAll
    static void tjanster() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence", "se.kundval.rapport", "se.kundval.insatstyp.kundval2024",
                "se.kundval.ersattning");
    }

    static List<Testdatabas> databaser() {
        return Testdatabas.alla();
    }

    /** A new database with the history and the boundary cases of §12 beside it. */
    private void skapa(Testdatabas typ) throws SQLException {
        db = typ.ny();
        Tjanster.hamta(Databas.class).anslut(db);
        historik = new Gallringshistorik();
        historik.skapa(220);
        LocalDate grans = Gallringshistorik.PER.minusYears(5);
        historik.enkel("GRANS-UT", LocalDate.of(1980, 3, 12), false, grans).spara();
        historik.enkel("GRANS-KVAR", LocalDate.of(1980, 3, 12), false, grans.plusDays(1)).spara();
        historik.enkel("FODD-5", LocalDate.of(1975, 2, 5), false, LocalDate.of(2015, 4, 1)).spara();
        historik.enkel("FODD-15", LocalDate.of(1975, 2, 15), false, LocalDate.of(2015, 4, 1)).spara();
        historik.enkel("FODD-25", LocalDate.of(1975, 2, 25), false, LocalDate.of(2015, 4, 1)).spara();
        historik.enkel("SAMORD-15", LocalDate.of(1990, 7, 15), true, LocalDate.of(2016, 9, 1)).spara();
        historik.enkel("SAMORD-4", LocalDate.of(1990, 7, 4), true, LocalDate.of(2016, 9, 1)).spara();
        Gallringshistorik.Akt oppen = historik.new Akt("OPPEN", LocalDate.of(1970, 1, 8), false);
        oppen.insatser.add(Insatsbyggare.insats("I-OPPEN", oppen.kund, historik.forsta(), historik.typ("AMI1"),
                LocalDate.of(2014, 3, 3), 3).bygg());
        oppen.post(LocalDate.of(2014, 3, 3));
        oppen.oppen = true;
        oppen.spara();
        long andrad = historik.enkel("KUNDANDRING", LocalDate.of(1981, 1, 20), false, LocalDate.of(2015, 5, 5)).spara().getId();
        Gallringshistorik.kundandring(db, andrad, LocalDate.of(2023, 2, 1));
        historik.senaste.put("KUNDANDRING", LocalDate.of(2023, 2, 1));
        importerad();
        Gallringshistorik.Akt sist = historik.enkel("SIST", LocalDate.of(1985, 6, 1), false, LocalDate.of(2017, 2, 1));
        sist.insatser.get(0).getEffektuppfoljningar().add(Gallringshistorik.effekt(LocalDate.of(2017, 8, 1), "Har fast jobb."));
        sist.post(LocalDate.of(2017, 8, 1));
        sist.spara();
        historik.sistaEffektInsats = Tjanster.hamta(InsatsService.class)
                .forKund(Testfall.ADMIN, kundDbId("SIST")).get(0).getId();
    }

    /** An akt as an import leaves it: made by "import" at the moment of import, which is no entry. */
    private void importerad() {
        Gallringshistorik.Akt akt = historik.enkel("IMPORT", LocalDate.of(1979, 10, 2), false, LocalDate.of(2019, 4, 30));
        Insats i = akt.insatser.get(0);
        i.getBeslut().forEach(b -> {
            b.setHandlaggare("import");
            b.setTidpunkt(Testklocka.NU);
        });
        i.getAvslut().getBedomningar().forEach(b -> {
            b.setBedomdAv("import");
            b.setTidpunkt(Testklocka.NU);
        });
        akt.spara();
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void rapporterOchUnderlagAvTidigarePerioderArOforandrade(Testdatabas typ) throws Exception {
        skapa(typ);
        List<String> fore = siffror();
        Gallringsrapport rapport = Tjanster.hamta(GallringService.class).gallra(Testfall.ADMIN, Gallringshistorik.PER);
        List<String> efter = siffror();
        for (int i = 0; i < fore.size(); i++) {
            assertEquals(fore.get(i), efter.get(i), "figures changed by the gallring in " + fore.get(i).lines().findFirst().orElse(""));
        }
        Set<String> vantat = historik.gallras(Gallringshistorik.PER);
        assertTrue(vantat.size() > 40, "a history where much is due: " + vantat.size());
        assertEquals(vantat.size(), rapport.akter());
        assertEquals(historik.perAr(Gallringshistorik.PER), rapport.perAr());
        Set<String> kvar = kundIds("select kund_id from kund where personnummer is not null");
        Set<String> allaFore = new HashSet<>(historik.senaste.keySet());
        allaFore.removeAll(vantat);
        assertEquals(allaFore, kvar, "exactly the akter of §12 are gone");
        assertEquals(vantat.size(), kundIds("select kund_id from kund where personnummer is null").size(),
                "one anonymous person per gallrad akt");
        assertFalse(kvar.contains("GRANS-UT"), "last entry + 5 years == day: gone");
        assertTrue(kvar.containsAll(List.of("GRANS-KVAR", "FODD-5", "FODD-15", "FODD-25", "SAMORD-15", "OPPEN",
                "KUNDANDRING")), "one day short, born on the 5th/15th/25th, open case, a later change of the kund's data: kept");
        assertFalse(kvar.contains("SAMORD-4"), "a samordningsnummer's day is taken 60 off");
        assertFalse(kvar.contains("IMPORT"), "the moment of import is no entry");
        assertEquals(List.of("I-OPPEN"), rapport.oppnaArenden().stream().map(OppetArende::insatsId)
                .filter(id -> id.startsWith("I-")).toList());
        assertEquals(1, Tjanster.hamta(GallringService.class).rapporter(Testfall.ADMIN).size());
        ingetIdentifierandeKvar(vantat);
    }

    /** The anonymous persons hold only banded attributes; plans, reports, free text and audit rows of the gone akter are gone. */
    private void ingetIdentifierandeKvar(Set<String> gallrade) throws SQLException {
        assertEquals(0, tal("select count(*) from kund where personnummer is null and (namn is not null or kommun is not null"
                + " or ansvarig_karriarvagledare is not null or kund_id not like 'ANONYM-%'"
                + " or (arbetsformaga is not null and arbetsformaga not in (25, 50, 100)))"));
        String anonyma = "(select i.id from insats i join kund k on k.id = i.kund_id where k.personnummer is null)";
        for (String tabell : List.of("genomforandeplan", "manadsrapport", "progressgenomgang")) {
            assertEquals(0, tal("select count(*) from " + tabell + " where insats_id in " + anonyma), tabell);
        }
        assertEquals(0, tal("select count(*) from beslut where insats_id in " + anonyma + " and motivering is not null"));
        assertEquals(0, tal("select count(*) from effektuppfoljning where insats_id in " + anonyma + " and kommentar is not null"));
        assertEquals(0, tal("select count(*) from granskningshandelse where objekttyp = 'Insats' and objekt_id in " + anonyma));
        String dump = String.join("\n", dumpa());
        for (String id : gallrade) {
            String[] identitet = historik.identitet.get(id);
            assertFalse(dump.contains(identitet[0]), "personnummer of " + id + " left");
            assertFalse(dump.contains(identitet[1] + ";") || dump.contains(identitet[1] + " ") , "name of " + id + " left");
        }
        assertTrue(tal("select count(*) from insats where aldersband_vid_start is not null") > 0);
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void torrkorningRaknarMenAndrarIngenting(Testdatabas typ) throws Exception {
        skapa(typ);
        List<String> fore = dumpa();
        Gallringsrapport r = Tjanster.hamta(GallringService.class).provkor(Testfall.ADMIN, Gallringshistorik.PER);
        assertEquals(fore, dumpa());
        assertTrue(r.torrkorning());
        assertNull(r.id());
        assertEquals(historik.gallras(Gallringshistorik.PER).size(), r.akter());
        assertEquals(historik.perAr(Gallringshistorik.PER), r.perAr());
        long forskning = historik.forskning.stream().filter(id -> !historik.oppna.contains(id))
                .filter(id -> !historik.senaste.get(id).plusYears(5).isAfter(Gallringshistorik.PER)).count();
        assertEquals(forskning, r.sparadeForskning());
        assertTrue(r.oppnaArenden().stream().anyMatch(o -> o.insatsId().equals("I-OPPEN")
                && o.senastePost().equals(LocalDate.of(2014, 3, 3))));
        assertTrue(Tjanster.hamta(GallringService.class).rapporter(Testfall.ADMIN).isEmpty(), "a dry run keeps no report");
        assertThrows(AtkomstNekadException.class,
                () -> Tjanster.hamta(GallringService.class).provkor(Testfall.HANDLAGGARE, Gallringshistorik.PER));
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void ettFelMittIGallringenLamnarDatabasenOrord(Testdatabas typ) throws Exception {
        skapa(typ);
        // the last akt to go cannot lose its comment: every earlier one has been anonymised when it fails
        utfor("alter table effektuppfoljning add constraint t_halvvags check (kommentar is not null or insats_id <> "
                + historik.sistaEffektInsats + ")");
        List<String> fore = dumpa();
        assertThrows(RuntimeException.class, () -> Tjanster.hamta(GallringService.class).gallra(Testfall.ADMIN, Gallringshistorik.PER));
        assertEquals(fore, dumpa());
        assertTrue(Tjanster.hamta(GallringService.class).rapporter(Testfall.ADMIN).isEmpty());
    }

    /** The kvalitetsrapport JSON of every year and of the whole span, and the utbetalningsunderlag of every month. */
    private static List<String> siffror() throws IOException {
        RapportService rapporter = Tjanster.hamta(RapportService.class);
        List<String> ut = new ArrayList<>();
        List<Rapportperiod> perioder = new ArrayList<>();
        for (int ar = 2012; ar <= 2026; ar++) {
            perioder.add(Rapportperiod.ar(ar));
        }
        perioder.add(new Rapportperiod(LocalDate.of(2012, 1, 1), LocalDate.of(2026, 12, 31)));
        for (Rapportperiod p : perioder) {
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            rapporter.skriv(rapporter.kvalitetsrapport(Testfall.ADMIN, p), Rapportformat.JSON, json);
            ut.add("rapport " + p + "\n" + json.toString(java.nio.charset.StandardCharsets.UTF_8));
        }
        ErsattningService ersattning = Tjanster.hamta(ErsattningService.class);
        for (YearMonth m = YearMonth.of(2012, 1); !m.isAfter(YearMonth.of(2026, 12)); m = m.plusMonths(1)) {
            ut.add("ersättning " + m + "\n" + ersattning.underlag(Testfall.ADMIN, m).rader());
        }
        return ut;
    }

    private long kundDbId(String kundId) throws SQLException {
        return tal("select id from kund where kund_id = '" + kundId + "'");
    }

    private Set<String> kundIds(String sql) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Connection c = Jdbcoppning.oppna(db); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private long tal(String sql) throws SQLException {
        try (Connection c = Jdbcoppning.oppna(db); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void utfor(String sql) throws SQLException {
        try (Connection c = Jdbcoppning.oppna(db); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    /** Every row of the tables an akt lives in, column by column, in id order. */
    private List<String> dumpa() throws SQLException {
        List<String> rader = new ArrayList<>();
        try (Connection c = Jdbcoppning.oppna(db); Statement st = c.createStatement()) {
            for (String tabell : TABELLER) {
                try (ResultSet rs = st.executeQuery("select * from " + tabell + " order by id")) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder b = new StringBuilder(tabell);
                        for (int k = 1; k <= n; k++) {
                            b.append(';').append(rs.getString(k));
                        }
                        rader.add(b.toString());
                    }
                }
            }
        }
        return rader;
    }
}
