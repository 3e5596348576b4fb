package se.kundval.core.tjanst;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.kundval.core.Inloggning;
import se.kundval.model.Anordnare;
import se.kundval.model.Auktorisation;
import se.kundval.model.Enkatsvar;
import se.kundval.model.Enkatutskick;
import se.kundval.model.Insats;
import se.kundval.model.Kund;
import se.kundval.model.Manadsrapportstatus;
import se.kundval.model.Pris;

/**
 * The bulk write behind the import of an interchange folder (DOMAIN §9): first what the database
 * already holds that the folder's rows collide with or refer to, then everything in one
 * transaction, all or nothing. Both require {@link se.kundval.core.Rattighet#IMPORTERA}, or for a
 * kundundersökning alone (no kunder, insatser, anordnare or prices)
 * {@link se.kundval.core.Rattighet#HANTERA_KVALITET}.
 */
public interface Importlager {

    /** What of these keys the database already holds. */
    Befintligt befintligt(Inloggning vem, Nycklar nycklar);

    /**
     * Writes everything in one transaction with batched inserts. New objects (id null) are
     * inserted with all they contain; a price with an id is updated. Then, in the same transaction,
     * the månadsrapporter: {@code manadsrapporter} is fed one row at a time while the write is open,
     * so millions of them never stand in memory at once (decision 0440). On any failure nothing is
     * written, also when {@code manadsrapporter} throws (the import found a bad row late); a row
     * someone else inserted meanwhile with the same key is a {@link se.kundval.core.KonfliktException}.
     */
    void skriv(Inloggning vem, Innehall innehall, Rapportkalla manadsrapporter);

    /**
     * The keys a folder mentions.
     *
     * @param orgnr        every organisationsnummer in any file
     * @param kundIds      every kund_id in kunder.csv and insatser.csv
     * @param personnummer the personnummer of kunder.csv
     * @param insatsIds    the insats_id of insatser.csv
     */
    record Nycklar(Set<String> orgnr, Set<String> kundIds, Set<String> personnummer, Set<String> insatsIds) {
    }

    /**
     * What the database holds of the keys asked for.
     *
     * @param anordnare    existing anordnare by orgnr, with their auktorisationer
     * @param kunder       existing kunder by kund_id
     * @param personnummer personnummer some existing kund has
     * @param insatsIds    insats_id that exist
     * @param enkatsvar    survey answers of the existing anordnare
     * @param enkatutskick survey invitations of the existing anordnare
     */
    record Befintligt(Map<String, Anordnare> anordnare, Map<String, Kund> kunder, Set<String> personnummer,
            Set<String> insatsIds, Set<Enkatnyckel> enkatsvar, Set<Utskicksnyckel> enkatutskick) {
    }

    /** What identifies a survey answer: one respondent answers each question once a year. */
    record Enkatnyckel(String orgnr, int ar, String respondent, String fraga) {
    }

    /** One invitation count per anordnare and year. */
    record Utskicksnyckel(String orgnr, int ar) {
    }

    /**
     * Where the månadsrapporter of an import come from: {@link #mata} hands each one to the writer as
     * it is read and checked; throwing from it rolls the whole import back.
     */
    @FunctionalInterface
    interface Rapportkalla {
        void mata(Rapportmottagare mottagare);
    }

    /** Takes one månadsrapport of an insats in {@link Innehall#insatser()}; the other fields keep the model's defaults. */
    @FunctionalInterface
    interface Rapportmottagare {
        void manadsrapport(Insats insats, YearMonth period, Manadsrapportstatus status, LocalDate inlamnad);
    }

    /**
     * Everything one import writes.
     *
     * @param anordnare       new anordnare with their auktorisationer
     * @param auktorisationer new auktorisationer of anordnare that already exist
     * @param kunder          new kunder
     * @param insatser        new insatser with beslut, avslut, bedömningar, månadsrapporter and type data
     * @param enkatsvar       new survey answers
     * @param enkatutskick    new invitation counts
     * @param priser          new prices (id null) and changed existing ones
     */
    record Innehall(List<Anordnare> anordnare, List<Auktorisation> auktorisationer, List<Kund> kunder,
            List<Insats> insatser, List<Enkatsvar> enkatsvar, List<Enkatutskick> enkatutskick, List<Pris> priser) {
    }
}
