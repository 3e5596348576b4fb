package se.kundval.cli.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The headless application {@code se.kundval.cli.kundval} behind {@code ./kundval <kommando>}.
 * The Integer it returns is what the Equinox launcher exits with.
 */
public class Kundvalapplikation implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] argument = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        Kommandotolk tolk = new Kommandotolk(FrameworkUtil.getBundle(Kundvalapplikation.class).getBundleContext(),
                System.out, System.err);
        return Integer.valueOf(tolk.kor(argument == null ? new String[0] : argument));
    }

    @Override
    public void stop() {
        // a command runs to its end; there is nothing to interrupt
    }
}
