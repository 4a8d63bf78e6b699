package io.postmortem.core.config;

import io.postmortem.core.access.Projects;
import io.postmortem.core.calendar.BusinessCalendar;
import io.postmortem.core.directory.Directory;
import io.postmortem.core.directory.Platform;
import io.postmortem.core.directory.Team;
import io.postmortem.core.people.People;
import io.postmortem.core.shared.Priority;
import io.postmortem.core.shared.Severity;
import io.postmortem.core.shared.ValidationException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks a proposed configuration against the organisation and the ticket system before anything is saved, and
 * names every problem by the field it is about, so an administrator can fix all of them in one pass.
 */
public final class ConfigurationValidator {
    static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{1,40}");
    static final Pattern CUSTOM_FIELD_ID = Pattern.compile("customfield_[0-9]+");
    static final int MAX_MEETING_DAYS = 60;
    /** Actions may take longer than a meeting: the default for P5 is 90 business days; a business year is the cap. */
    static final int MAX_ACTION_DAYS = 250;

    private final People people;
    private final Projects projects;
    private final RuleExtensions ruleExtensions;

    public ConfigurationValidator(People people, Projects projects, RuleExtensions ruleExtensions) {
        this.people = people;
        this.projects = projects;
        this.ruleExtensions = ruleExtensions;
    }

    /** Every problem of the whole configuration, in a stable order. */
    public List<Problem> problems(Configuration configuration) {
        if (configuration == null) {
            return List.of(Problem.of(Problem.Part.DIRECTORY, "", "A configuration is required."));
        }
        Lookups lookups = new Lookups();
        List<Problem> problems = new ArrayList<>(directoryProblems(configuration.directory(), lookups));
        problems.addAll(mappingProblems(configuration.incidentMapping(), lookups));
        problems.addAll(policyProblems(configuration.policies()));
        problems.addAll(learningProblems(configuration.learning(), lookups));
        problems.addAll(blamelessProblems(configuration.blameless()));
        problems.addAll(postmortemIssueProblems(configuration.postmortemIssue(), configuration.directory(), lookups));
        problems.addAll(qualityProblems(configuration.quality()));
        return problems;
    }

    /** Problems of the directory alone, for imports that replace only the platforms and teams. */
    public List<Problem> directoryProblems(Directory directory) {
        return directoryProblems(directory, new Lookups());
    }

    /** Throws a {@link ValidationException} naming each problem by its JSON path, when there are any. */
    public void check(Configuration configuration) {
        throwIfAny(problems(configuration), Problem::path);
    }

    static void throwIfAny(List<Problem> problems, Function<Problem, String> key) {
        if (!problems.isEmpty()) {
            Map<String, String> errors = new LinkedHashMap<>();
            problems.forEach(p -> errors.putIfAbsent(key.apply(p), p.message()));
            throw new ValidationException(errors);
        }
    }

