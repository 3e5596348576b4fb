package se.kundval.insatstyp.kundval2024;

import java.math.BigDecimal;

import se.kundval.core.typ.Ersattningsmodell;
import se.kundval.model.tid.Insatsperiod;

/**
 * The 2024 compensation models (DOMAIN §5): every 2024 type pays avslutsersättning for an early
 * avslut that is not bonusgrundande; AMI adds the snabbhetspremie and a resultatbonus, AMI1 in
 * full when the avslut is on or before the planned end, AMI2 tiered by the insats month of the
 * avslut (1–6 all, 7–10 half, 11–12 a quarter, later nothing). ISA and FAI have no bonus.
 */
final class Ersattningar {

    static final Ersattningsmodell UTAN_BONUS = new Modell(false) {
        @Override
        public BigDecimal bonusandel(Insatsperiod period) {
            return BigDecimal.ZERO;
        }
    };

    static final Ersattningsmodell AMI1 = new Modell(true) {
        @Override
        public BigDecimal bonusandel(Insatsperiod period) {
            return period.avslutsdatum().isAfter(period.planeratSlut()) ? BigDecimal.ZERO : BigDecimal.ONE;
        }
    };

    static final Ersattningsmodell AMI2 = new Modell(true) {
        @Override
        public BigDecimal bonusandel(Insatsperiod period) {
            int manad = Insatsperiod.insatsmanad(period.start(), period.avslutsdatum());
            if (manad <= 6) {
                return BigDecimal.ONE;
            } else if (manad <= 10) {
                return new BigDecimal("0.50"); //$NON-NLS-1$
            } else if (manad <= 12) {
                return new BigDecimal("0.25"); //$NON-NLS-1$
            }
            return BigDecimal.ZERO;
        }
    };

    private Ersattningar() {
    }

    private abstract static class Modell implements Ersattningsmodell {
        private final boolean snabbhetspremie;

        Modell(boolean snabbhetspremie) {
            this.snabbhetspremie = snabbhetspremie;
        }

        @Override
        public boolean avslutsersattning() {
            return true;
        }

        @Override
        public boolean snabbhetspremie() {
            return snabbhetspremie;
        }
    }
}
