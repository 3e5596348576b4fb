package se.kundval.ersattning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kundval.ersattning.Testmiljo.ANNAT_ORGNR;
import static se.kundval.ersattning.Testmiljo.HANDLAGGARE;
import static se.kundval.ersattning.Testmiljo.ORGNR;
import static se.kundval.ersattning.Testmiljo.manad;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.kundval.core.AtkomstNekadException;
import se.kundval.core.Inloggning;
import se.kundval.core.ersattning.ErsattningService;
import se.kundval.core.ersattning.Utbetalningsrad;
import se.kundval.core.ersattning.Utbetalningsunderlag;
import se.kundval.core.tjanst.KundService;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Kund;
import se.kundval.model.Roll;
import se.kundval.testsupport.Insatsbyggare;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Tjanster;

/**
 * The anordnare's own utbetalningsunderlag in the portal (DOMAIN §14, decision 0375), on H2 and
 * PostgreSQL: exactly its organisation's lines of the kommun's underlag, to the öre, and none of
 * another's; the payment run itself stays the handläggare's.
 */
class EgetUnderlagTest {

    private static final Inloggning ANORDNARE_A = new Inloggning("coach.a", "Coach A", Roll.ANORDNARE, ORGNR);
    private static final Inloggning ANORDNARE_B = new Inloggning("coach.b", "Coach B", Roll.ANORDNARE, ANNAT_ORGNR);

    static List<Testdatabas> databaser() {
        return Testdatabas.alla();
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void anordnarenSerSinaEgnaRaderOchIngenAnnans(Testdatabas databas) {
        Testmiljo m = Testmiljo.ny(databas);
        m.spara(m.insats("I-A1", "AMI2", LocalDate.of(2024, 1, 15), 12));
        KundService kunder = Tjanster.hamta(KundService.class);
        Kund andra = kunder.spara(Testmiljo.ADMIN, Insatsbyggare.kund("K-2", "199001021238"));
        Kund tredje = kunder.spara(Testmiljo.ADMIN, Insatsbyggare.kund("K-3", "197705062342"));
        m.spara(Insatsbyggare.insats("I-A2", andra, m.anordnare, m.typ("AMI1"), LocalDate.of(2024, 2, 1), 3)
                .avslut(LocalDate.of(2024, 3, 20), Avslutsorsak.FLYTTAT, null, null));
        m.spara(Insatsbyggare.insats("I-B1", tredje, m.annanAnordnare, m.typ("AMI2"), LocalDate.of(2024, 1, 1), 12));
        ErsattningService ersattning = Tjanster.hamta(ErsattningService.class);
        YearMonth mars = manad(2024, 3);

        Utbetalningsunderlag kommunens = ersattning.underlag(HANDLAGGARE, mars);
        Utbetalningsunderlag egetA = ersattning.egetUnderlag(ANORDNARE_A, mars);
        List<Utbetalningsrad> vantat = kommunens.rader().stream().filter(r -> r.orgnr().equals(ORGNR)).toList();
        assertFalse(vantat.isEmpty());
        assertEquals(vantat, egetA.rader(), "the same lines, priced the same, in the same order");
        assertTrue(egetA.rader().stream().anyMatch(r -> r.insatsId().equals("I-A2")), "the avslut month's lines too");
        assertEquals(kommunens.perAnordnare().get(0).attBetala(), egetA.attBetala());

        Utbetalningsunderlag egetB = ersattning.egetUnderlag(ANORDNARE_B, mars);
        assertEquals(List.of("I-B1"), egetB.rader().stream().map(Utbetalningsrad::insatsId).distinct().toList());
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void betalningskorningenArHandlaggarensOchEgetUnderlagAnordnarens(Testdatabas databas) {
        Testmiljo m = Testmiljo.ny(databas);
        ErsattningService ersattning = Tjanster.hamta(ErsattningService.class);
        assertThrows(AtkomstNekadException.class, () -> ersattning.underlag(ANORDNARE_A, manad(2024, 3)));
        assertThrows(AtkomstNekadException.class, () -> ersattning.egetUnderlag(HANDLAGGARE, manad(2024, 3)),
                "the own underlag is an anordnare user's; a municipal user reads the whole");
        assertEquals(List.of(), ersattning.egetUnderlag(ANORDNARE_A, manad(2024, 3)).rader(), m.anordnare.getOrgnr() + " has no insats");
    }
}
