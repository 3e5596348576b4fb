package se.kundval.persistence.internal;

import org.h2.util.JdbcUtils;
import org.h2.util.Utils.ClassFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Lets H2 find this bundle's trigger classes (decision 0385). H2 loads a trigger by its class name
 * with its own class loader, which in OSGi sees only the H2 bundle; its hook for that is a class
 * factory, registered while this component is active. {@link HibernateDatabas} requires the
 * component, so the factory is in place before any database is opened or migrated. Only the
 * named classes are handed out: an SQL script cannot make H2 load anything else from this bundle.
 */
@Component(service = H2triggrar.class)
public final class H2triggrar implements ClassFactory {

    @Activate
    void aktivera() {
        JdbcUtils.addClassFactory(this);
    }

    @Deactivate
    void avaktivera() {
        JdbcUtils.removeClassFactory(this);
    }

    @Override
    public boolean match(String namn) {
        return Oforanderligtrigger.class.getName().equals(namn);
    }

    @Override
    public Class<?> loadClass(String namn) throws ClassNotFoundException {
        if (!match(namn)) {
            throw new ClassNotFoundException(namn);
        }
        return Oforanderligtrigger.class;
    }
}
