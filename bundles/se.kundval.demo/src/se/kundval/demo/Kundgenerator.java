package se.kundval.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import se.kundval.model.Utbildningsniva;

/**
 * Kunder who came to the kundval between 2019 and 2025 (or today, if earlier), aged 18–64 on
 * arrival, with the mix of languages, education and support the follow-ups describe.
 */
final class Kundgenerator {

    static final LocalDate FORSTA_ANKOMST = LocalDate.of(2019, 1, 1);
    static final LocalDate SISTA_ANKOMST = LocalDate.of(2025, 12, 31);

    private static final List<Namnlistor.Viktat<String>> UTBILDNING = List.of(
            new Namnlistor.Viktat<>(Utbildningsniva.GRUNDSKOLA_03.getName(), 8),
            new Namnlistor.Viktat<>(Utbildningsniva.GRUNDSKOLA_49.getName(), 22),
            new Namnlistor.Viktat<>(Utbildningsniva.GYMNASIUM.getName(), 34),
            new Namnlistor.Viktat<>(Utbildningsniva.EFTERGYMNASIAL.getName(), 12),
            new Namnlistor.Viktat<>(Utbildningsniva.HOGSKOLA.getName(), 16),
            new Namnlistor.Viktat<>(Utbildningsniva.EJ_ANGIVET.getName(), 8));

    private static final List<Namnlistor.Viktat<String>> ARBETSFORMAGA = List.of(new Namnlistor.Viktat<>("100", 45), //$NON-NLS-1$
            new Namnlistor.Viktat<>("75", 10), new Namnlistor.Viktat<>("50", 10), new Namnlistor.Viktat<>("25", 5), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            new Namnlistor.Viktat<>(Demokund.OKLAR, 15), new Namnlistor.Viktat<>("", 15)); //$NON-NLS-1$

    private final Random slump;
    private final Identiteter identiteter;
    private final LocalDate idag;

    Kundgenerator(Random slump, Identiteter identiteter, LocalDate idag) {
        this.slump = slump;
        this.identiteter = identiteter;
        this.idag = idag;
    }

    List<Demokund> kunder(int antal) {
        LocalDate sista = idag.isBefore(SISTA_ANKOMST) ? idag : SISTA_ANKOMST;
        long dagar = ChronoUnit.DAYS.between(FORSTA_ANKOMST, sista) + 1;
        List<Demokund> kunder = new ArrayList<>(antal);
        for (int i = 1; i <= antal; i++) {
            LocalDate ankomst = FORSTA_ANKOMST.plusDays(Math.floorMod(slump.nextLong(), dagar));
            kunder.add(kund(String.format("K%06d", i), ankomst)); //$NON-NLS-1$
        }
        return kunder;
    }

    private Demokund kund(String kundId, LocalDate ankomst) {
        int r = slump.nextInt(100);
        char kon = r < 48 ? 'K' : r < 99 ? 'M' : 'A';
        LocalDate fodd = ankomst.minusYears(18 + slump.nextInt(47)).minusDays(slump.nextInt(365));
        String sprak = Namnlistor.valj(slump, Namnlistor.SPRAK);
        boolean nyanland = !"svenska".equals(sprak) && slump.nextInt(100) < 35; //$NON-NLS-1$
        String pnr = identiteter.personnummer(fodd, kon, nyanland && slump.nextInt(100) < 25);
        String fornamn = Namnlistor.ett(slump, kon == 'K' || kon == 'A' && slump.nextBoolean()
                ? Namnlistor.KVINNONAMN : Namnlistor.MANSNAMN);
        String namn = fornamn + ' ' + Namnlistor.ett(slump, Namnlistor.EFTERNAMN);
        boolean etablering = nyanland && slump.nextInt(100) < 60;
        return new Demokund(kundId, pnr, namn, String.valueOf(kon), Namnlistor.valj(slump, UTBILDNING), sprak,
                slump.nextInt(100) < 45, etablering, etablering && slump.nextInt(100) < 80,
                Namnlistor.valj(slump, ARBETSFORMAGA), Namnlistor.valj(slump, Namnlistor.KOMMUNER),
                Namnlistor.ett(slump, Namnlistor.KARRIARVAGLEDARE), ankomst);
    }
}
