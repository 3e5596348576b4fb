package se.kundval.server.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import se.kundval.core.Agarfiler;

/**
 * The server's TLS key and certificate: the keystore the administrator gives, or a self-signed one
 * made on the first start and kept beside the database, owner-only, so that the fingerprint clients
 * have confirmed stays the same from one start to the next. Its password is random and kept in a
 * file beside it, equally owner-only: the file permissions are the protection either way.
 *
 * @param lager    the keystore (PKCS12)
 * @param losenord its password
 */
record Tlsnyckel(KeyStore lager, String losenord) {

    static final String ALIAS = "kundval"; //$NON-NLS-1$
    private static final Duration GILTIG = Duration.ofDays(3650);

    /** The given keystore (PKCS12 or JKS, by its content), its password the first line of the file. */
    static Tlsnyckel las(Path fil, Path losenordsfil) throws IOException, GeneralSecurityException {
        String losenord = forstaRaden(losenordsfil);
        return new Tlsnyckel(KeyStore.getInstance(fil.toFile(), losenord.toCharArray()), losenord);
    }

    /** The self-signed key of {@code fil}, made now when the file does not exist. */
    static Tlsnyckel egen(Path fil, Clock klocka) throws IOException, GeneralSecurityException {
        Path losenordsfil = fil.resolveSibling(fil.getFileName() + ".losenord"); //$NON-NLS-1$
        if (Files.exists(fil)) {
            return las(fil, losenordsfil);
        }
        byte[] slump = new byte[24];
        new SecureRandom().nextBytes(slump);
        String losenord = HexFormat.of().formatHex(slump);
        Tlsnyckel ny = new Tlsnyckel(sjalvsignerad(klocka, losenord), losenord);
        Path tmp = Agarfiler.nyFil(fil.resolveSibling(fil.getFileName() + ".ny")); //$NON-NLS-1$
        try (OutputStream ut = Files.newOutputStream(tmp)) {
            ny.lager.store(ut, losenord.toCharArray());
        }
        Files.writeString(Agarfiler.forbered(losenordsfil), losenord + "\n", StandardCharsets.UTF_8); //$NON-NLS-1$
        // whole or not at all: a start killed half-way must not leave a keystore the next start cannot open
        Files.move(tmp, fil, StandardCopyOption.ATOMIC_MOVE);
        return ny;
    }

    /** The certificate clients see. */
    X509Certificate certifikat() {
        try {
            return (X509Certificate) lager.getCertificate(lager.aliases().nextElement());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SHA-256 of the certificate as keytool shows it: {@code AB:12:...}, what a client pins. */
    String fingeravtryck() {
        try {
            byte[] summa = MessageDigest.getInstance("SHA-256").digest(certifikat().getEncoded()); //$NON-NLS-1$
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(summa); //$NON-NLS-1$
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyStore sjalvsignerad(Clock klocka, String losenord) throws GeneralSecurityException, IOException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC"); //$NON-NLS-1$
        generator.initialize(256);
        KeyPair par = generator.generateKeyPair();
        X500Name namn = new X500Name("CN=Kundval-server " + vardnamn() + ", O=Kundval"); //$NON-NLS-1$ //$NON-NLS-2$
        Instant nu = klocka.instant();
        JcaX509v3CertificateBuilder byggare = new JcaX509v3CertificateBuilder(namn, new BigInteger(64, new SecureRandom()),
                Date.from(nu.minus(Duration.ofDays(1))), Date.from(nu.plus(GILTIG)), namn, par.getPublic());
        byggare.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(alternativaNamn()));
        try {
            X509Certificate cert = new JcaX509CertificateConverter()
                    .getCertificate(byggare.build(new JcaContentSignerBuilder("SHA256withECDSA").build(par.getPrivate()))); //$NON-NLS-1$
            KeyStore lager = KeyStore.getInstance("PKCS12"); //$NON-NLS-1$
            lager.load(null, null);
            lager.setKeyEntry(ALIAS, par.getPrivate(), losenord.toCharArray(), new X509Certificate[] { cert });
            return lager;
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    /** The names a client may use for this machine: its host name and the loopback names. */
    private static GeneralName[] alternativaNamn() {
        List<GeneralName> namn = new ArrayList<>();
        namn.add(new GeneralName(GeneralName.dNSName, vardnamn()));
        namn.add(new GeneralName(GeneralName.dNSName, "localhost")); //$NON-NLS-1$
        namn.add(new GeneralName(GeneralName.iPAddress, "127.0.0.1")); //$NON-NLS-1$
        namn.add(new GeneralName(GeneralName.iPAddress, "::1")); //$NON-NLS-1$
        return namn.toArray(GeneralName[]::new);
    }

    private static String vardnamn() {
        try {
            return InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT);
        } catch (IOException e) {
            return "localhost"; //$NON-NLS-1$
        }
    }

    private static String forstaRaden(Path fil) throws IOException {
        List<String> rader = Files.readAllLines(fil, StandardCharsets.UTF_8);
        return rader.isEmpty() ? "" : rader.get(0); //$NON-NLS-1$
    }
}
