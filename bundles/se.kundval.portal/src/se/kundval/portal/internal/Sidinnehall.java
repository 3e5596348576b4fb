package se.kundval.portal.internal;

import java.util.HashMap;
import java.util.Map;

/** What one page shows: its title and the data its template reads. */
final class Sidinnehall {

    private final Map<String, Object> data = new HashMap<>();

    Sidinnehall(String titel) {
        data.put("titel", titel); //$NON-NLS-1$
    }

    Sidinnehall med(String namn, Object varde) {
        if (varde != null) {
            data.put(namn, varde);
        }
        return this;
    }

    Map<String, Object> data() {
        return data;
    }
}
