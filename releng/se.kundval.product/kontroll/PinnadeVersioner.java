import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Fails the build when the product ships a bundle that the target platform does not pin at exactly that
 * version. The target lists Maven artifacts; the product holds OSGi bundles. A bundle is matched to its
 * artifact by the manifest of the artifact's jar in the local repository, or, for a jar Tycho wrapped
 * because it had no manifest, by the artifact Tycho names in the wrapped manifest.
 *
 * <p>Run by the product's pom in {@code verify}:
 * {@code java PinnadeVersioner.java LOKALT_MAVENFORRAD TARGETFIL PRODUKTENS_PLUGINS EGET_PREFIX}.
 */
public final class PinnadeVersioner {

    /** What Tycho writes as Bundle-Name into the manifest it generates for a plain jar. */
    private static final String HARLEDD = "Bundle derived from maven artifact ";

    private record Artefakt(String groupId, String artifactId, String version) {
        @Override
        public String toString() {
            return groupId + ':' + artifactId + ':' + version;
        }
    }

    private record Bunt(String namn, String version) {
    }

    public static void main(String[] args) throws Exception {
        Path forrad = Path.of(args[0]);
        List<Artefakt> pinnade = pinnade(Path.of(args[1]));
        Set<String> pinnadeNamn = new TreeSet<>();
        Map<Bunt, Artefakt> pinnadeBuntar = new HashMap<>();
        for (Artefakt a : pinnade) {
            pinnadeNamn.add(a.toString());
            Path jar = forrad.resolve(a.groupId().replace('.', '/')).resolve(a.artifactId()).resolve(a.version())
                    .resolve(a.artifactId() + '-' + a.version() + ".jar");
            if (Files.isRegularFile(jar)) {
                Bunt bunt = bunt(manifest(jar));
                if (bunt != null) {
                    pinnadeBuntar.put(bunt, a);
                }
            }
        }
        List<String> fel = new ArrayList<>();
        int antal = 0;
        try (Stream<Path> plugins = Files.list(Path.of(args[2]))) {
            for (Path plugin : plugins.sorted().toList()) {
                Manifest manifest = manifest(plugin);
                Bunt bunt = manifest == null ? null : bunt(manifest);
                if (bunt == null || bunt.namn().startsWith(args[3])) {
                    continue;
                }
                antal++;
                String harledd = manifest.getMainAttributes().getValue("Bundle-Name");
                if (harledd != null && harledd.startsWith(HARLEDD)) {
                    if (!pinnadeNamn.contains(harledd.substring(HARLEDD.length()).trim())) {
                        fel.add(plugin.getFileName() + " kommer från " + harledd.substring(HARLEDD.length())
                                + ", som inte är pinnad i targetfilen");
                    }
                } else if (!pinnadeBuntar.containsKey(bunt)) {
                    fel.add(plugin.getFileName() + " (" + bunt.namn() + ' ' + bunt.version()
                            + ") motsvarar ingen pinnad artefakt i targetfilen");
                }
            }
        }
        if (!fel.isEmpty()) {
            System.err.println("Produkten skeppar buntar i andra versioner än targetfilen pinnar:");
            fel.forEach(f -> System.err.println("  " + f));
            System.exit(1);
        }
        System.out.println("Alla " + antal + " externa buntar i produkten har exakt de pinnade versionerna.");
    }

    private static List<Artefakt> pinnade(Path target) throws Exception {
        var fabrik = DocumentBuilderFactory.newInstance();
        fabrik.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        NodeList beroenden = fabrik.newDocumentBuilder().parse(target.toFile()).getElementsByTagName("dependency");
        List<Artefakt> pinnade = new ArrayList<>();
        for (int i = 0; i < beroenden.getLength(); i++) {
            Element d = (Element) beroenden.item(i);
            pinnade.add(new Artefakt(text(d, "groupId"), text(d, "artifactId"), text(d, "version")));
        }
        return pinnade;
    }

    private static String text(Element element, String namn) {
        return element.getElementsByTagName(namn).item(0).getTextContent().trim();
    }

    /** The manifest of a jar or of a bundle unpacked into a folder; null when there is none. */
    private static Manifest manifest(Path plugin) throws IOException {
        if (Files.isDirectory(plugin)) {
            Path fil = plugin.resolve("META-INF/MANIFEST.MF");
            if (!Files.isRegularFile(fil)) {
                return null;
            }
            try (InputStream in = Files.newInputStream(fil)) {
                return new Manifest(in);
            }
        }
        try (JarFile jar = new JarFile(plugin.toFile())) {
            return jar.getManifest();
        }
    }

    private static Bunt bunt(Manifest manifest) {
        Attributes attribut = manifest.getMainAttributes();
        String namn = attribut.getValue("Bundle-SymbolicName");
        if (namn == null) {
            return null;
        }
        String version = attribut.getValue("Bundle-Version");
        return new Bunt(namn.split(";")[0].trim(), version == null ? "0.0.0" : version.trim());
    }
}