    private List<Problem> directoryProblems(Directory directory, Lookups lookups) {
        List<Problem> problems = new ArrayList<>();
        if (directory == null) {
            problems.add(Problem.of(Problem.Part.DIRECTORY, "", "The directory is required."));
            return problems;
        }
        Set<String> platformSlugs = new HashSet<>();
        for (int i = 0; i < directory.platforms().size(); i++) {
            Platform platform = directory.platforms().get(i);
            if (platform == null) {
                problems.add(Problem.platform(i, "slug", "A platform is required here."));
                continue;
            }
            int index = i;
            slugProblem(platform.slug(), platformSlugs, "platform")
                    .ifPresent(message -> problems.add(Problem.platform(index, "slug", message)));
            if (blank(platform.name())) {
                problems.add(Problem.platform(i, "name", "Required."));
            }
            if (blank(platform.lead())) {
                problems.add(Problem.platform(i, "lead", "Required."));
            } else if (!lookups.person(platform.lead())) {
                problems.add(Problem.platform(i, "lead", "Unknown user " + platform.lead() + "."));
            }
        }
        Set<String> teamSlugs = new HashSet<>();
        for (int i = 0; i < directory.teams().size(); i++) {
            Team team = directory.teams().get(i);
            if (team == null) {
                problems.add(Problem.team(i, "slug", "A team is required here."));
                continue;
            }
            int index = i;
            slugProblem(team.slug(), teamSlugs, "team")
                    .ifPresent(message -> problems.add(Problem.team(index, "slug", message)));
            if (blank(team.name())) {
                problems.add(Problem.team(i, "name", "Required."));
            }
            if (blank(team.platform())) {
                problems.add(Problem.team(i, "platform", "Required."));
            } else if (directory.platform(team.platform()).isEmpty()) {
                problems.add(Problem.team(i, "platform", "Unknown platform " + team.platform() + "."));
            }
            if (blank(team.projectKey())) {
                problems.add(Problem.team(i, "projectKey", "Required."));
            } else if (!lookups.project(team.projectKey())) {
                problems.add(Problem.team(i, "projectKey", "Unknown project " + team.projectKey() + "."));
            }
            if (team.component() != null && !team.component().isEmpty() && team.component().isBlank()) {
                problems.add(Problem.team(i, "component", "Leave it empty or name a component."));
            }
            if (blank(team.group())) {
                problems.add(Problem.team(i, "group", "Required."));
            } else if (!lookups.group(team.group())) {
                problems.add(Problem.team(i, "group", "Unknown group " + team.group() + "."));
            }
        }
        groupProblem(directory.mimGroup(), lookups).ifPresent(m -> problems.add(Problem.of(Problem.Part.DIRECTORY, "mimGroup", m)));
        groupProblem(directory.sreGroup(), lookups).ifPresent(m -> problems.add(Problem.of(Problem.Part.DIRECTORY, "sreGroup", m)));
        return problems;
    }

    private List<Problem> mappingProblems(IncidentMapping mapping, Lookups lookups) {
        List<Problem> problems = new ArrayList<>();
        Problem.Part part = Problem.Part.MAPPING;
        if (mapping == null) {
            problems.add(Problem.of(part, "", "The incident mapping is required."));
            return problems;
        }
        if (mapping.incidentIssueTypes().isEmpty()) {
            problems.add(Problem.of(part, "incidentIssueTypes", "Name at least one issue type."));
        } else if (mapping.incidentIssueTypes().stream().anyMatch(ConfigurationValidator::blank)) {
            problems.add(Problem.of(part, "incidentIssueTypes", "Issue type names cannot be empty."));
        }
        if (mapping.severitySource() == null) {
            problems.add(Problem.of(part, "severitySource", "Required."));
        } else if (mapping.severitySource() != Source.PRIORITY && mapping.severitySource() != Source.CUSTOM_FIELD) {
            problems.add(Problem.of(part, "severitySource", "Severity comes from the priority or a custom field."));
        } else if (mapping.severitySource() == Source.CUSTOM_FIELD) {
            customFieldProblem(mapping.severityField()).ifPresent(m -> problems.add(Problem.of(part, "severityField", m)));
        }
        if (mapping.severityValues().isEmpty()) {
            problems.add(Problem.of(part, "severityValues", "Map at least one value to a severity."));
        } else if (mapping.severityValues().keySet().stream().anyMatch(ConfigurationValidator::blank)) {
            problems.add(Problem.of(part, "severityValues", "Values cannot be empty."));
        }
        teamSourceProblems(mapping.owningTeamSource(), mapping.owningTeamField(), "owningTeam", problems);
        teamSourceProblems(mapping.impactedTeamsSource(), mapping.impactedTeamsField(), "impactedTeams", problems);
        if (blank(mapping.postmortemProject())) {
            problems.add(Problem.of(part, "postmortemProject", "Required."));
        } else if (!lookups.project(mapping.postmortemProject())) {
            problems.add(Problem.of(part, "postmortemProject", "Unknown project " + mapping.postmortemProject() + "."));
        }
        return problems;
    }

    /** Each language's extension must read as rules; its error names the line. */
    private List<Problem> blamelessProblems(BlamelessPolicy blameless) {
        List<Problem> problems = new ArrayList<>();
        blameless.ruleExtensions().forEach((language, extension) -> {
            if (!language.matches("[a-z]{2}")) {
                problems.add(Problem.of(Problem.Part.BLAMELESS, "ruleExtensions." + language,
                        "Languages are two-letter codes such as en."));
                return;
            }
            try {
                ruleExtensions.check(java.util.Locale.forLanguageTag(language), extension);
            } catch (io.postmortem.core.shared.ValidationException e) {
                problems.add(Problem.of(Problem.Part.BLAMELESS, "ruleExtensions." + language,
                        String.join(" ", e.errors().values())));
            }
        });
        return problems;
    }

