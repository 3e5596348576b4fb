package se.kundval.testsupport;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Trusts the one certificate with the fingerprint the server printed, whatever name the client used
 * for the server: how a client that confirmed the fingerprint once talks to a self-signed server.
 */
public final class Fastnalning extends X509ExtendedTrustManager {

    private final String fingeravtryck;

    private Fastnalning(String fingeravtryck) {
        this.fingeravtryck = fingeravtryck;
    }

    public static SSLContext tls(String fingeravtryck) {
        try {
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, new TrustManager[] {new Fastnalning(fingeravtryck)}, null);
            return tls;
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] kedja, String typ) throws CertificateException {
        try {
            byte[] summa = MessageDigest.getInstance("SHA-256").digest(kedja[0].getEncoded());
            if (!HexFormat.ofDelimiter(":").withUpperCase().formatHex(summa).equals(fingeravtryck)) {
                throw new CertificateException("not the pinned certificate");
            }
        } catch (GeneralSecurityException e) {
            throw new CertificateException(e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] kedja, String typ, Socket s) throws CertificateException {
        checkServerTrusted(kedja, typ);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] kedja, String typ, SSLEngine e) throws CertificateException {
        checkServerTrusted(kedja, typ);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] kedja, String typ) throws CertificateException {
        throw new CertificateException("a client");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] kedja, String typ, Socket s) throws CertificateException {
        checkClientTrusted(kedja, typ);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] kedja, String typ, SSLEngine e) throws CertificateException {
        checkClientTrusted(kedja, typ);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
