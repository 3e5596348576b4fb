package se.kundval.core.internal;

import java.lang.System.Logger.Level;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.osgi.framework.Bundle;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.kundval.core.typ.InsatstypBeskrivning;
import se.kundval.core.typ.InsatstypRegister;
import se.kundval.core.typ.Insatstypmodell;
import se.kundval.core.typ.KundvalBeskrivning;
import se.kundval.core.typ.Prisforslag;
import se.kundval.core.typ.Schemabidrag;
import se.kundval.model.Malsattning;

/**
 * Reads the {@code se.kundval.core.insatstyper} extension point once, at activation. A
 * contribution with a bad value is left out and logged with the plugin and attribute to fix;
 * the others still load.
 */
@Component(service = InsatstypRegister.class)
public class ExtensionInsatstypRegister implements InsatstypRegister {

    static final String EXTENSION_POINT = "se.kundval.core.insatstyper"; //$NON-NLS-1$
    private static final System.Logger LOG = System.getLogger(ExtensionInsatstypRegister.class.getName());

    private IExtensionRegistry registry;
    private List<InsatstypBeskrivning> typer = List.of();
    private List<KundvalBeskrivning> kundval = List.of();
    private List<Prisforslag> priser = List.of();
    private List<Schemabidrag> scheman = List.of();

    @Reference
    void setExtensionRegistry(IExtensionRegistry extensionRegistry) {
        this.registry = extensionRegistry;
    }

    @Activate
    void activate() {
        List<InsatstypBeskrivning> nyaTyper = new ArrayList<>();
        List<KundvalBeskrivning> nyaKundval = new ArrayList<>();
        List<Prisforslag> nyaPriser = new ArrayList<>();
        List<Schemabidrag> nyaScheman = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            Tillagg t = new Tillagg(element);
            try {
                switch (element.getName()) {
                    case "kundval" -> nyaKundval.add(kundval(t, element)); //$NON-NLS-1$
                    case "insatstyp" -> nyaTyper.add(typ(t, element)); //$NON-NLS-1$
                    case "pris" -> nyaPriser.add(new Prisforslag(t.krav("insatstyp"), t.datum("fran"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            t.belopp("checkbelopp"), t.belopp("bonus"))); //$NON-NLS-1$ //$NON-NLS-2$
                    case "schema" -> nyaScheman.add(schema(t, element)); //$NON-NLS-1$
                    default -> LOG.log(Level.WARNING, "okänt element " + element.getName() + " från " + t.bidragsgivare()); //$NON-NLS-1$ //$NON-NLS-2$
                }
            } catch (IllegalArgumentException e) {
                // a bad attribute value: the message names plugin, element and attribute; a trace adds nothing
                LOG.log(Level.ERROR, e.getMessage());
            } catch (CoreException e) {
                LOG.log(Level.ERROR, e.getMessage(), e);
            }
        }
        nyaTyper.sort(Comparator.comparing(InsatstypBeskrivning::kod));
        nyaKundval.sort(Comparator.comparing(KundvalBeskrivning::kod));
        typer = List.copyOf(nyaTyper);
        kundval = List.copyOf(nyaKundval);
        priser = List.copyOf(nyaPriser);
        scheman = List.copyOf(nyaScheman);
    }

    private static KundvalBeskrivning kundval(Tillagg t, IConfigurationElement element) {
        List<KundvalBeskrivning.Niva> nivaer = new ArrayList<>();
        for (IConfigurationElement niva : element.getChildren("niva")) { //$NON-NLS-1$
            Tillagg n = new Tillagg(niva);
            nivaer.add(new KundvalBeskrivning.Niva(n.heltal("nummer"), n.text("namn"))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return new KundvalBeskrivning(t.krav("kod"), t.text("namn"), t.datum("giltigFran"), t.datum("giltigTill"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                List.copyOf(nivaer));
    }

    private static InsatstypBeskrivning typ(Tillagg t, IConfigurationElement element) throws CoreException {
        Object modell = element.createExecutableExtension("class"); //$NON-NLS-1$
        if (!(modell instanceof Insatstypmodell insatstypmodell)) {
            throw t.fel("class", modell.getClass().getName()); //$NON-NLS-1$
        }
        return new InsatstypBeskrivning(t.krav("kod"), t.text("namn"), t.krav("kundval"), t.heltal("niva"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                t.heltal("langdManader"), t.uppraknat(Malsattning.class, "malsattning"), t.datum("giltigFran"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                t.datum("giltigTill"), typdata(t), t.bidragsgivare(), insatstypmodell); //$NON-NLS-1$
    }

    /** {@code typdata="nsURI#EClass"}: the plugin's EClass for its own data on an insats. */
    private static EClass typdata(Tillagg t) {
        String varde = t.text("typdata"); //$NON-NLS-1$
        if (varde == null) {
            return null;
        }
        int hash = varde.indexOf('#');
        EPackage paket = hash < 0 ? null : EPackage.Registry.INSTANCE.getEPackage(varde.substring(0, hash));
        EClassifier klass = paket == null ? null : paket.getEClassifier(varde.substring(hash + 1));
        if (!(klass instanceof EClass eClass)) {
            throw t.fel("typdata", varde); //$NON-NLS-1$
        }
        return eClass;
    }

    private static Schemabidrag schema(Tillagg t, IConfigurationElement element) {
        String nsUri = t.krav("paket"); //$NON-NLS-1$
        EPackage paket = EPackage.Registry.INSTANCE.getEPackage(nsUri);
        if (paket == null) {
            throw t.fel("paket", nsUri); //$NON-NLS-1$
        }
        Bundle bundle = ContributorFactoryOSGi.resolve(element.getContributor());
        List<URL> skript = new ArrayList<>();
        Enumeration<URL> poster = bundle == null ? null : bundle.findEntries(t.krav("migreringar"), "V*.sql", false); //$NON-NLS-1$ //$NON-NLS-2$
        if (poster != null) {
            skript.addAll(Collections.list(poster));
        }
        skript.sort(Comparator.comparing(URL::getPath));
        return new Schemabidrag(t.krav("modul"), paket, List.copyOf(skript)); //$NON-NLS-1$
    }

    @Override
    public List<InsatstypBeskrivning> typer() {
        return typer;
    }

    @Override
    public Optional<InsatstypBeskrivning> typ(String kod) {
        return typer.stream().filter(t -> t.kod().equals(kod)).findFirst();
    }

    @Override
    public List<KundvalBeskrivning> kundval() {
        return kundval;
    }

    @Override
    public List<Prisforslag> prisforslag() {
        return priser;
    }

    @Override
    public List<Schemabidrag> schemabidrag() {
        return scheman;
    }
}
