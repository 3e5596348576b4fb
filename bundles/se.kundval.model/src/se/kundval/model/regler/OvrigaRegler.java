package se.kundval.model.regler;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import se.kundval.model.Anvandare;
import se.kundval.model.Avslutsbedomning;
import se.kundval.model.Beslut;
import se.kundval.model.BeslutTyp;
import se.kundval.model.Effektuppfoljning;
import se.kundval.model.Enkatsvar;
import se.kundval.model.Insatstyp;
import se.kundval.model.KundvalPackage.Literals;
import se.kundval.model.Manadsrapport;
import se.kundval.model.Planaktivitet;
import se.kundval.model.Pris;
import se.kundval.model.Roll;

/** The rules of the smaller entities: prices, decisions, reports, survey answers, users. */
final class OvrigaRegler implements Regelrapport.Regel {

    @Override
    public boolean galler(EObject object) {
        return true;
    }

    @Override
    public void kontrollera(EObject object, Regelrapport rapport) {
        switch (object) {
            case Pris pris -> {
                ickeNegativ(pris.getCheckbelopp(), Literals.PRIS__CHECKBELOPP, rapport);
                ickeNegativ(pris.getBonus(), Literals.PRIS__BONUS, rapport);
            }
            case Beslut beslut when beslut.getTyp() == BeslutTyp.FORLANGNING && beslut.getLangdManader() < 1 ->
                rapport.fel(Literals.BESLUT__LANGD_MANADER, "langd.minst1"); //$NON-NLS-1$
            case Avslutsbedomning bedomning when bedomning.isBonusgrundande() && !bedomning.isLyckat() ->
                rapport.fel(Literals.AVSLUTSBEDOMNING__BONUSGRUNDANDE, "bedomning.bonusUtanLyckat"); //$NON-NLS-1$
            case Manadsrapport manadsrapport -> kontrolleraFranvaro(manadsrapport, rapport);
            case Planaktivitet aktivitet ->
                ordning(aktivitet.getPlaneradStart(), aktivitet.getPlaneradSlut(), Literals.PLANAKTIVITET__PLANERAD_SLUT, rapport);
            case Insatstyp typ -> ordning(typ.getGiltigFran(), typ.getGiltigTill(), Literals.INSATSTYP__GILTIG_TILL, rapport);
            case Enkatsvar svar when svar.getSvar() < 1 || svar.getSvar() > 5 ->
                rapport.fel(Literals.ENKATSVAR__SVAR, "svar.intervall", svar.getSvar()); //$NON-NLS-1$
            case Effektuppfoljning uppfoljning when uppfoljning.getManader() != 6 && uppfoljning.getManader() != 12
                    && uppfoljning.getManader() != 24 ->
                rapport.fel(Literals.EFFEKTUPPFOLJNING__MANADER, "effekt.manader", uppfoljning.getManader()); //$NON-NLS-1$
            case Anvandare anvandare when anvandare.getRoll() == Roll.ANORDNARE
                    && !Organisationsnummer.giltigt(anvandare.getOrgnr()) ->
                rapport.fel(Literals.ANVANDARE__ORGNR, "anvandare.orgnr"); //$NON-NLS-1$
            default -> {
                // the entity has no rule beyond its required fields
            }
        }
    }

    private static void kontrolleraFranvaro(Manadsrapport r, Regelrapport rapport) {
        if (r.getFranvarodagar() < 0 || r.getSjukdagar() < 0 || r.getSjukdagarMedLakarintyg() < 0 || r.getNarvarodagar() < 0) {
            rapport.fel(Literals.MANADSRAPPORT__FRANVARODAGAR, "negativt"); //$NON-NLS-1$
        }
        if (r.getSjukdagar() > r.getFranvarodagar()) {
            rapport.fel(Literals.MANADSRAPPORT__SJUKDAGAR, "franvaro.sjukOverFranvaro", r.getFranvarodagar()); //$NON-NLS-1$
        }
        if (r.getSjukdagarMedLakarintyg() > r.getSjukdagar()) {
            rapport.fel(Literals.MANADSRAPPORT__SJUKDAGAR_MED_LAKARINTYG, "franvaro.intygOverSjuk", r.getSjukdagar()); //$NON-NLS-1$
        }
    }

    private static void ickeNegativ(BigDecimal belopp, EStructuralFeature feature, Regelrapport rapport) {
        if (belopp != null && belopp.signum() < 0) {
            rapport.fel(feature, "negativt"); //$NON-NLS-1$
        }
    }

    private static void ordning(LocalDate fran, LocalDate till, EStructuralFeature feature, Regelrapport rapport) {
        if (fran != null && till != null && till.isBefore(fran)) {
            rapport.fel(feature, "till.foreFran", fran); //$NON-NLS-1$
        }
    }
}
