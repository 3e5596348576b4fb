package se.kundval.core.dokument;

import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.KundvalException;

/**
 * The kinds of document an anordnare may attach to the six-month evidence (DOMAIN §14): PDF, PNG
 * and JPEG up to 10 MB. The kind is what the first bytes are, never what the name says; the name's
 * extension must then agree with it, so a PNG or a program renamed {@code .pdf} is refused before
 * anything is stored (docs/decisions/0371).
 */
public enum Dokumenttyp {

    PDF("application/pdf", List.of("pdf"), new byte[] {'%', 'P', 'D', 'F', '-'}), //$NON-NLS-1$ //$NON-NLS-2$
    PNG("image/png", List.of("png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}), //$NON-NLS-1$ //$NON-NLS-2$
    JPEG("image/jpeg", List.of("jpg", "jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    /** 10 MB: an anställningsavtal scanned or photographed with a phone is well below. */
    public static final int MAX_STORLEK = 10 * 1024 * 1024;

    private final String mimetyp;
    private final List<String> andelser;
    private final byte[] signatur;

    Dokumenttyp(String mimetyp, List<String> andelser, byte[] signatur) {
        this.mimetyp = mimetyp;
        this.andelser = andelser;
        this.signatur = signatur;
    }

    public String mimetyp() {
        return mimetyp;
    }

    /** The kind whose signature the content starts with, or null. */
    public static Dokumenttyp av(byte[] innehall) {
        for (Dokumenttyp typ : values()) {
            if (typ.borjarMed(innehall)) {
                return typ;
            }
        }
        return null;
    }

    /** The kind of this MIME type as stored with a document, or null. */
    public static Dokumenttyp avMimetyp(String mimetyp) {
        for (Dokumenttyp typ : values()) {
            if (typ.mimetyp.equals(mimetyp)) {
                return typ;
            }
        }
        return null;
    }

    /**
     * The kind of an uploaded file, checked: not empty, at most {@link #MAX_STORLEK}, content of an
     * allowed kind, and a name whose extension is that kind's. Otherwise a message naming the file.
     */
    public static Dokumenttyp kontrollera(String filnamn, byte[] innehall) {
        String namn = filnamn == null ? "" : filnamn.strip(); //$NON-NLS-1$
        if (namn.isEmpty()) {
            throw new KundvalException(Messages.namnSaknas);
        }
        if (innehall == null || innehall.length == 0) {
            throw new KundvalException(NLS.bind(Messages.tom, namn));
        }
        if (innehall.length > MAX_STORLEK) {
            throw new KundvalException(NLS.bind(Messages.forStor, namn, Storlek.text(innehall.length)));
        }
        Dokumenttyp typ = av(innehall);
        if (typ == null) {
            throw new KundvalException(NLS.bind(Messages.felTyp, namn));
        }
        String andelse = namn.lastIndexOf('.') < 0 ? "" : namn.substring(namn.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT); //$NON-NLS-1$
        if (!typ.andelser.contains(andelse)) {
            throw new KundvalException(NLS.bind(Messages.felAndelse, new Object[] {namn, typ.name(), typ.andelser.get(0)}));
        }
        return typ;
    }

    private boolean borjarMed(byte[] innehall) {
        if (innehall == null || innehall.length < signatur.length) {
            return false;
        }
        for (int i = 0; i < signatur.length; i++) {
            if (innehall[i] != signatur[i]) {
                return false;
            }
        }
        return true;
    }
}
