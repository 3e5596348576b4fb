package se.kundval.core.tjanst;

import se.kundval.model.Malsattning;

/**
 * What DOMAIN §6 and the type's målsättning say about an avslut, shown beside the case while the
 * handläggare judges it. The judgement itself is the handläggare's.
 *
 * @param kanVaraLyckat          arbete, CSN-berättigade studier or eget företagande
 * @param kanVaraBonusgrundande  arbete or CSN-studier lasting more than six months
 * @param malsattning            the type's målsättning
 * @param maluppfyllelseOmLyckat whether the avslut meets the målsättning if judged lyckat
 */
public record Bedomningsstod(boolean kanVaraLyckat, boolean kanVaraBonusgrundande, Malsattning malsattning,
        boolean maluppfyllelseOmLyckat) {
}
