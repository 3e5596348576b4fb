package se.kundval.core;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import se.kundval.model.Roll;

/**
 * The rights each role has (DOMAIN §1). Anordnare and kvalitetsutvecklare see personnummer masked;
 * an anordnare additionally sees only its own kunder and insatser, which the services enforce by
 * filtering on its organisationsnummer (see docs/decisions/0005-roller-och-rattigheter.md).
 */
public final class Rollbehorighet {

    private static final Map<Roll, Set<Rattighet>> RATTIGHETER = new EnumMap<>(Roll.class);

    static {
        RATTIGHETER.put(Roll.KARRIARVAGLEDARE, EnumSet.of(Rattighet.LASA_KUNDER, Rattighet.SE_FULLSTANDIGT_PERSONNUMMER,
                Rattighet.REDIGERA_KUNDER, Rattighet.GRANSKA_MANADSRAPPORT, Rattighet.LASA_RAPPORTER, Rattighet.MARKERA_SKYDDAD));
        RATTIGHETER.put(Roll.HANDLAGGARE, EnumSet.of(Rattighet.LASA_KUNDER, Rattighet.SE_FULLSTANDIGT_PERSONNUMMER,
                Rattighet.REDIGERA_KUNDER, Rattighet.BEVILJA_INSATS, Rattighet.BEDOMA_AVSLUT, Rattighet.GRANSKA_MANADSRAPPORT,
                Rattighet.KORA_ERSATTNING, Rattighet.LASA_RAPPORTER, Rattighet.GORA_REGISTERUTDRAG, Rattighet.MARKERA_SKYDDAD));
        RATTIGHETER.put(Roll.ANORDNARE, EnumSet.of(Rattighet.LASA_KUNDER, Rattighet.RAPPORTERA_SOM_ANORDNARE));
        RATTIGHETER.put(Roll.KVALITETSUTVECKLARE, EnumSet.of(Rattighet.LASA_KUNDER, Rattighet.LASA_RAPPORTER,
                Rattighet.HANTERA_KVALITET, Rattighet.EXPORTERA));
        // no myndighetsutövning (DOMAIN §1, §12 separation of duties): the administratör may not grant,
        // extend or judge, so that who keeps the registers and prices is never who decides for a kund;
        // the administratör's own access is what the loggranskare reviews (docs/decisions/0201-loggkontroll.md)
        // and a protected kund is hidden from the administratör, who therefore cannot unmark it either
        RATTIGHETER.put(Roll.ADMINISTRATOR, EnumSet.complementOf(EnumSet.of(Rattighet.BEVILJA_INSATS, Rattighet.BEDOMA_AVSLUT,
                Rattighet.GRANSKA_ATKOMSTLOGG, Rattighet.MARKERA_SKYDDAD)));
        // sees who looked at which kund, not the case content (DOMAIN §1)
        RATTIGHETER.put(Roll.LOGGRANSKARE, EnumSet.of(Rattighet.GRANSKA_ATKOMSTLOGG));
    }

    private Rollbehorighet() {
    }

    public static boolean har(Roll roll, Rattighet rattighet) {
        return roll != null && RATTIGHETER.get(roll).contains(rattighet);
    }
}
