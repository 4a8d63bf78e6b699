package io.postmortem.core.config;

import io.postmortem.core.access.ReaderProjects;
import io.postmortem.core.directory.Team;

import java.util.ArrayList;
import java.util.List;

/** The postmortem project of the incident mapping, then every team's project, as configured now. */
public final class ConfiguredReaderProjects implements ReaderProjects {
    private final ConfigurationStore configuration;

    public ConfiguredReaderProjects(ConfigurationStore configuration) {
        this.configuration = configuration;
    }

    @Override
    public List<String> keys() {
        Configuration current = configuration.load();
        List<String> keys = new ArrayList<>();
        keys.add(current.incidentMapping().postmortemProject());
        for (Team team : current.directory().teams()) {
            keys.add(team.projectKey());
        }
        return keys;
    }
}
