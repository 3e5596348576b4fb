package se.kundval.rapport.ui;

import java.util.function.Function;

import se.kundval.core.rapport.Figur.Matt;
import se.kundval.core.rapport.Resultatrad;

/**
 * The measures of DOMAIN §7 as columns of the Resultat table. Each cell carries its n and the figure
 * to drill down from; the counts of anordnare and the kundundersökning rest on no insatser.
 */
enum Mattkolumn {
    KUNDER(Messages.kolumnKunder, 75, r -> Cell.antal(r.resultat().kunder(), r.figur(Matt.INSATSER))),
    INSATSER(Messages.kolumnInsatser, 75, r -> Cell.antal(r.resultat().insatser(), r.figur(Matt.INSATSER))),
    INSATSER_PER_KUND(Messages.kolumnInsatserPerKund, 125, r -> {
        Resultatrad res = r.resultat();
        return res.kunder() == 0 ? Cell.text(Messages.saknas)
                : new Cell(Siffror.osaker(Siffror.tal(res.insatserPerKund(), 2), res.kunder() < 5), res.kunder() < 5,
                        r.figur(Matt.INSATSER));
    }),
    ANDEL_KVINNOR(Messages.kolumnAndelKvinnor, 175, r -> Siffror.andel(r.resultat().kvinnor(), r.figur(Matt.KON, "KVINNA"))), //$NON-NLS-1$
    ANDEL_AV_KUNDER(Messages.kolumnAndelAvKunder, 175,
            r -> r.andelAvKunder() == null ? Cell.TOM : Siffror.andel(r.andelAvKunder(), r.figur(Matt.INSATSER))),
    AUKTORISERADE(Messages.kolumnAuktoriserade, 105, r -> r.auktoriserade() == null ? Cell.TOM : Cell.text(r.auktoriserade().toString())),
    AKTIVA(Messages.kolumnAktiva, 125, r -> r.aktiva() == null ? Cell.TOM : Cell.text(r.aktiva().toString())),
    AVSLUT(Messages.kolumnAvslut, 70, r -> Cell.antal(r.resultat().avslut(), r.figur(Matt.AVSLUT))),
    LYCKADE(Messages.kolumnAndelLyckade, 190, r -> Siffror.andel(r.resultat().lyckade(), r.figur(Matt.LYCKADE))),
    OBEDOMDA(Messages.kolumnObedomda, 95, r -> Cell.antal(r.resultat().obedomda(), r.figur(Matt.OBEDOMDA))),
    MALUPPFYLLELSE(Messages.kolumnMaluppfyllelse, 190, r -> Siffror.andel(r.resultat().maluppfyllelse(), r.figur(Matt.MALUPPFYLLELSE))),
    SNITTDAGAR(Messages.kolumnSnittdagar, 170, r -> Siffror.medel(r.resultat().dagarTillLyckat(), r.figur(Matt.LYCKADE))),
    NKI(Messages.kolumnNki, 120, r -> r.undersokning() == null ? Cell.TOM : Siffror.nki(r.undersokning().nki())),
    SVARSFREKVENS(Messages.kolumnSvarsfrekvens, 175, r -> r.undersokning() == null || r.undersokning().inbjudna() == 0 ? Cell.TOM
            : Siffror.andel(r.undersokning().svarsfrekvens(), null));

    private final String rubrik;
    private final int bredd;
    private final Function<Rapportrad.Matrad, Cell> cell;

    Mattkolumn(String rubrik, int bredd, Function<Rapportrad.Matrad, Cell> cell) {
        this.rubrik = rubrik;
        this.bredd = bredd;
        this.cell = cell;
    }

    Rapporttabell.Kolumn kolumn() {
        return new Rapporttabell.Kolumn(rubrik, bredd, cell);
    }
}
