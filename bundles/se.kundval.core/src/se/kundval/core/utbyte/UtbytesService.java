package se.kundval.core.utbyte;

import java.nio.file.Path;
import java.util.List;

import se.kundval.core.Inloggning;

/** Import and export of an interchange folder (DOMAIN §9), for the command line and the workbench. */
public interface UtbytesService {

    /**
     * Reads every interchange file of the folder and writes it all in one transaction. Throws
     * {@link UtbytesfelException} listing every problem as {@code file:line: message}, writing nothing.
     *
     * @return the number of data rows read per file, in the order of the files
     */
    List<Filrader> importera(Inloggning vem, Path katalog);

    /**
     * Imports the kundundersökning alone: enkat.csv and enkat_utskick.csv of the folder (either or
     * both; other files are not read), all or nothing, every problem as {@code file:line: message}
     * in an {@link UtbytesfelException}. Needs {@link se.kundval.core.Rattighet#HANTERA_KVALITET},
     * not the right to import everything: the kvalitetsutvecklare runs the survey.
     */
    List<Filrader> importeraKundundersokning(Inloggning vem, Path katalog);

    /**
     * Writes every interchange file into the folder (created when missing), so that importing
     * the folder reproduces the data.
     *
     * @return the number of data rows written per file
     */
    List<Filrader> exportera(Inloggning vem, Path katalog);

    /** How many data rows (the header not counted) a file had. */
    record Filrader(String fil, int rader) {
    }
}
