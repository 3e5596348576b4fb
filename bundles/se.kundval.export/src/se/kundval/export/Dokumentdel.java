package se.kundval.export;

/** What a {@link Dokument} consists of: tables and, in PDF, bar charts and funnel plots. */
public sealed interface Dokumentdel permits Tabell, Stapeldiagram, Trattdiagram {

    String rubrik();
}
