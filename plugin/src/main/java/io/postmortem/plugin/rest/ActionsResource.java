package io.postmortem.plugin.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.postmortem.core.access.Actor;
import io.postmortem.core.access.Actors;
import io.postmortem.core.action.ActionDraft;
import io.postmortem.core.action.ActionQueries;
import io.postmortem.core.action.ActionStatus;
import io.postmortem.core.action.ActionType;
import io.postmortem.core.action.Ideas;
import io.postmortem.core.action.ItemRef;
import io.postmortem.core.action.RaiseAction;
import io.postmortem.core.shared.Priority;
import io.postmortem.core.shared.ValidationException;
import io.postmortem.plugin.rest.action.ActionViews;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A postmortem's actions and ideas over REST, and the list of actions across postmortems. Who may raise is the
 * use case's decision; the ticket system still applies its own create permission to the acting user.
 */
@LicensedOnly
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class ActionsResource {
    private static final Set<String> ACTION_FIELDS = Set.of("summary", "description", "type", "team", "priority",
            "requestId", "dueDate", "dueDateReason");
    private static final Set<String> IDEA_FIELDS = Set.of("summary", "description");
    private static final Set<String> SAME_AS_FIELDS = Set.of("kind", "id", "clear");

    private final Actors actors;
    private final RaiseAction raising;
    private final ActionQueries queries;
    private final Ideas ideas;

    @Inject
    public ActionsResource(Actors actors, RaiseAction raising, ActionQueries queries, Ideas ideas) {
        this.actors = actors;
        this.raising = raising;
        this.queries = queries;
        this.ideas = ideas;
    }

    @GET
    @Path("postmortems/{key}/actions")
    public Response list(@PathParam("key") String key) {
        Actor actor = actors.current();
        return ok(Map.of(
                "actions", queries.list(key, actor).stream().map(ActionViews::of).toList(),
                "summary", ActionViews.of(queries.summary(key, actor))));
    }

    @POST
    @Path("postmortems/{key}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response raise(@PathParam("key") String key, String body) {
        Actor actor = actors.current();
        ActionDraft draft = draft(Json.object(body));
        return raised(raising.raise(key, draft, actor));
    }

    /**
     * Actions across postmortems, a page at a time by id: {@code limit} (default {@value ActionQueries#PAGE_DEFAULT},
     * at most {@value ActionQueries#PAGE_MAX}) and {@code cursor}, the {@code next} of the previous page; {@code next}
     * is null on the last page.
     */
    @GET
    @Path("actions")
    public Response find(@QueryParam("platform") String platform, @QueryParam("team") String team,
                         @QueryParam("status") String status, @QueryParam("overdue") String overdue,
                         @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Actor actor = actors.reader();
        ActionQueries.ActionPage page = queries.page(blankToNull(platform), blankToNull(team), statuses(status),
                overdue(overdue), ActionCursor.decode(cursor), limit(limit), actor);
        Map<String, Object> view = new java.util.LinkedHashMap<>();
        view.put("actions", page.items().stream().map(ActionViews::of).toList());
        view.put("next", page.nextAfterId() == null ? null : ActionCursor.encode(page.nextAfterId()));
        return ok(view);
    }

    @GET
    @Path("actions/{id}/history")
    public Response history(@PathParam("id") long id) {
        Actor actor = actors.reader();
        return ok(Map.of("changes", queries.history(id, actor).stream().map(ActionViews::of).toList()));
    }

    @GET
    @Path("postmortems/{key}/ideas")
    public Response ideas(@PathParam("key") String key) {
        Actor actor = actors.current();
        return ok(Map.of("ideas", ideas.ideas(key, actor).stream().map(ActionViews::of).toList()));
    }

    @POST
    @Path("postmortems/{key}/ideas")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addIdea(@PathParam("key") String key, String body) {
        Actor actor = actors.current();
        JsonBody json = Json.object(body);
        onlyKnown(json, IDEA_FIELDS);
        return Response.status(201).entity(Json.write(ActionViews.of(ideas.addIdea(key,
                json.optionalText("summary").orElse(null), json.optionalText("description").orElse(null), actor)))).build();
    }

    @POST
    @Path("postmortems/{key}/ideas/{id}/promote")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response promote(@PathParam("key") String key, @PathParam("id") long id, String body) {
        Actor actor = actors.current();
        return raised(raising.promote(key, id, draft(Json.object(body)), actor));
    }

    @POST
    @Path("postmortems/{key}/ideas/{id}/same-as")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response sameAs(@PathParam("key") String key, @PathParam("id") long id, String body) {
        Actor actor = actors.current();
        JsonBody json = Json.object(body);
        onlyKnown(json, SAME_AS_FIELDS);
        ItemRef target = null;
        if (!json.optionalBoolean("clear").orElse(false)) {
            ItemRef.Kind kind = ItemRef.Kind.parse(json.requiredText("kind"))
                    .orElseThrow(() -> new ValidationException("kind", "Must be IDEA or ACTION."));
            int targetId = json.optionalInt("id").orElseThrow(() -> new ValidationException("id", "Required."));
            target = new ItemRef(kind, targetId);
        }
        return ok(ActionViews.of(ideas.sameAs(key, id, target, actor)));
    }

    @GET
    @Path("postmortems/{key}/ideas/{id}/suggestions")
    public Response suggestions(@PathParam("key") String key, @PathParam("id") long id) {
        Actor actor = actors.current();
        return ok(Map.of("suggestions", ideas.suggest(key, id, actor).stream().map(ActionViews::of).toList()));
    }

    // ---- reading requests

    /** Reads an action's fields; missing ones are the use case's to report (a promotion takes them from the idea). */
    static ActionDraft draft(JsonBody json) {
        onlyKnown(json, ACTION_FIELDS);
        ActionType type = json.optionalText("type").map(text -> ActionType.parse(text).orElseThrow(() ->
                new ValidationException("type", "Must be one of " + List.of(ActionType.values()) + "."))).orElse(null);
        Priority priority = json.optionalText("priority").map(text -> Priority.parse(text).orElseThrow(() ->
                new ValidationException("priority", "Must be one of " + List.of(Priority.values()) + "."))).orElse(null);
        LocalDate dueDate = json.optionalText("dueDate").map(text -> {
            try {
                return LocalDate.parse(text.trim());
            } catch (DateTimeParseException e) {
                throw new ValidationException("dueDate", "Must be a date like 2026-12-18.");
            }
        }).orElse(null);
        return new ActionDraft(
                json.optionalText("summary").orElse(null),
                json.optionalText("description").orElse(null), type, json.optionalText("team").orElse(null), priority,
                json.optionalText("requestId").orElse(null), dueDate, json.optionalText("dueDateReason").orElse(null));
    }

    static Set<ActionStatus> statuses(String text) {
        Set<ActionStatus> statuses = EnumSet.noneOf(ActionStatus.class);
        if (text == null || text.isBlank()) {
            return statuses;
        }
        for (String part : text.split(",")) {
            statuses.add(ActionStatus.parse(part).orElseThrow(() -> new ValidationException("status",
                    "Must be one or more of " + List.of(ActionStatus.values()) + ", separated by commas.")));
        }
        return statuses;
    }

    static int limit(String text) {
        if (text == null || text.isBlank()) {
            return ActionQueries.PAGE_DEFAULT;
        }
        try {
            int limit = Integer.parseInt(text.trim());
            if (limit >= 1 && limit <= ActionQueries.PAGE_MAX) {
                return limit;
            }
        } catch (NumberFormatException notANumber) {
            // the same answer as out of range
        }
        throw new ValidationException("limit", "Must be a whole number from 1 to " + ActionQueries.PAGE_MAX + ".");
    }

    static Boolean overdue(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ValidationException("overdue", "Must be true or false.");
        };
    }

    private static void onlyKnown(JsonBody json, Set<String> known) {
        Iterator<String> names = json.raw().fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new ValidationException(name, "Unknown field.");
            }
        }
    }

    private static Response raised(RaiseAction.Raised raised) {
        return Response.status(raised.created() ? 201 : 200).entity(Json.write(ActionViews.of(raised.item()))).build();
    }

    private static Response ok(Object view) {
        return Response.ok(Json.write(view)).build();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
