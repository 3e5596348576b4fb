package se.kundval.kund.ui;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import se.kundval.core.tjanst.Kundkolumn;
import se.kundval.model.Kon;
import se.kundval.model.Kund;
import se.kundval.model.Utbildningsniva;
import se.kundval.model.regler.Personnummer;

/**
 * The columns of the Kunder list in display order: header, share of the width, the shown value and
 * the service column that filters and sorts it.
 */
enum Listkolumn {
    KUND_ID(Kundkolumn.KUND_ID, Messages.kolumnKundId, 9, Kund::getKundId),
    PERSONNUMMER(Kundkolumn.PERSONNUMMER, Messages.kolumnPersonnummer, 15, k -> Personnummer.formaterat(k.getPersonnummer())),
    NAMN(Kundkolumn.NAMN, Messages.kolumnNamn, 20, Kund::getNamn),
    KON(Kundkolumn.KON, Messages.kolumnKon, 7, k -> Etiketter.av(k.getKon())),
    KOMMUN(Kundkolumn.KOMMUN, Messages.kolumnKommun, 11, Kund::getKommun),
    SPRAK(Kundkolumn.SPRAK, Messages.kolumnSprak, 10, Kund::getSprak),
    UTBILDNING(Kundkolumn.UTBILDNINGSNIVA, Messages.kolumnUtbildning, 16, k -> Etiketter.av(k.getUtbildningsniva())),
    ANSVARIG(Kundkolumn.ANSVARIG, Messages.kolumnAnsvarig, 12, Kund::getAnsvarigKarriarvagledare);

    private final Kundkolumn tjanstekolumn;
    private final String rubrik;
    private final int breddProcent;
    private final Function<Kund, String> varde;

    Listkolumn(Kundkolumn tjanstekolumn, String rubrik, int breddProcent, Function<Kund, String> varde) {
        this.tjanstekolumn = tjanstekolumn;
        this.rubrik = rubrik;
        this.breddProcent = breddProcent;
        this.varde = varde;
    }

    static Listkolumn vid(int index) {
        return values()[index];
    }

    static String[] rubriker() {
        String[] r = new String[values().length];
        for (Listkolumn k : values()) {
            r[k.ordinal()] = k.rubrik;
        }
        return r;
    }

    Kundkolumn tjanstekolumn() {
        return tjanstekolumn;
    }

    int breddProcent() {
        return breddProcent;
    }

    /**
     * The texts the column must show whole however narrow the part: its heading and, where the values
     * are a closed set or a fixed format, the widest of them. Free text (names, kommuner) may be cut.
     */
    List<String> helaTexter() {
        Stream<String> varden = switch (this) {
            case KUND_ID -> Stream.of("K0000000"); //$NON-NLS-1$
            case PERSONNUMMER -> Stream.of("19000000-0000"); //$NON-NLS-1$
            case KON -> Kon.VALUES.stream().map(Etiketter::av);
            case UTBILDNING -> Utbildningsniva.VALUES.stream().map(Etiketter::av);
            default -> Stream.empty();
        };
        return Stream.concat(Stream.of(rubrik), varden).toList();
    }

    String varde(Kund kund) {
        return varde.apply(kund);
    }

    /** The filter text as the service must see it: enumerations are stored by name, not by label. */
    String filtertext(String skrivet) {
        return this == KON || this == UTBILDNING ? Etiketter.somLagrat(skrivet) : skrivet.strip();
    }
}
