package se.kundval.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.kundval.core.typ.Resultatdefinition;
import se.kundval.model.Avslut;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Insats;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Sysselsattningsform;

/** DOMAIN §6: which avslut can be lyckat and bonusgrundande. */
class ResultatdefinitionTest {

    private static final Resultatdefinition EGEN_FORSORJNING = (Insats insats, boolean lyckat) -> lyckat;

    @ParameterizedTest(name = "{0} {1} {2} mån → lyckat {3}, bonus {4}")
    @CsvSource(nullValues = "-", value = {
        "ARBETE,        VISSTIDSANSTALLNING,    7,  true,  true",
        "ARBETE,        VISSTIDSANSTALLNING,    6,  true,  false",
        "ARBETE,        TILLSVIDAREANSTALLNING, -,  true,  true",
        "ARBETE,        TIMANSTALLNING_HELTID,  12, true,  true",
        "ARBETE,        VISSTIDSANSTALLNING,    -,  true,  false",
        "STUDIER,       STUDIER_CSN,            9,  true,  true",
        "STUDIER,       STUDIER_CSN,            5,  true,  false",
        "STUDIER,       STUDIER_UTAN_CSN,       12, false, false",
        "EGET_FORETAG,  EGET_FORETAG,           24, true,  false",
        "FLYTTAT,       -,                      -,  false, false",
        "INSATSTID_SLUT,-,                      -,  false, false",
        "STEGFORFLYTTNING, -,                   -,  false, false"
    })
    void lyckatOchBonusgrundande(Avslutsorsak orsak, Sysselsattningsform form, Integer manader, boolean lyckat, boolean bonus) {
        Avslut avslut = KundvalFactory.eINSTANCE.createAvslut();
        avslut.setAvslutsorsak(orsak);
        avslut.setSysselsattning(form);
        avslut.setVaraktighetManader(manader);
        assertEquals(lyckat, EGEN_FORSORJNING.kanVaraLyckat(avslut));
        assertEquals(bonus, EGEN_FORSORJNING.kanVaraBonusgrundande(avslut));
    }
}
