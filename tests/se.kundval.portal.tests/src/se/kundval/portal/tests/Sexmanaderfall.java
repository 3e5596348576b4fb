package se.kundval.portal.tests;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import se.kundval.core.tjanst.AvslutService;
import se.kundval.model.Avslut;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Insats;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Sysselsattningsform;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Tjanster;

/**
 * An insats of anordnare A that ended in arbete more than six months before the test's day, judged
 * lyckat by the handläggare: its six-month evidence is due; and the files a coach uploads.
 */
final class Sexmanaderfall {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0};

    private Sexmanaderfall() {
    }

    static Insats avslutadTillArbete(Portalmiljo miljo) {
        Insats insats = miljo.testfall.insats(miljo.testfall.kund("Lina Holm", LocalDate.of(1992, 4, 4)), miljo.a, "AMI2",
                LocalDate.of(2025, 10, 1));
        Avslut arbete = KundvalFactory.eINSTANCE.createAvslut();
        arbete.setAvslutsdatum(LocalDate.of(2026, 4, 30));
        arbete.setAvslutsorsak(Avslutsorsak.ARBETE);
        arbete.setSysselsattning(Sysselsattningsform.TILLSVIDAREANSTALLNING);
        AvslutService avslut = Tjanster.hamta(AvslutService.class);
        avslut.rapportera(miljo.anordnareA, insats.getId(), arbete);
        avslut.bedom(Testfall.HANDLAGGARE, insats.getId(), true, false, "Lyckat; bonus efter sexmånadersuppföljningen.");
        return insats;
    }
}
