package se.kundval.slf4j.osgi;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.slf4j.Marker;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/** One SLF4J logger writing to the java.util.logging logger of the same name. */
final class JulLoggare extends LegacyAbstractLogger {

    private static final long serialVersionUID = 1L;

    private final transient Logger jul;

    JulLoggare(String namn) {
        this.name = namn;
        this.jul = Logger.getLogger(namn);
    }

    @Override
    public boolean isTraceEnabled() {
        return jul.isLoggable(Level.FINEST);
    }

    @Override
    public boolean isDebugEnabled() {
        return jul.isLoggable(Level.FINE);
    }

    @Override
    public boolean isInfoEnabled() {
        return jul.isLoggable(Level.INFO);
    }

    @Override
    public boolean isWarnEnabled() {
        return jul.isLoggable(Level.WARNING);
    }

    @Override
    public boolean isErrorEnabled() {
        return jul.isLoggable(Level.SEVERE);
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(org.slf4j.event.Level niva, Marker markor, String monster,
            Object[] argument, Throwable fel) {
        LogRecord post = new LogRecord(julNiva(niva), MessageFormatter.basicArrayFormat(monster, argument));
        post.setLoggerName(name);
        post.setThrown(fel);
        jul.log(post);
    }

    private static Level julNiva(org.slf4j.event.Level niva) {
        return switch (niva) {
            case ERROR -> Level.SEVERE;
            case WARN -> Level.WARNING;
            case INFO -> Level.INFO;
            case DEBUG -> Level.FINE;
            case TRACE -> Level.FINEST;
        };
    }
}
