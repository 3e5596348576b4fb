package se.kundval.core.utbyte;

/** Where a reader reports what is wrong; the importer prefixes the file name: {@code file:line: message}. */
public interface Fellista {

    void fel(int rad, String meddelande);
}
