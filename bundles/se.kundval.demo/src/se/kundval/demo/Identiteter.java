package se.kundval.demo;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import se.kundval.model.regler.Luhn;

/**
 * Valid, unique personnummer, samordningsnummer and organisationsnummer from the generator's
 * random source. The birth number's third digit is odd for men and even for women, as in the
 * real numbers.
 */
final class Identiteter {

    private final Random slump;
    private final Set<String> anvanda = new HashSet<>();

    Identiteter(Random slump) {
        this.slump = slump;
    }

    /** A personnummer (or with day + 60 a samordningsnummer) for someone born on the day. */
    String personnummer(LocalDate fodd, char kon, boolean samordningsnummer) {
        while (true) {
            int dag = fodd.getDayOfMonth() + (samordningsnummer ? 60 : 0);
            int lopnummer = slump.nextInt(100);
            int konssiffra = slump.nextInt(5) * 2 + (kon == 'M' || kon == 'A' && slump.nextBoolean() ? 1 : 0);
            String utan = String.format("%04d%02d%02d%02d%d", fodd.getYear(), fodd.getMonthValue(), dag, lopnummer, //$NON-NLS-1$
                    konssiffra);
            String nummer = utan + Luhn.kontrollsiffra(utan.substring(2));
            if (anvanda.add(nummer)) {
                return nummer;
            }
        }
    }

    /** An aktiebolag's organisationsnummer (group 5, third digit at least 2). */
    String organisationsnummer() {
        while (true) {
            String utan = String.format("556%06d", slump.nextInt(1_000_000)); //$NON-NLS-1$
            String nummer = utan + Luhn.kontrollsiffra(utan);
            if (anvanda.add(nummer)) {
                return nummer;
            }
        }
    }
}
