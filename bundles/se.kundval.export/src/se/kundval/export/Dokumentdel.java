package se.kundval.export;

/** What a {@link Dokument} consists of: tables and, in PDF, bar charts. */
public sealed interface Dokumentdel permits Tabell, Stapeldiagram {

    String rubrik();
}
