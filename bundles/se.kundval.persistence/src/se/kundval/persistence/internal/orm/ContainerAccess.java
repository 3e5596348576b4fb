package se.kundval.persistence.internal.orm;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.BasicEObjectImpl;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.property.access.spi.Getter;
import org.hibernate.property.access.spi.PropertyAccess;
import org.hibernate.property.access.spi.PropertyAccessStrategy;
import org.hibernate.property.access.spi.Setter;

/**
 * Maps the back reference of a containment (Avslut.insats, the opposite of Insats.avslut) to its
 * foreign-key column. EMF has no field for it: it is the object's container. Reading returns the
 * container when the object sits in that feature; writing (hydration) sets the container one-sidedly,
 * without adding the child to the parent's list, which {@link Aggregatlager} does in a defined order.
 */
public class ContainerAccess implements PropertyAccessStrategy {

    /**
     * The protected two-argument eBasicSetContainer only sets fields; the public one touches the
     * container's resource, which would initialise a Hibernate proxy in the middle of a result set.
     */
    private static final MethodHandle SATT_CONTAINER;

    static {
        try {
            SATT_CONTAINER = MethodHandles.privateLookupIn(BasicEObjectImpl.class, MethodHandles.lookup())
                    .findVirtual(BasicEObjectImpl.class, "eBasicSetContainer", //$NON-NLS-1$
                            MethodType.methodType(void.class, InternalEObject.class, int.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Override
    public PropertyAccess buildPropertyAccess(Class<?> implKlass, String egenskap, boolean setterRequired) {
        EClass eClass = eClass(implKlass);
        if (!(eClass.getEStructuralFeature(egenskap) instanceof EReference ref) || !ref.isContainer()) {
            throw new IllegalArgumentException(implKlass + "." + egenskap + " is not a container reference"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        int featureId = eClass.getFeatureID(ref);
        Method getter = getter(implKlass, egenskap);
        PropertyAccessStrategy strategi = this;
        Getter g = new ContainerGetter(featureId, getter);
        Setter s = new ContainerSetter(featureId);
        return new PropertyAccess() {
            @Override
            public PropertyAccessStrategy getPropertyAccessStrategy() {
                return strategi;
            }

            @Override
            public Getter getGetter() {
                return g;
            }

            @Override
            public Setter getSetter() {
                return s;
            }
        };
    }

    /** Finds the EClass whose implementation class this is, among the registered packages. */
    static EClass eClass(Class<?> implKlass) {
        String granssnitt = implKlass.getName().replace(".impl.", ".").replaceFirst("Impl$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        // only packages already initialised: the mapped ones are, and resolving descriptors of
        // unrelated packages would load models this bundle cannot read
        for (Object post : EPackage.Registry.INSTANCE.values().toArray()) {
            if (!(post instanceof EPackage paket)) {
                continue;
            }
            for (EClassifier c : paket.getEClassifiers()) {
                if (c instanceof EClass ec && granssnitt.equals(ec.getInstanceClassName())) {
                    return ec;
                }
            }
        }
        throw new IllegalStateException("no EClass for " + implKlass.getName()); //$NON-NLS-1$
    }

    private static Method getter(Class<?> klass, String egenskap) {
        try {
            return klass.getMethod("get" + Character.toUpperCase(egenskap.charAt(0)) + egenskap.substring(1)); //$NON-NLS-1$
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    private record ContainerGetter(int featureId, Method getter) implements Getter {
        @Override
        public Object get(Object owner) {
            InternalEObject o = (InternalEObject) owner;
            return o.eContainerFeatureID() == featureId ? o.eInternalContainer() : null;
        }

        @Override
        public Object getForInsert(Object owner, Map<Object, Object> mergeMap, SharedSessionContractImplementor session) {
            return get(owner);
        }

        @Override
        public Class<?> getReturnTypeClass() {
            return getter.getReturnType();
        }

        @Override
        public Type getReturnType() {
            return getter.getReturnType();
        }

        @Override
        public Member getMember() {
            return getter;
        }

        @Override
        public String getMethodName() {
            return getter.getName();
        }

        @Override
        public Method getMethod() {
            return getter;
        }
    }

    private record ContainerSetter(int featureId) implements Setter {
        @Override
        public void set(Object target, Object value) {
            InternalEObject o = (InternalEObject) target;
            if (o.eInternalContainer() == value && (value == null || o.eContainerFeatureID() == featureId)) {
                return;
            }
            try {
                SATT_CONTAINER.invoke((BasicEObjectImpl) o, (InternalEObject) value, featureId);
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }

        @Override
        public String getMethodName() {
            return null;
        }

        @Override
        public Method getMethod() {
            return null;
        }
    }
}
