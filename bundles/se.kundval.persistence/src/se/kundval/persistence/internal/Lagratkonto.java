package se.kundval.persistence.internal;

import java.util.Optional;
import java.util.function.BiPredicate;

import se.kundval.core.autentisering.Inloggningskonto;
import se.kundval.model.Roll;

/**
 * An account as the login read it from the table {@code anvandare} (V001, V110), and what the login
 * methods changed in it: a stronger hash, a used TOTP step. {@link Inloggningsprovning} writes the
 * changes only when the login succeeds.
 */
final class Lagratkonto implements Inloggningskonto {

    /** The role an unknown user's stand-in has: one every password method applies to, so the same work is done. */
    private static final Roll OKAND_ROLL = Roll.KARRIARVAGLEDARE;

    private final long id;
    private final String anvandarnamn;
    private final String namn;
    private final Roll roll;
    private final String orgnr;
    private final String hash;
    private final String hemlighet;
    private final Long senasteSteg;
    private final BiPredicate<char[], String> losenordskontroll;
    private String nyHash;
    private Long nyttSteg;

    Lagratkonto(long id, String anvandarnamn, String namn, Roll roll, String orgnr, String hash, String hemlighet,
            Long senasteSteg, BiPredicate<char[], String> losenordskontroll) {
        this.id = id;
        this.anvandarnamn = anvandarnamn;
        this.namn = namn;
        this.roll = roll;
        this.orgnr = orgnr;
        this.hash = hash;
        this.hemlighet = hemlighet;
        this.senasteSteg = senasteSteg;
        this.losenordskontroll = losenordskontroll;
    }

    /** The stand-in for a user name that is not an active user: it checks against the dummy hash and accepts nothing. */
    static Lagratkonto okant(String anvandarnamn, BiPredicate<char[], String> losenordskontroll) {
        return new Lagratkonto(-1, anvandarnamn, null, OKAND_ROLL, null, Losenord.Attrapp.HASH, null, null, losenordskontroll);
    }

    boolean arKant() {
        return id >= 0;
    }

    long id() {
        return id;
    }

    String namn() {
        return namn;
    }

    String orgnr() {
        return orgnr;
    }

    /** The hash to store after a successful login, or null to keep the one there. */
    String nyHash() {
        return nyHash;
    }

    /** The TOTP step this login used, or null. */
    Long nyttSteg() {
        return nyttSteg;
    }

    @Override
    public String anvandarnamn() {
        return anvandarnamn;
    }

    @Override
    public Roll roll() {
        return roll;
    }

    @Override
    public boolean losenordStammer(char[] losenord) {
        boolean stammer = losenordskontroll.test(losenord, hash) && arKant();
        if (stammer && Losenord.forSvag(hash)) {
            nyHash = Losenord.hash(losenord);
        }
        return stammer;
    }

    @Override
    public Optional<String> engangshemlighet() {
        return Optional.ofNullable(hemlighet);
    }

    @Override
    public boolean forbrukaTidssteg(long tidssteg) {
        long senaste = nyttSteg != null ? nyttSteg : senasteSteg != null ? senasteSteg : Long.MIN_VALUE;
        if (tidssteg <= senaste) {
            return false;
        }
        nyttSteg = tidssteg;
        return true;
    }
}
