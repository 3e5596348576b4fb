package se.kundval.rapport.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.kundval.core.rapport.Rapportdelsbidrag;
import se.kundval.core.rapport.Rapportdelsregister;
import se.kundval.core.rapport.Rapportperiod;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.InsatsstatistikService;
import se.kundval.core.typ.InsatstypRegister;
import se.kundval.testsupport.Tjanster;

/** Which insatser each contributed section is given: declared, its plugin's own types, or all. */
class SektionsunderlagTest {

    private static Sektionsunderlag underlag;
    private static Rapportdelsregister register;

    @BeforeAll
    static void tjanster() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence", "se.kundval.insatstyp.samhallsorientering");
        register = Tjanster.hamta(Rapportdelsregister.class);
        underlag = new Sektionsunderlag(null, Rapportperiod.ar(2024), Tjanster.hamta(InsatsService.class),
                Tjanster.hamta(InsatsstatistikService.class), Tjanster.hamta(InsatstypRegister.class));
    }

    private static Rapportdelsbidrag bidrag(String nyckel) {
        return register.bidrag().stream().filter(b -> b.del().getClass().getSimpleName().equals(nyckel)).findFirst().orElseThrow();
    }

    @Test
    void deklareradeEgnaEllerAlla() {
        assertEquals(Optional.of(Set.of("AMI2")), underlag.typer(bidrag("Typsektion")));
        assertEquals(Optional.of(Set.of("SAMHALLSORIENTERING")), underlag.typer(bidrag("Kursrapport")), "its plugin's own type");
        assertEquals(Optional.empty(), underlag.typer(bidrag("Provsektion")), "a plugin without types: every insats");
        assertEquals(Optional.empty(), underlag.typer(new Rapportdelsbidrag(null, "x", " * ")));
        assertEquals(Optional.of(Set.of("AMI1", "ISA1")), underlag.typer(new Rapportdelsbidrag(null, "x", "AMI1, ISA1")));
    }
}