    /** Transition and resolution names are checked against Jira's workflow by {@code PostmortemWorkflowCheck}. */
    private List<Problem> postmortemIssueProblems(PostmortemIssuePolicy policy, Directory directory, Lookups lookups) {
        List<Problem> problems = new ArrayList<>();
        Problem.Part part = Problem.Part.POSTMORTEM_ISSUE;
        Map<String, String> names = new LinkedHashMap<>();
        names.put("draftTransition", policy.draftTransition());
        names.put("inReviewTransition", policy.inReviewTransition());
        names.put("publishedTransition", policy.publishedTransition());
        names.put("resolution", policy.resolution());
        names.forEach((field, name) -> {
            if (name == null || name.isBlank()) {
                problems.add(Problem.of(part, field, "Required."));
            } else if (name.length() > 255) {
                problems.add(Problem.of(part, field, "At most 255 characters."));
            }
        });
        if (policy.mimFacilitator() != null && !policy.mimFacilitator().isBlank()
                && !lookups.person(policy.mimFacilitator())) {
            problems.add(Problem.of(part, "mimFacilitator", "Unknown user " + policy.mimFacilitator() + "."));
        }
        policy.teamFacilitators().forEach((team, user) -> {
            if (directory == null || directory.team(team).isEmpty()) {
                problems.add(Problem.of(part, "teamFacilitators." + team, "No team " + team + " in the directory."));
            } else if (user == null || user.isBlank() || !lookups.person(user)) {
                problems.add(Problem.of(part, "teamFacilitators." + team, "Unknown user " + user + "."));
            }
        });
        return problems;
    }

    private static List<Problem> qualityProblems(QualityPolicy quality) {
        List<Problem> problems = new ArrayList<>();
        for (String id : quality.gatingCriteria()) {
            if (io.postmortem.core.config.QualityCriterion.parse(id).isEmpty()) {
                problems.add(Problem.of(Problem.Part.QUALITY, "gatingCriteria", "Unknown criterion " + id + "; known: "
                        + java.util.Arrays.stream(io.postmortem.core.config.QualityCriterion.values())
                        .map(io.postmortem.core.config.QualityCriterion::id).toList() + "."));
            }
        }
        if (quality.bar() < 0 || quality.bar() > 100) {
            problems.add(Problem.of(Problem.Part.QUALITY, "bar", "A score between 0 and 100."));
        }
        if (quality.publishWithinBusinessDays() < 0 || quality.publishWithinBusinessDays() > 60) {
            problems.add(Problem.of(Problem.Part.QUALITY, "publishWithinBusinessDays", "Between 0 and 60 business days."));
        }
        return problems;
    }

    private List<Problem> learningProblems(LearningPolicy learning, Lookups lookups) {
        List<Problem> problems = new ArrayList<>();
        Problem.Part part = Problem.Part.LEARNING;
        if (learning.hasEngineeringGroup() && !lookups.group(learning.engineeringGroup())) {
            problems.add(Problem.of(part, "engineeringGroup", "Unknown group " + learning.engineeringGroup() + "."));
        }
        List<String> categories = learning.rootCauseCategories();
        if (categories.isEmpty()) {
            problems.add(Problem.of(part, "rootCauseCategories", "Name at least one root-cause category."));
        } else if (categories.stream().anyMatch(c -> c == null || !SLUG.matcher(c).matches())) {
            problems.add(Problem.of(part, "rootCauseCategories",
                    "Categories are lower-case slugs of 2 to 41 letters, digits and dashes, e.g. code-defect."));
        } else if (new HashSet<>(categories).size() != categories.size()) {
            problems.add(Problem.of(part, "rootCauseCategories", "Each category may appear only once."));
        }
        return problems;
    }

