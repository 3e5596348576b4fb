package se.kundval.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The lines of a file as a multiset, without holding them: how many, and the sum of their SHA-256
 * digests modulo 2^256. The sum does not depend on the order of the lines, so two files have equal
 * values when they hold the same lines as often in any order; unequal multisets that sum alike
 * would need a collision of the hash. A file of millions of lines (the benchmark's 6.5 million
 * månadsrapporter) is read once, line by line, as {@link Files#readAllLines} splits them.
 */
record Radmangd(long antal, BigInteger summa) {

    private static final BigInteger MODUL = BigInteger.ONE.shiftLeft(256);

    static Radmangd av(Path fil) throws IOException {
        MessageDigest sha = sha256();
        long antal = 0;
        BigInteger summa = BigInteger.ZERO;
        try (BufferedReader in = Files.newBufferedReader(fil, StandardCharsets.UTF_8)) {
            for (String rad = in.readLine(); rad != null; rad = in.readLine()) {
                summa = summa.add(new BigInteger(1, sha.digest(rad.getBytes(StandardCharsets.UTF_8))));
                antal++;
            }
        }
        return new Radmangd(antal, summa.mod(MODUL));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e); //$NON-NLS-1$
        }
    }
}
