package se.kundval.rapport.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import se.kundval.core.rapport.Effektandel;
import se.kundval.core.rapport.Resultatrad;
import se.kundval.core.tjanst.Effektuppfoljt;
import se.kundval.core.tjanst.Insatsfakta;
import se.kundval.model.Utbildningsniva;

/** The effekt of lyckade avslut: shares of those followed up; the others counted apart, not as failures. */
class EffektTest {

    @Test
    void ejUppfoljdaRaknasForSigOchInteSomMisslyckade() {
        Fallhistorik h = new Fallhistorik(1);
        Radackumulator rad = new Radackumulator();
        avslut(rad, h.fakta("A", "AMI1", 100, Utbildningsniva.GYMNASIUM, false, 30, true, new Effektuppfoljt(true, false, null)));
        avslut(rad, h.fakta("A", "AMI1", 100, Utbildningsniva.GYMNASIUM, false, 30, true, new Effektuppfoljt(true, null, null)));
        avslut(rad, h.fakta("A", "AMI1", 100, Utbildningsniva.GYMNASIUM, false, 30, true, Effektuppfoljt.INGEN));
        // an avslut that was not lyckat is not followed up for effekt, whatever is recorded
        avslut(rad, h.fakta("A", "AMI1", 100, Utbildningsniva.GYMNASIUM, false, 30, false, new Effektuppfoljt(true, true, true)));
        Resultatrad r = rad.resultat();
        assertEquals(3, r.lyckade().antal());
        Effektandel sex = r.effekt().perManad().get(6);
        assertEquals(2, sex.iEgenForsorjning());
        assertEquals(2, sex.uppfoljda());
        assertEquals(1, sex.ejUppfoljda());
        assertEquals(new BigDecimal("1.0000"), sex.andel().varde());
        Effektandel tolv = r.effekt().perManad().get(12);
        assertEquals(0, tolv.iEgenForsorjning());
        assertEquals(1, tolv.uppfoljda());
        assertEquals(2, tolv.ejUppfoljda());
        assertEquals(new BigDecimal("0.0000"), tolv.andel().varde());
        Effektandel tjugofyra = r.effekt().perManad().get(24);
        assertEquals(0, tjugofyra.uppfoljda());
        assertEquals(3, tjugofyra.ejUppfoljda());
        assertNull(tjugofyra.andel().varde());
    }

    private static void avslut(Radackumulator rad, Insatsfakta fakta) {
        rad.insats(fakta, true);
        rad.avslut(fakta, fakta.lyckat());
    }
}
