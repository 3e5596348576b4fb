package se.kundval.portal.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartConfig;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

import se.kundval.core.dokument.Bifogadfil;

/**
 * A form with files ({@code multipart/form-data}), read by Jetty's own parser into the fields and the
 * files (docs/decisions/0373). A part may be well over the documents' 10 MB, so that an 11 MB file is
 * read whole and refused by the service with a message beside the field; only a body beyond what any
 * few documents need is not read, and the portal answers with a page saying so. Everything stays in
 * memory: no document of a kund is ever written to the server's disk outside the database.
 */
final class Filformular {

    /** A file part the portal still reads; the service allows 10 MB. */
    static final long MAX_DEL = 24L * 1024 * 1024;
    /** A few documents of up to 10 MB and the form's fields. */
    static final long MAX_TOTALT = 64L * 1024 * 1024;
    private static final int MAX_DELAR = 16;
    private static final Logger LOGG = Logger.getLogger(Filformular.class.getName());

    private Filformular() {
    }

    static boolean ar(Request request) {
        String typ = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        return typ != null && MimeTypes.getBaseType(typ) == MimeTypes.Type.MULTIPART_FORM_DATA;
    }

    /**
     * Reads the form's text fields into {@code falt} and its chosen files into {@code filer}; false when
     * the body is larger than the portal reads or is no readable form (nothing is then added).
     */
    static boolean las(Request request, Map<String, String> falt, List<Bifogadfil> filer) {
        if (request.getLength() > MAX_TOTALT) {
            return false;
        }
        MultiPartConfig config = new MultiPartConfig.Builder().maxParts(MAX_DELAR).maxSize(MAX_TOTALT).maxPartSize(MAX_DEL)
                .maxMemoryPartSize(MAX_DEL).useFilesForPartsWithoutFileName(false).build();
        String typ = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        try (MultiPartFormData.Parts delar = MultiPartFormData.getParts(request, request, typ, config)) {
            for (MultiPart.Part del : delar) {
                if (del.getFileName() == null) {
                    falt.put(del.getName(), del.getContentAsString(StandardCharsets.UTF_8));
                } else if (!del.getFileName().isBlank() || del.getLength() > 0) {
                    // a file input left empty sends a part without name or content: no file chosen
                    filer.add(new Bifogadfil(namn(del.getFileName()), innehall(del)));
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            LOGG.log(Level.INFO, "portal: a multipart form was not read: {0}", e.toString()); //$NON-NLS-1$
            filer.clear();
            return false;
        }
    }

    /** The name without any folder, which some browsers still send. */
    private static String namn(String filnamn) {
        return filnamn.substring(Math.max(filnamn.lastIndexOf('/'), filnamn.lastIndexOf('\\')) + 1);
    }

    private static byte[] innehall(MultiPart.Part del) throws IOException {
        ByteBuffer buffert = Content.Source.asByteBuffer(del.getContentSource());
        byte[] b = new byte[buffert.remaining()];
        buffert.get(b);
        return b;
    }
}
