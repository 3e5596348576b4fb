package se.kundval.codegen;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Headless EMF code generation for one model bundle: brings the genmodel up to date with the
 * ecore (new classes and features get default generator settings), saves it, and generates the
 * model code into the bundle's src-gen. Run twice, the second run changes nothing.
 *
 * <p>Arguments: the bundle directory, the genmodel path relative to it, and optionally further
 * bundle directories whose genmodels this one uses (for plugin models extending the core model).
 */
public final class GenerateModel {

    private GenerateModel() {
    }

    public static void main(String[] args) throws Exception {
        File bundleDir = new File(args[0]).getCanonicalFile();
        File genModelFile = new File(bundleDir, args[1]);
        List<File> usedBundles = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            usedBundles.add(new File(args[i]).getCanonicalFile());
        }

        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();
        ResourceSet resources = new ResourceSetImpl();
        Map<String, Object> factories = resources.getResourceFactoryRegistry().getExtensionToFactoryMap();
        factories.put("ecore", new EcoreResourceFactoryImpl());
        factories.put("genmodel", new XMIResourceFactoryImpl());
        resources.getURIConverter().getURIMap().putAll(EcorePlugin.computePlatformURIMap(false));
        mapProject(resources, bundleDir);
        usedBundles.forEach(dir -> mapProject(resources, dir));
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);

        GenModel genModel = loadOrCreate(resources, genModelFile, bundleDir.getName());
        genModel.reconcile();
        genModel.setCanGenerate(true);
        genModel.eResource().save(Map.of());

        var validation = genModel.validate();
        if (!validation.isOK()) {
            throw new IllegalStateException("genmodel invalid: " + validation);
        }
        Generator generator = new Generator();
        generator.setInput(genModel);
        Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor());
        for (Diagnostic child : result.getChildren()) {
            if (child.getSeverity() != Diagnostic.OK) {
                System.out.println("  " + child.getSeverity() + " " + child.getMessage());
            }
        }
        if (result.getSeverity() >= Diagnostic.ERROR) {
            System.exit(1);
        }
        System.out.println("Generated " + genModel.getModelDirectory());
    }

    /** Maps platform:/resource/&lt;bundle&gt;/ to the bundle directory, as the IDE workspace would. */
    private static void mapProject(ResourceSet resources, File dir) {
        URI target = URI.createFileURI(dir.getPath() + "/");
        EcorePlugin.getPlatformResourceMap().put(dir.getName(), target);
        resources.getURIConverter().getURIMap().put(URI.createPlatformResourceURI("/" + dir.getName() + "/", false), target);
    }

    private static GenModel loadOrCreate(ResourceSet resources, File genModelFile, String bundle) {
        URI genModelUri = URI.createFileURI(genModelFile.getPath());
        String ecoreName = genModelFile.getName().replace(".genmodel", ".ecore");
        Resource ecore = resources.getResource(genModelUri.trimSegments(1).appendSegment(ecoreName), true);
        EPackage ePackage = (EPackage) ecore.getContents().get(0);
        GenModel genModel;
        if (genModelFile.exists()) {
            genModel = (GenModel) resources.getResource(genModelUri, true).getContents().get(0);
        } else {
            genModel = GenModelFactory.eINSTANCE.createGenModel();
            resources.createResource(genModelUri).getContents().add(genModel);
            genModel.getForeignModel().add(ecoreName);
            genModel.setModelName(capitalized(ePackage.getNsPrefix()));
            genModel.setImporterID("org.eclipse.emf.importer.ecore");
            genModel.setComplianceLevel(GenJDKLevel.JDK170_LITERAL);
            genModel.setModelDirectory("/" + bundle + "/src-gen");
            genModel.setModelPluginID(bundle);
            genModel.setCopyrightFields(false);
            genModel.setUpdateClasspath(false);
            genModel.setBundleManifest(false);
            genModel.setOperationReflection(true);
            genModel.setImportOrganizing(true);
        }
        genModel.initialize(List.of(ePackage));
        GenPackage genPackage = genModel.getGenPackages().get(0);
        if (genPackage.getBasePackage() == null) {
            int dot = bundle.lastIndexOf('.');
            genPackage.setBasePackage(bundle.substring(0, dot));
            genPackage.setPrefix(capitalized(ePackage.getNsPrefix()));
        }
        return genModel;
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
