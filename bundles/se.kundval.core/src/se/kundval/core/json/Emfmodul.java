package se.kundval.core.json;

import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;

/**
 * EMF objects in JSON (docs/protokoll, "EMF objects in JSON"): one writer for every EObject, and a
 * reader for every place whose declared type is an EObject class, both working on the EClass's
 * features, so a model class or a plugin's typdata class needs no code of its own.
 */
final class Emfmodul extends Module {

    private final EPackage.Registry register;
    private final Set<EStructuralFeature> hemliga;

    Emfmodul(EPackage.Registry register, Set<EStructuralFeature> hemliga) {
        this.register = register;
        this.hemliga = hemliga;
    }

    @Override
    public String getModuleName() {
        return "kundval-emf"; //$NON-NLS-1$
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public void setupModule(SetupContext kontext) {
        SimpleSerializers skrivare = new SimpleSerializers();
        skrivare.addSerializer(EObject.class, new Emfskrivare(hemliga));
        kontext.addSerializers(skrivare);
        kontext.addDeserializers(new Deserializers.Base() {
            @Override
            public JsonDeserializer<?> findBeanDeserializer(JavaType typ, DeserializationConfig config, BeanDescription b) {
                return EObject.class.isAssignableFrom(typ.getRawClass()) ? new Emflasare(typ.getRawClass(), register) : null;
            }
        });
    }
}
