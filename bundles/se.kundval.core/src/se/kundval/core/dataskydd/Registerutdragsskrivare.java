package se.kundval.core.dataskydd;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a registerutdrag in the form it is handed out in: JSON for machines, PDF for the person. */
public interface Registerutdragsskrivare {

    /** The stream is not closed. */
    void skriv(Registerutdrag utdrag, Utdragsformat format, OutputStream ut) throws IOException;
}
