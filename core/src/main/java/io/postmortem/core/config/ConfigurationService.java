package io.postmortem.core.config;

import io.postmortem.core.access.Permissions;
import io.postmortem.core.directory.Directory;
import io.postmortem.core.shared.ForbiddenException;
import io.postmortem.core.shared.NotAuthenticatedException;
import io.postmortem.core.shared.ValidationException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Administration of the product's configuration: read, change, import and export it, and see who changed what.
 * Only Jira administrators may do this; anybody logged in may read the platform directory. Every change is
 * validated as a whole before anything is saved, so an import is all or nothing.
 */
public final class ConfigurationService {
    public static final int AUDIT_LIMIT = 200;

    private final ConfigurationStore store;
    private final ConfigurationValidator validator;
    private final Permissions permissions;

    public ConfigurationService(ConfigurationStore store, ConfigurationValidator validator, Permissions permissions) {
        this.store = store;
        this.validator = validator;
        this.permissions = permissions;
    }

    public Configuration get(String username) {
        requireAdministrator(username);
        return store.load();
    }

    /** The platform directory, for anybody logged in (pickers, dashboards). */
    public Directory platforms(String username) {
        if (username == null || username.isBlank()) {
            throw new NotAuthenticatedException();
        }
        return store.load().directory();
    }

    /** Replaces the whole configuration; problems are named by their JSON path, e.g. directory.teams[2].projectKey. */
    public ImportSummary update(String username, Configuration proposed) {
        return importConfiguration(username, proposed, false);
    }

    /** Same as {@link #update}, with a dry run that validates and lists the changes but saves nothing. */
    public ImportSummary importConfiguration(String username, Configuration proposed, boolean dryRun) {
        requireAdministrator(username);
        validator.check(proposed);
        return apply(username, proposed, dryRun);
    }

    /**
     * Replaces the platforms and teams from a spreadsheet (see {@link DirectoryCsv}); everything else stays.
     * Problems are named {@code row N.column}; with any problem nothing is saved, dry run or not.
     */
    public ImportSummary importCsv(String username, String csv, boolean dryRun) {
        requireAdministrator(username);
        Configuration current = store.load();
        DirectoryCsv.Parsed parsed = DirectoryCsv.parse(csv, current.directory());
        Map<String, String> errors = new LinkedHashMap<>(parsed.rowErrors());
        for (Problem problem : validator.directoryProblems(parsed.directory())) {
            errors.putIfAbsent(parsed.key(problem), problem.message());
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(sortedByRow(errors));
        }
        return apply(username, current.withDirectory(parsed.directory()), dryRun);
    }

    public Configuration export(String username) {
        requireAdministrator(username);
        return store.load();
    }

    public String exportCsv(String username) {
        requireAdministrator(username);
        return DirectoryCsv.write(store.load().directory());
    }

    public List<AuditEntry> audit(String username) {
        requireAdministrator(username);
        return store.audit(AUDIT_LIMIT);
    }

    private ImportSummary apply(String username, Configuration proposed, boolean dryRun) {
        List<String> changes = ConfigurationChanges.between(store.load(), proposed);
        if (!dryRun && !changes.isEmpty()) {
            store.save(proposed, username, changes);
        }
        return new ImportSummary(dryRun, changes);
    }

    private void requireAdministrator(String username) {
        if (username == null || username.isBlank()) {
            throw new NotAuthenticatedException();
        }
        if (!permissions.isAdministrator(username)) {
            throw new ForbiddenException("Only Jira administrators can change Postmortem for Jira's configuration.");
        }
    }

    /** Problems in the order of the file, so the list reads top to bottom like the spreadsheet. */
    private static Map<String, String> sortedByRow(Map<String, String> errors) {
        Map<String, String> sorted = new LinkedHashMap<>();
        errors.entrySet().stream()
                .sorted(java.util.Comparator.comparingInt((Map.Entry<String, String> e) -> rowOf(e.getKey())))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private static int rowOf(String key) {
        if (!key.startsWith("row ")) {
            return Integer.MAX_VALUE;
        }
        int end = key.indexOf('.');
        try {
            return Integer.parseInt(key.substring(4, end < 0 ? key.length() : end));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
