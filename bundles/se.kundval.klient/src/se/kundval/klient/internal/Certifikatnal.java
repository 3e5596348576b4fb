package se.kundval.klient.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

import org.eclipse.osgi.util.NLS;

import se.kundval.klient.Forbindelsefel;

/**
 * Trust in one server by its certificate's SHA-256 fingerprint (certificate pinning). The server's
 * certificate is normally self-signed, so neither a certificate authority nor the host name can vouch
 * for it; the fingerprint the user confirmed can. A certificate with another fingerprint fails the
 * handshake, before any password or data is sent.
 */
public final class Certifikatnal {

    private static final int VANTETID_MS = 5_000;

    private Certifikatnal() {
    }

    /** An SSL context that trusts exactly the certificate with this fingerprint. */
    public static SSLContext betrodd(String sha256) {
        return kontext(new Nal(normalt(sha256), new AtomicReference<>()));
    }

    /**
     * The fingerprint the server shows, read in a handshake that is broken off before anything is
     * sent: what the user is asked to confirm the first time.
     */
    public static String lasFingeravtryck(URI server) {
        AtomicReference<String> sett = new AtomicReference<>();
        SSLContext kontext = kontext(new Nal(null, sett));
        int port = server.getPort() < 0 ? 443 : server.getPort();
        try (Socket tcp = new Socket()) {
            tcp.connect(new InetSocketAddress(server.getHost(), port), VANTETID_MS);
            tcp.setSoTimeout(VANTETID_MS);
            try (SSLSocket tls = (SSLSocket) kontext.getSocketFactory().createSocket(tcp, server.getHost(), port, false)) {
                tls.startHandshake();
            } catch (SSLException e) {
                // expected: the probe trusts nothing, it only looks at the certificate
            }
        } catch (IOException e) {
            throw new Forbindelsefel(NLS.bind(Messages.svararInte, server.getAuthority()), e);
        }
        if (sett.get() == null) {
            throw new Forbindelsefel(NLS.bind(Messages.ingetCertifikat, server.getAuthority()), null);
        }
        return sett.get();
    }

    /** {@code AB:CD:...}, upper case with colons, the form the server prints; spaces and case of the input ignored. */
    public static String normalt(String sha256) {
        String hex = sha256.replaceAll("[^0-9A-Fa-f]", "").toUpperCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
        return String.join(":", hex.split("(?<=\\G..)")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    static String av(X509Certificate certifikat) throws CertificateException {
        try {
            byte[] summa = MessageDigest.getInstance("SHA-256").digest(certifikat.getEncoded()); //$NON-NLS-1$
            return normalt(HexFormat.of().formatHex(summa));
        } catch (GeneralSecurityException e) {
            throw new CertificateException(e);
        }
    }

    private static SSLContext kontext(Nal nal) {
        try {
            SSLContext kontext = SSLContext.getInstance("TLS"); //$NON-NLS-1$
            kontext.init(null, new TrustManager[] {nal}, null);
            return kontext;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK offers no TLS", e); //$NON-NLS-1$
        }
    }

    /** Thrown in the handshake when the server shows another certificate than the pinned one. */
    static final class AnnatCertifikat extends CertificateException {

        private static final long serialVersionUID = 1L;

        AnnatCertifikat(String sett) {
            super(sett);
        }
    }

    /**
     * Extended, so that the JDK does not add its host-name check on top: the pinned fingerprint is the
     * whole check. With no fingerprint (the probe) it records what it saw and trusts nothing.
     */
    private static final class Nal extends X509ExtendedTrustManager {

        private final String forvantat;
        private final AtomicReference<String> sett;

        Nal(String forvantat, AtomicReference<String> sett) {
            this.forvantat = forvantat;
            this.sett = sett;
        }

        private void kontrollera(X509Certificate[] kedja) throws CertificateException {
            if (kedja == null || kedja.length == 0) {
                throw new CertificateException("no certificate"); //$NON-NLS-1$
            }
            String avtryck = av(kedja[0]);
            sett.set(avtryck);
            if (!avtryck.equals(forvantat)) {
                throw new AnnatCertifikat(avtryck);
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] kedja, String typ) throws CertificateException {
            kontrollera(kedja);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] kedja, String typ, Socket socket) throws CertificateException {
            kontrollera(kedja);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] kedja, String typ, SSLEngine motor) throws CertificateException {
            kontrollera(kedja);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] kedja, String typ) throws CertificateException {
            throw new CertificateException("a client trusts no clients"); //$NON-NLS-1$
        }

        @Override
        public void checkClientTrusted(X509Certificate[] kedja, String typ, Socket socket) throws CertificateException {
            checkClientTrusted(kedja, typ);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] kedja, String typ, SSLEngine motor) throws CertificateException {
            checkClientTrusted(kedja, typ);
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
