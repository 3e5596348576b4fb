package se.kundval.insatstyp.jobbpeng;

/** Förstärkt jobbpeng: twelve months for a complex situation needing coordinated support. */
public class JobbpengForstarkt extends Jobbpengtyp {
}
