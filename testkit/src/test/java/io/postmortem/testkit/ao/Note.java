package io.postmortem.testkit.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;

/** A small entity for exercising the harness: a titled note with a priority. */
public interface Note extends Entity {

    @NotNull
    String getTitle();

    void setTitle(String title);

    int getRank();

    void setRank(int rank);

    @StringLength(StringLength.UNLIMITED)
    String getBody();

    void setBody(String body);
}
