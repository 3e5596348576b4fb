package se.kundval.app;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Keeps the user's saved layout only while it was made from the same application model. E4 saves
 * the whole model in {@code workbench.xmi} and, on the next start, uses it instead of
 * Application.e4xmi; model fragments only add elements that are missing. After an upgrade that
 * changed Application.e4xmi or a fragment, the saved copy would hide the change (a renamed class,
 * a moved part) or point at classes that no longer exist. A fingerprint of those files is stored
 * next to the layout; when it differs, the saved layout is set aside before E4 loads it.
 */
final class Modellversion {

    private static final String MODELLFRAGMENT = "Model-Fragment"; //$NON-NLS-1$
    private static final String APPLIKATIONSMODELL = "Application.e4xmi"; //$NON-NLS-1$

    void aterstallLayoutOmModellenAndrats() {
        Location arbetsyta = Platform.getInstanceLocation();
        if (arbetsyta == null || !arbetsyta.isSet()) {
            return; // nothing is saved without a workspace (-data @none)
        }
        try {
            Bundle egen = FrameworkUtil.getBundle(Modellversion.class);
            Path markering = Platform.getStateLocation(egen).toFile().toPath().resolve("modellversion"); //$NON-NLS-1$
            String aktuell = fingeravtryck(egen);
            String sparad = Files.exists(markering) ? Files.readString(markering, StandardCharsets.UTF_8).strip() : null;
            if (!aktuell.equals(sparad)) {
                laggUndanSparadLayout(arbetsyta);
                Files.writeString(markering, aktuell, StandardCharsets.UTF_8);
            }
        } catch (IOException | URISyntaxException e) {
            // the layout check is a convenience: a failure must not keep the workbench from starting
            ILog.of(Modellversion.class).warn("could not compare the saved layout with the application model", e); //$NON-NLS-1$
        }
    }

    /** Where E4's ResourceHandler keeps the saved model: {@code <workspace>/.metadata/.plugins/org.eclipse.e4.workbench/workbench.xmi}. */
    private static void laggUndanSparadLayout(Location arbetsyta) throws IOException, URISyntaxException {
        Path sparad = Path.of(arbetsyta.getURL().toURI()).resolve(".metadata").resolve(".plugins") //$NON-NLS-1$ //$NON-NLS-2$
                .resolve("org.eclipse.e4.workbench").resolve("workbench.xmi"); //$NON-NLS-1$ //$NON-NLS-2$
        if (Files.exists(sparad)) {
            Files.move(sparad, sparad.resolveSibling("workbench.xmi.foraldrad"), StandardCopyOption.REPLACE_EXISTING); //$NON-NLS-1$
            ILog.of(Modellversion.class).info("the application model changed; the saved layout was set aside as " //$NON-NLS-1$
                    + sparad.resolveSibling("workbench.xmi.foraldrad")); //$NON-NLS-1$
        }
    }

    /** SHA-256 over Application.e4xmi and every installed model fragment, in bundle name order. */
    private static String fingeravtryck(Bundle egen) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
        } catch (NoSuchAlgorithmException e) {
            throw new IOException(e);
        }
        lagg(sha, egen, APPLIKATIONSMODELL);
        List<Bundle> alla = Stream.of(egen.getBundleContext().getBundles()).filter(b -> b.getSymbolicName() != null)
                .sorted(Comparator.comparing(Bundle::getSymbolicName)).toList();
        for (Bundle b : alla) {
            String fragment = b.getHeaders("").get(MODELLFRAGMENT); //$NON-NLS-1$
            if (fragment != null && (b.getState() & (Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE)) != 0) {
                lagg(sha, b, fragment.split(";")[0].strip()); //$NON-NLS-1$
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void lagg(MessageDigest sha, Bundle bundle, String sokvag) throws IOException {
        sha.update(bundle.getSymbolicName().getBytes(StandardCharsets.UTF_8));
        URL fil = bundle.getEntry(sokvag);
        if (fil != null) {
            try (InputStream in = fil.openStream()) {
                sha.update(in.readAllBytes());
            }
        }
    }
}
