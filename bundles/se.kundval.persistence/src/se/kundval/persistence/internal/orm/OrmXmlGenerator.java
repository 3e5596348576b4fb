package se.kundval.persistence.internal.orm;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Generates a metadata-complete Hibernate mapping (orm.xml) from EPackages, so the generated EMF
 * classes are persisted as they are, with no annotation in generated code and no parallel entity
 * class (docs/decisions/0002-emf-och-hibernate.md). Rules:
 * <ul>
 * <li>a concrete EClass is an entity on its {@code *Impl} class with field access, table = snake_case name;
 * an abstract one is a mapped superclass;</li>
 * <li>{@code id} is a sequence id, {@code version} the optimistic-lock version;</li>
 * <li>single attributes are basic columns; enums (also nullable ones) are stored by name, money as NUMERIC(12,2);</li>
 * <li>a single non-containment reference is an eager many-to-one; the back reference of a
 * containment is a many-to-one through {@link ContainerAccess} (EMF keeps it as the container);</li>
 * <li>containments themselves are not mapped: {@link Aggregatlager} assembles them;</li>
 * <li>every other field of the Impl class is declared transient.</li>
 * </ul>
 */
public final class OrmXmlGenerator {

    public static final String SEKVENS = "entitet_seq"; //$NON-NLS-1$

    private final Map<Class<?>, Class<?>> konverterare;

    public OrmXmlGenerator(Map<Class<?>, Class<?>> konverterare) {
        this.konverterare = Map.copyOf(konverterare);
    }

    public String generera(List<EPackage> paket) {
        StringBuilder x = new StringBuilder();
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n") //$NON-NLS-1$
                .append("<entity-mappings xmlns=\"http://www.hibernate.org/xsd/orm/mapping\" version=\"7.0\">\n") //$NON-NLS-1$
                .append("  <sequence-generator name=\"").append(SEKVENS).append("\" sequence-name=\"").append(SEKVENS) //$NON-NLS-1$ //$NON-NLS-2$
                .append("\" allocation-size=\"50\"/>\n"); //$NON-NLS-1$
        for (EPackage p : paket) {
            for (EClassifier c : p.getEClassifiers()) {
                if (c instanceof EClass ec && !ec.isInterface()) {
                    klass(x, ec);
                }
            }
        }
        return x.append("</entity-mappings>\n").toString(); //$NON-NLS-1$
    }

    /** The generated implementation class of an EClass (genmodel's default naming). */
    public static String implKlass(EClass ec) {
        String granssnitt = ec.getInstanceClassName();
        int punkt = granssnitt.lastIndexOf('.');
        return granssnitt.substring(0, punkt) + ".impl." + granssnitt.substring(punkt + 1) + "Impl"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    public static String tabell(EClass ec) {
        return snake(ec.getName());
    }

    public static String kolumn(EStructuralFeature f) {
        return f instanceof EReference ? snake(f.getName()) + "_id" : snake(f.getName()); //$NON-NLS-1$
    }

    static String snake(String s) {
        return s.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private void klass(StringBuilder x, EClass ec) {
        String impl = implKlass(ec);
        if (ec.isAbstract()) {
            x.append("  <mapped-superclass class=\"").append(impl).append("\" metadata-complete=\"true\" access=\"FIELD\">\n"); //$NON-NLS-1$ //$NON-NLS-2$
        } else {
            x.append("  <entity class=\"").append(impl).append("\" name=\"").append(ec.getName()) //$NON-NLS-1$ //$NON-NLS-2$
                    .append("\" metadata-complete=\"true\" access=\"FIELD\">\n    <table name=\"").append(tabell(ec)).append("\"/>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        x.append("    <attributes>\n"); //$NON-NLS-1$
        Set<String> mappade = new LinkedHashSet<>();
        StringBuilder version = new StringBuilder();
        StringBuilder basic = new StringBuilder();
        StringBuilder manyToOne = new StringBuilder();
        for (EStructuralFeature f : ec.getEStructuralFeatures()) {
            if (f.isMany() || f.isDerived() || f.isVolatile() || f instanceof EReference r && r.isContainment()) {
                continue;
            }
            mappade.add(f.getName());
            if ("id".equals(f.getName())) { //$NON-NLS-1$
                x.append("      <id name=\"id\"><generated-value strategy=\"SEQUENCE\" generator=\"").append(SEKVENS) //$NON-NLS-1$
                        .append("\"/></id>\n"); //$NON-NLS-1$
            } else if ("version".equals(f.getName())) { //$NON-NLS-1$
                version.append("      <version name=\"version\"/>\n"); //$NON-NLS-1$
            } else if (f instanceof EAttribute a) {
                basic.append(basic(a));
            } else {
                manyToOne.append(manyToOne((EReference) f));
            }
        }
        // the order mapping-7.0 requires: id, version, basic, many-to-one, transient
        x.append(version).append(basic).append(manyToOne);
        transienta(x, ec, impl, mappade);
        x.append("    </attributes>\n").append(ec.isAbstract() ? "  </mapped-superclass>\n" : "  </entity>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private String basic(EAttribute a) {
        Class<?> typ = a.getEAttributeType().getInstanceClass();
        StringBuilder b = new StringBuilder("      <basic name=\"").append(a.getName()).append('"'); //$NON-NLS-1$
        b.append("><column name=\"").append(kolumn(a)).append('"'); //$NON-NLS-1$
        if (typ == BigDecimal.class) {
            b.append(" precision=\"12\" scale=\"2\""); //$NON-NLS-1$
        }
        b.append("/>"); //$NON-NLS-1$
        Class<?> konverterare = this.konverterare.get(typ);
        // an EEnum, or an EDataType wrapping a generated enum so that the attribute may be empty
        if (a.getEAttributeType() instanceof EEnum || typ != null && typ.isEnum()) {
            b.append("<enumerated>STRING</enumerated>"); //$NON-NLS-1$
        } else if (konverterare != null) {
            b.append("<convert converter=\"").append(konverterare.getName()).append("\"/>"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return b.append("</basic>\n").toString(); //$NON-NLS-1$
    }

    private static String manyToOne(EReference r) {
        String mal = implKlass(r.getEReferenceType());
        if (r.isContainer()) {
            return "      <many-to-one name=\"" + r.getName() + "\" target-entity=\"" + mal //$NON-NLS-1$ //$NON-NLS-2$
                    + "\" fetch=\"EAGER\" optional=\"false\" access=\"PROPERTY\" attribute-accessor=\"" //$NON-NLS-1$
                    + ContainerAccess.class.getName() + "\"><join-column name=\"" + kolumn(r) + "\"/></many-to-one>\n"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        return "      <many-to-one name=\"" + r.getName() + "\" target-entity=\"" + mal + "\" fetch=\"EAGER\" optional=\"" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + !r.isRequired() + "\"><join-column name=\"" + kolumn(r) + "\"/></many-to-one>\n"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** JPA maps every field it is not told about: EList fields, EMF flags and caches must be excluded. */
    private static void transienta(StringBuilder x, EClass ec, String impl, Set<String> mappade) {
        Class<?> klass;
        try {
            klass = Class.forName(impl, false, ec.getInstanceClass().getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("no implementation class for " + ec.getName(), e); //$NON-NLS-1$
        }
        for (Field falt : klass.getDeclaredFields()) {
            if (!Modifier.isStatic(falt.getModifiers()) && !mappade.contains(falt.getName())) {
                x.append("      <transient name=\"").append(falt.getName()).append("\"/>\n"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
    }
}