    private static void teamSourceProblems(Source source, String field, String name, List<Problem> problems) {
        if (source == null) {
            problems.add(Problem.of(Problem.Part.MAPPING, name + "Source", "Required."));
        } else if (source == Source.PRIORITY) {
            problems.add(Problem.of(Problem.Part.MAPPING, name + "Source",
                    "Teams come from a custom field, the components or the project."));
        } else if (source == Source.CUSTOM_FIELD) {
            customFieldProblem(field).ifPresent(m -> problems.add(Problem.of(Problem.Part.MAPPING, name + "Field", m)));
        }
    }

    private static List<Problem> policyProblems(Policies policies) {
        List<Problem> problems = new ArrayList<>();
        Problem.Part part = Problem.Part.POLICIES;
        if (policies == null) {
            problems.add(Problem.of(part, "", "The policies are required."));
            return problems;
        }
        for (Severity severity : Severity.values()) {
            dayProblem(policies.meetingDueBusinessDays().get(severity), MAX_MEETING_DAYS)
                    .ifPresent(m -> problems.add(Problem.of(part, "meetingDueBusinessDays." + severity, m)));
            if (policies.facilitator().get(severity) == null) {
                problems.add(Problem.of(part, "facilitator." + severity, "Required."));
            }
            Map<Priority, Integer> byPriority = policies.actionDueBusinessDays().getOrDefault(severity, Map.of());
            for (Priority priority : Priority.values()) {
                dayProblem(byPriority.get(priority), MAX_ACTION_DAYS).ifPresent(m -> problems.add(
                        Problem.of(part, "actionDueBusinessDays." + severity + "." + priority, m)));
            }
        }
        BusinessCalendar calendar = policies.calendar();
        if (calendar == null) {
            problems.add(Problem.of(part, "calendar", "Required."));
        } else {
            if (calendar.zone() == null) {
                problems.add(Problem.of(part, "calendar.zone", "Required."));
            }
        }
        dayProblem(policies.escalateAfterBusinessDays(), MAX_MEETING_DAYS)
                .ifPresent(m -> problems.add(Problem.of(part, "escalateAfterBusinessDays", m)));
        dayProblem(policies.actionDueSoonBusinessDays(), MAX_MEETING_DAYS)
                .ifPresent(m -> problems.add(Problem.of(part, "actionDueSoonBusinessDays", m)));
        if (policies.leadDigestDay() == null) {
            problems.add(Problem.of(part, "leadDigestDay", "Required."));
        }
        return problems;
    }

    private static Optional<String> slugProblem(String slug, Set<String> seen, String kind) {
        if (blank(slug)) {
            return Optional.of("Required.");
        }
        if (!SLUG.matcher(slug).matches()) {
            return Optional.of("Use 2 to 41 lower-case letters, digits and hyphens, starting with a letter or digit.");
        }
        if (!seen.add(slug)) {
            return Optional.of("Duplicate " + kind + " slug " + slug + ".");
        }
        return Optional.empty();
    }

    private Optional<String> groupProblem(String group, Lookups lookups) {
        if (blank(group)) {
            return Optional.of("Required.");
        }
        return lookups.group(group) ? Optional.empty() : Optional.of("Unknown group " + group + ".");
    }

    private static Optional<String> customFieldProblem(String field) {
        if (blank(field)) {
            return Optional.of("Name the custom field, e.g. customfield_10100.");
        }
        return CUSTOM_FIELD_ID.matcher(field).matches() ? Optional.empty()
                : Optional.of("A custom field id looks like customfield_10100.");
    }

    private static Optional<String> dayProblem(Integer days, int max) {
        if (days == null) {
            return Optional.of("Required.");
        }
        if (days < 0 || days > max) {
            return Optional.of("Use 0 to " + max + " business days.");
        }
        return Optional.empty();
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Asks the user directory and the ticket system once per name, however many teams share it. */
    private final class Lookups {
        private final Map<String, Boolean> persons = new HashMap<>();
        private final Map<String, Boolean> groups = new HashMap<>();
        private final Map<String, Boolean> projectKeys = new HashMap<>();

        boolean person(String username) {
            return persons.computeIfAbsent(username, name -> people.person(name).isPresent());
        }

        boolean group(String group) {
            return groups.computeIfAbsent(group, people::groupExists);
        }

        boolean project(String key) {
            return projectKeys.computeIfAbsent(key, projects::exists);
        }
    }
}
