package se.kundval.klient.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.Inloggning;
import se.kundval.core.json.Jsonkodek;
import se.kundval.core.utbyte.Exportmapp;
import se.kundval.core.utbyte.UtbytesService;
import se.kundval.core.utbyte.Utbytesarkiv;
import se.kundval.core.utbyte.UtbytesfelException;
import se.kundval.klient.Forbindelsefel;

/**
 * {@link UtbytesService} in shared mode (docs/decisions/0380-import-och-export-genom-servern.md): the
 * folder stays on this machine and only its files' content travels. An import streams the folder's
 * {@code .csv} files to the server as one ZIP, where they are read and written in one transaction, and
 * the server's {@code file:line: message} lines come back as the same {@link UtbytesfelException}; an
 * export streams the server's files into a folder beside the target, each owner-only (they hold
 * personal data), and moves them in only once the stream is complete: a connection lost mid-export
 * leaves the target as it was ({@link Exportmapp}).
 */
public final class Fjarrutbyte implements UtbytesService {

    private static final String UTBYTE = "/api/v1/utbyte/"; //$NON-NLS-1$

    private final Sessionsvakt vakt;

    public Fjarrutbyte(Sessionsvakt vakt) {
        this.vakt = vakt;
    }

    @Override
    public List<Filrader> importera(Inloggning vem, Path katalog) {
        return skickaIn("importera", vem, katalog); //$NON-NLS-1$
    }

    @Override
    public List<Filrader> importeraKundundersokning(Inloggning vem, Path katalog) {
        return skickaIn("importeraKundundersokning", vem, katalog); //$NON-NLS-1$
    }

    @Override
    public List<Filrader> exportera(Inloggning vem, Path katalog) {
        if (Files.exists(katalog) && !Files.isDirectory(katalog)) {
            throw new UtbytesfelException(List.of(NLS.bind(Messages.katalogArFil, katalog)));
        }
        HttpResponse<InputStream> svar = vakt.anropa(() -> vakt.forbindelse().strom(UTBYTE + "exportera", //$NON-NLS-1$
                HttpRequest.BodyPublishers.noBody(), Utbytesarkiv.MEDIATYP, huvuden(vem, katalog)));
        try (InputStream in = svar.body(); Exportmapp mapp = Exportmapp.bredvid(katalog)) {
            Utbytesarkiv.packaUpp(in, mapp.tillfallig());
            mapp.flyttaPaPlats(lista(svar.headers().firstValue("X-Kundval-Utelamnade").orElse(""))); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (IOException e) {
            throw new Forbindelsefel(NLS.bind(Messages.exportenAvbrots, vakt.forbindelse().server().getAuthority(), katalog), e);
        }
        return filrader(svar.headers().firstValue("X-Kundval-Filrader").orElse("")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private List<Filrader> skickaIn(String metod, Inloggning vem, Path katalog) {
        List<String> filer;
        try {
            filer = Files.isDirectory(katalog) ? Utbytesarkiv.csvfiler(katalog) : null;
        } catch (IOException e) {
            throw new UtbytesfelException(List.of(NLS.bind(Messages.katalogLasesInte, katalog, e.getMessage())));
        }
        if (filer == null) {
            throw new UtbytesfelException(List.of(NLS.bind(Messages.katalogSaknas, katalog)));
        }
        HttpResponse<InputStream> svar = vakt.anropa(() -> vakt.forbindelse().strom(UTBYTE + metod,
                HttpRequest.BodyPublishers.ofInputStream(() -> packa(katalog, filer)), Utbytesarkiv.MEDIATYP,
                huvuden(vem, katalog)));
        try (InputStream in = svar.body()) {
            Jsonkodek kodek = vakt.forbindelse().kodek();
            return List.of((Filrader[]) kodek.lasFalt(in, "varde", kodek.lasare(Filrader[].class))); //$NON-NLS-1$
        } catch (IOException e) {
            throw new Forbindelsefel(NLS.bind(Messages.svararInte, vakt.forbindelse().server().getAuthority()), e);
        }
    }

    /** The folder's files as a ZIP stream written by a thread of its own while the request reads it. */
    private static InputStream packa(Path katalog, List<String> filer) {
        try {
            PipedInputStream in = new PipedInputStream(64 * 1024);
            PipedOutputStream ut = new PipedOutputStream(in);
            Thread.ofVirtual().name("kundval-import").start(() -> { //$NON-NLS-1$
                try (ut) {
                    Utbytesarkiv.packa(katalog, filer, ut);
                } catch (IOException e) {
                    // the request ended first (the server refused it): its answer says why
                }
            });
            return in;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> huvuden(Inloggning vem, Path katalog) {
        Map<String, String> huvuden = new LinkedHashMap<>();
        huvuden.put("X-Kundval-Katalog", katalog.toString()); //$NON-NLS-1$
        if (vem != null && vem.plats() != null) {
            huvuden.put("X-Kundval-Plats", vem.plats()); //$NON-NLS-1$
        }
        return huvuden;
    }

    private static List<Filrader> filrader(String huvud) {
        List<Filrader> antal = new ArrayList<>();
        for (String post : lista(huvud)) {
            int lika = post.lastIndexOf('=');
            antal.add(new Filrader(post.substring(0, lika), Integer.parseInt(post.substring(lika + 1))));
        }
        return antal;
    }

    private static List<String> lista(String huvud) {
        return huvud.isBlank() ? List.of() : List.of(huvud.split(",")); //$NON-NLS-1$
    }
}
