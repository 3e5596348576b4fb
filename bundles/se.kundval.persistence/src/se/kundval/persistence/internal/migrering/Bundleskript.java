package se.kundval.persistence.internal.migrering;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * A module's scripts as Flyway resources. Flyway's own classpath scanning sees only the bundle it
 * is embedded in, and not the plugins' {@code db/migrering} folders: the URLs come from the bundle
 * API instead (the persistence bundle's entries, and each plugin's through the insats type
 * registry), and this provider hands them to Flyway.
 */
final class Bundleskript implements ResourceProvider {

    private final List<Skript> skript = new ArrayList<>();

    Bundleskript(Migreringsmodul modul) {
        for (URL url : modul.skript()) {
            skript.add(new Skript(modul.namn(), url));
        }
    }

    @Override
    public LoadableResource getResource(String namn) {
        return skript.stream().filter(s -> s.getRelativePath().equals(namn) || s.getFilename().equals(namn))
                .findFirst().orElse(null);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffix) {
        List<LoadableResource> valda = new ArrayList<>();
        for (Skript s : skript) {
            if (s.getFilename().startsWith(prefix) && slutarMed(s.getFilename(), suffix)) {
                valda.add(s);
            }
        }
        return valda;
    }

    private static boolean slutarMed(String namn, String[] suffix) {
        for (String s : suffix) {
            if (namn.endsWith(s)) {
                return true;
            }
        }
        return false;
    }

    /**
     * One script. Its relative path {@code modul/V001__namn.sql} is what the history records and
     * what error messages name, so a user can tell the product's scripts from a plugin's.
     */
    private static final class Skript extends LoadableResource {

        private final URL url;
        private final String filnamn;
        private final String relativ;

        Skript(String modul, URL url) {
            this.url = url;
            String sokvag = url.getPath();
            this.filnamn = sokvag.substring(sokvag.lastIndexOf('/') + 1);
            this.relativ = modul + '/' + filnamn;
        }

        @Override
        public Reader read() {
            try {
                return new InputStreamReader(url.openStream(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String getAbsolutePath() {
            return url.toExternalForm();
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return url.toExternalForm();
        }

        @Override
        public String getFilename() {
            return filnamn;
        }

        @Override
        public String getRelativePath() {
            return relativ;
        }
    }
}
