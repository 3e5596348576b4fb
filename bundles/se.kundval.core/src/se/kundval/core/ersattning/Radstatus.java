package se.kundval.core.ersattning;

/** Whether a line may be paid now. */
public enum Radstatus {
    ATT_BETALA,
    /** Depends on an avslut the handläggare has not judged yet: what may become due, not payable. */
    VANTAR_PA_BEDOMNING
}
