package se.kundval.core.typ;

import java.net.URL;
import java.util.List;

import org.eclipse.emf.ecore.EPackage;

/**
 * A plugin's own tables: the EPackage whose classes are stored (its classes extend the core
 * model's Insatstypdata) and the versioned migrations that create them.
 *
 * @param modul       a name of its own in the schema version table, e.g. "samhallsorientering"
 * @param paket       the plugin's EPackage
 * @param migreringar the plugin's SQL scripts in version order ({@code V001__namn.sql}, …)
 */
public record Schemabidrag(String modul, EPackage paket, List<URL> migreringar) {
}
