package io.postmortem.plugin.persistence.action;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Table {@code AO_441554_ACTION_CHANGE}: an action's history, one line per change. */
@Table("ACTION_CHANGE")
public interface ActionChangeEntity extends Entity {

    @NotNull @Indexed
    long getActionId();
    void setActionId(long id);

    @NotNull
    long getChangedAt();
    void setChangedAt(long epochMillis);

    @StringLength(255)
    String getActor();
    void setActor(String actor);

    @NotNull @StringLength(16)
    String getWhat();
    void setWhat(String what);

    @StringLength(StringLength.UNLIMITED)
    String getDetail();
    void setDetail(String detail);
}
