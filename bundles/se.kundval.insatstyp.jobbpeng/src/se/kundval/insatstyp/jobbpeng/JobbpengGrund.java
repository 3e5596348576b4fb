package se.kundval.insatstyp.jobbpeng;

/** Jobbpeng grund: three months for kunder close to the labour market. */
public class JobbpengGrund extends Jobbpengtyp {
}
