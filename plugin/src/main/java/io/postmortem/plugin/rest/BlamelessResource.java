package io.postmortem.plugin.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.postmortem.core.access.Actors;
import io.postmortem.core.blameless.BlamelessReviewers;
import io.postmortem.core.blameless.Finding;
import io.postmortem.core.people.People;
import io.postmortem.core.shared.ValidationException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** The blameless review of a draft text, for the editor's inline hints: POST /blameless/review {"text": ...}. */
@LicensedOnly
@Path("/blameless")
@Produces(MediaType.APPLICATION_JSON)
public class BlamelessResource {
    static final int MAX_TEXT = 200_000;

    private final Actors actors;
    private final People people;
    private final BlamelessReviewers reviewers;

    @Inject
    public BlamelessResource(Actors actors, People people, BlamelessReviewers reviewers) {
        this.actors = actors;
        this.people = people;
        this.reviewers = reviewers;
    }

    @POST
    @Path("/review")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response review(String body) {
        actors.reader();
        JsonBody json = Json.object(body);
        String text = json.requiredText("text");
        String language = json.optionalText("language").orElse("en");
        if (!language.matches("[a-z]{2}")) {
            throw new ValidationException("language", "A two-letter language code such as en.");
        }
        if (text.length() > MAX_TEXT) {
            throw new ValidationException("text", "At most " + MAX_TEXT + " characters can be reviewed at once.");
        }
        List<FindingView> findings = reviewers.forLanguage(language).review(text, people.names()).stream().map(FindingView::of).toList();
        return Response.ok(Json.write(new ReviewView(findings))).build();
    }


    public record ReviewView(List<FindingView> findings) {
    }

    public record FindingView(int start, int end, String rule, String message, String suggestion) {
        static FindingView of(Finding f) {
            return new FindingView(f.start(), f.end(), f.rule(), f.message(), f.suggestion());
        }
    }
}
