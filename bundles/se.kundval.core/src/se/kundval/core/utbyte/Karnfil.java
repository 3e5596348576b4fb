package se.kundval.core.utbyte;

import java.util.List;

/**
 * The interchange files of DOMAIN §9 that the product itself reads and writes, with their exact
 * header columns, in the order an import reads them (referenced files first). Plugins add their
 * own files through {@link Utbytesfil}.
 */
public enum Karnfil {
    ANORDNARE("anordnare.csv", "orgnr", "namn"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    AUKTORISATIONER("auktorisationer.csv", "orgnr", "insatstyp", "fran", "till"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    KUNDER("kunder.csv", "kund_id", "personnummer", "namn", "kon", "utbildning", "sprak", "ekonomiskt_bistand", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            "etableringsprogram", "etableringsersattning", "arbetsformaga", "kommun", "kv"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    INSATSER("insatser.csv", "insats_id", "kund_id", "insatstyp", "orgnr", "beslutsdatum", "startdatum", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "langd_manader", "slutdatum", "avslutsdatum", "avslutsorsak", "lyckat", "bonusgrundande"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    MANADSRAPPORTER("manadsrapporter.csv", "insats_id", "period", "status", "inlamnad"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    ENKAT("enkat.csv", "orgnr", "ar", "respondent", "fraga", "omrade", "svar"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
    ENKAT_UTSKICK("enkat_utskick.csv", "orgnr", "ar", "antal"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    PRISER("priser.csv", "insatstyp", "fran", "belopp", "bonus"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    private final String filnamn;
    private final List<String> kolumner;

    Karnfil(String filnamn, String... kolumner) {
        this.filnamn = filnamn;
        this.kolumner = List.of(kolumner);
    }

    public String filnamn() {
        return filnamn;
    }

    public List<String> kolumner() {
        return kolumner;
    }
}
