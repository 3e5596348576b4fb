package se.kundval.persistence.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.Agarfiler;
import se.kundval.core.KundvalException;
import se.kundval.core.tjanst.Databasanslutning;

/**
 * The key that keeps the anordnare users' TOTP secrets encrypted in {@code anvandare.totp_hemlighet}
 * (docs/decisions/0406-engangskodens-hemlighet-krypterad.md): AES-256-GCM with a fresh 96-bit nonce
 * per secret, stored as {@code gcm1:<key id>:<base64 nonce and ciphertext>}. The key is never in the
 * database: an encrypted H2 file's is derived from the file's own key; otherwise it is a file of its
 * own, owner-only, made on first need, beside an H2 file ({@code PATH.engangskod.nyckel}) or, for
 * PostgreSQL, in the Kundval folder of the user running the server ({@code engangskod.nyckel}).
 */
final class Engangsnyckel {

    static final String PREFIX = "gcm1:"; //$NON-NLS-1$
    static final String FILNAMN = "engangskod.nyckel"; //$NON-NLS-1$
    private static final String AES = "AES"; //$NON-NLS-1$
    private static final String CHIFFER = "AES/GCM/NoPadding"; //$NON-NLS-1$
    private static final int NYCKEL_BYTE = 32;
    private static final int NONCE_BYTE = 12;
    private static final int TAGG_BITAR = 128;
    private static final SecureRandom SLUMP = new SecureRandom();

    private final Supplier<byte[]> nyckelkalla;
    private final String kalla;
    private SecretKey nyckel;
    private String id;

    /** The key is read or made when first used, so a database without TOTP secrets gets no key file. */
    private Engangsnyckel(Supplier<byte[]> nyckelkalla, String kalla) {
        this.nyckelkalla = nyckelkalla;
        this.kalla = kalla;
    }

    /** The key of the database {@code a} connects to. */
    static Engangsnyckel till(Databasanslutning a) {
        if (a.arKrypterad()) {
            return new Engangsnyckel(() -> harledd(a.losenord()), Messages.engangsnyckelHarledd);
        }
        if (a.arInbaddad() && !a.jdbcUrl().startsWith("jdbc:h2:file:")) { //$NON-NLS-1$
            // a database in memory lives as long as this process: so does its key
            byte[] tillfallig = new byte[NYCKEL_BYTE];
            SLUMP.nextBytes(tillfallig);
            return new Engangsnyckel(() -> tillfallig, a.jdbcUrl());
        }
        Path fil = a.arInbaddad() ? Path.of(Databasfil.bas(a) + '.' + FILNAMN) : hem().resolve(FILNAMN);
        return new Engangsnyckel(() -> ur(fil), fil.toString());
    }

    /** True for a value this class wrote; anything else in the column is a secret from before V210. */
    static boolean arKrypterad(String lagrad) {
        return lagrad != null && lagrad.startsWith(PREFIX);
    }

    String kryptera(String hemlighet) {
        byte[] nonce = new byte[NONCE_BYTE];
        SLUMP.nextBytes(nonce);
        try {
            Cipher aes = Cipher.getInstance(CHIFFER);
            aes.init(Cipher.ENCRYPT_MODE, nyckel(), new GCMParameterSpec(TAGG_BITAR, nonce));
            byte[] chiffer = aes.doFinal(hemlighet.getBytes(StandardCharsets.US_ASCII));
            byte[] allt = Arrays.copyOf(nonce, NONCE_BYTE + chiffer.length);
            System.arraycopy(chiffer, 0, allt, NONCE_BYTE, chiffer.length);
            return PREFIX + id() + ':' + Base64.getEncoder().encodeToString(allt);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The secret of a stored value: decrypted, or as it stands when it is from before V210 (the next
     * connect encrypts it). Empty when it was encrypted with another key or altered: that login fails.
     */
    Optional<String> dekryptera(String lagrad) {
        if (lagrad == null || !arKrypterad(lagrad)) {
            return Optional.ofNullable(lagrad);
        }
        String[] delar = lagrad.split(":", 3); //$NON-NLS-1$
        if (delar.length != 3 || !delar[1].equals(id())) {
            return Optional.empty();
        }
        try {
            byte[] allt = Base64.getDecoder().decode(delar[2]);
            Cipher aes = Cipher.getInstance(CHIFFER);
            aes.init(Cipher.DECRYPT_MODE, nyckel(), new GCMParameterSpec(TAGG_BITAR, allt, 0, NONCE_BYTE));
            return Optional.of(new String(aes.doFinal(allt, NONCE_BYTE, allt.length - NONCE_BYTE), StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private synchronized SecretKey nyckel() {
        if (nyckel == null) {
            byte[] bitar = nyckelkalla.get();
            nyckel = new SecretKeySpec(bitar, AES);
            // names the key in every value, so one written with another key is told apart from an altered one
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(sha256(bitar), 6));
        }
        return nyckel;
    }

    private synchronized String id() {
        nyckel();
        return id;
    }

    /** Where the key came from, for the log when a secret cannot be read with it. */
    String kalla() {
        return kalla;
    }

    private static byte[] ur(Path fil) {
        try {
            if (!Files.exists(fil)) {
                byte[] ny = new byte[NYCKEL_BYTE];
                SLUMP.nextBytes(ny);
                Agarfiler.katalog(fil.toAbsolutePath().getParent());
                Files.writeString(Agarfiler.nyFil(fil), Base64.getEncoder().encodeToString(ny), StandardCharsets.US_ASCII);
                return ny;
            }
            byte[] lasta = Base64.getDecoder().decode(Files.readString(fil, StandardCharsets.US_ASCII).strip());
            if (lasta.length != NYCKEL_BYTE) {
                throw new KundvalException(NLS.bind(Messages.engangsnyckelFel, fil));
            }
            return lasta;
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw new KundvalException(NLS.bind(Messages.engangsnyckelFel, fil) + ' ' + e.getMessage(), e);
        }
    }

    /** HMAC-SHA256 of the encrypted file's password under a fixed label: its own key, the file's key unrevealed. */
    private static byte[] harledd(String losenord) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256"); //$NON-NLS-1$
            mac.init(new SecretKeySpec(losenord.getBytes(StandardCharsets.UTF_8), "HmacSHA256")); //$NON-NLS-1$
            return mac.doFinal("kundval-engangskod-v1".getBytes(StandardCharsets.US_ASCII)); //$NON-NLS-1$
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data); //$NON-NLS-1$
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path hem() {
        String hem = System.getenv("KUNDVAL_HOME"); //$NON-NLS-1$
        return hem != null && !hem.isBlank() ? Path.of(hem) : Path.of(System.getProperty("user.home"), ".kundval"); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
