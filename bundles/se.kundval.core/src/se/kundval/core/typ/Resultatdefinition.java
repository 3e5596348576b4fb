package se.kundval.core.typ;

import java.util.EnumSet;
import java.util.Set;

import se.kundval.model.Avslut;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Insats;
import se.kundval.model.Sysselsattningsform;

/**
 * What counts as a result for a type (DOMAIN §6). The handläggare's judgement decides; these say
 * which avslut can be lyckat and bonusgrundande, and which meet the type's målsättning.
 */
public interface Resultatdefinition {

    Set<Avslutsorsak> EGEN_FORSORJNING = EnumSet.of(Avslutsorsak.ARBETE, Avslutsorsak.STUDIER, Avslutsorsak.EGET_FORETAG);

    /** Lyckat (egen försörjning): arbete, CSN-berättigade studier or eget företagande. */
    default boolean kanVaraLyckat(Avslut avslut) {
        Avslutsorsak orsak = avslut.getAvslutsorsak();
        if (orsak == Avslutsorsak.STUDIER) {
            return avslut.getSysselsattning() != Sysselsattningsform.STUDIER_UTAN_CSN;
        }
        return orsak != null && EGEN_FORSORJNING.contains(orsak);
    }

    /**
     * Bonusgrundande: lyckat through arbete or CSN-berättigade studier lasting more than six
     * months. Eget företagande never is.
     */
    default boolean kanVaraBonusgrundande(Avslut avslut) {
        Avslutsorsak orsak = avslut.getAvslutsorsak();
        if ((orsak != Avslutsorsak.ARBETE && orsak != Avslutsorsak.STUDIER) || !kanVaraLyckat(avslut)) {
            return false;
        }
        Integer manader = avslut.getVaraktighetManader();
        boolean tillsvidare = avslut.getSysselsattning() == Sysselsattningsform.TILLSVIDAREANSTALLNING;
        return tillsvidare || manader != null && manader > 6;
    }

    /** Måluppfyllelse after the type's målsättning; for egen försörjning the same as lyckat. */
    boolean maluppfyllelse(Insats insats, boolean lyckat);
}
