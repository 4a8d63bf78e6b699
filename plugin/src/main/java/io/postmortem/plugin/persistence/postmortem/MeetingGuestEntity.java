package io.postmortem.plugin.persistence.postmortem;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Table {@code AO_441554_MEETING_GUEST}: people who joined a postmortem meeting from the open list. The unique
 * guest key ({@code <postmortem key>|<user name>}) keeps one row per person.
 */
@Table("MEETING_GUEST")
public interface MeetingGuestEntity extends Entity {

    @NotNull
    @Unique
    @StringLength(255)
    String getGuestKey();

    void setGuestKey(String key);

    @NotNull
    @Indexed
    @StringLength(255)
    String getPostmortemKey();

    void setPostmortemKey(String key);

    @NotNull
    @StringLength(255)
    String getUsername();

    void setUsername(String username);

    @NotNull
    long getJoinedAt();

    void setJoinedAt(long epochMillis);
}
