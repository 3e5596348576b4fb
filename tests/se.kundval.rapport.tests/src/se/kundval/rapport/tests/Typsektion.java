package se.kundval.rapport.tests;

/** The same count, contributed with {@code insatstyper="AMI2"}: it must see only AMI2 insatser. */
public class Typsektion extends Provsektion {

    public Typsektion() {
        super("typsektion");
    }
}
