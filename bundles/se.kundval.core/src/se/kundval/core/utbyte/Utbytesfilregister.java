package se.kundval.core.utbyte;

import java.util.List;

/** Every installed {@link Utbytesfil}. */
public interface Utbytesfilregister {

    List<Utbytesfil> filer();
}
