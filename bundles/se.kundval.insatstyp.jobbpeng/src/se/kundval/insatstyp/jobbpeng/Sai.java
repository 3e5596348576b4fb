package se.kundval.insatstyp.jobbpeng;

/** Språk och arbetsintroduktion: twelve months where Swedish is the obstacle. */
public class Sai extends Jobbpengtyp {
}
