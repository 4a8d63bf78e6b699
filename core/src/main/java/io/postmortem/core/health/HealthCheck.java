package io.postmortem.core.health;

/**
 * One line of the health page.
 *
 * @param id     stable identifier (e.g. {@code mail-server}, {@code host-service.mailQueue}), for scripts and support
 * @param detail what was found, in words an administrator understands
 * @param fix    what to do about it; empty when the check is OK
 */
public record HealthCheck(String id, HealthStatus status, String detail, String fix) {

    public HealthCheck {
        fix = fix == null ? "" : fix;
    }

    public static HealthCheck ok(String id, String detail) {
        return new HealthCheck(id, HealthStatus.OK, detail, "");
    }

    public static HealthCheck warn(String id, String detail, String fix) {
        return new HealthCheck(id, HealthStatus.WARN, detail, fix);
    }

    public static HealthCheck fail(String id, String detail, String fix) {
        return new HealthCheck(id, HealthStatus.FAIL, detail, fix);
    }
}
