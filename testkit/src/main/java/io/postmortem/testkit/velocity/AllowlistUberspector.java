package io.postmortem.testkit.velocity;

import org.apache.velocity.runtime.RuntimeServices;
import org.apache.velocity.util.RuntimeServicesAware;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;

import java.lang.reflect.Method;

/**
 * Velocity's introspection with Jira's allowlist in front of it: a method call or property read that resolves to a
 * method the {@link VelocityAllowlist} does not list throws {@link VelocityAllowlistException}. Jira 10+ logs and
 * renders nothing in that case; failing loudly is what a test and the sandbox need to notice it.
 *
 * <p>Velocity creates the uberspector itself; the allowlist reaches it as the engine's application attribute
 * {@link #ALLOWLIST}.
 */
public final class AllowlistUberspector extends UberspectImpl implements RuntimeServicesAware {
    public static final String ALLOWLIST = VelocityAllowlist.class.getName();

    private VelocityAllowlist allowlist;

    /** Makes {@code engine} enforce {@code allowlist}; call before the engine is initialised. */
    public static void install(org.apache.velocity.app.VelocityEngine engine, VelocityAllowlist allowlist) {
        engine.setProperty(org.apache.velocity.runtime.RuntimeConstants.UBERSPECT_CLASSNAME,
                AllowlistUberspector.class.getName());
        engine.setApplicationAttribute(ALLOWLIST, allowlist);
    }

    @Override
    public void setRuntimeServices(RuntimeServices services) {
        this.allowlist = (VelocityAllowlist) services.getApplicationAttribute(ALLOWLIST);
    }

    @Override
    public VelMethod getMethod(Object target, String name, Object[] args, Info info) throws Exception {
        if (target != null) {
            Method method = introspector.getMethod(target.getClass(), name, args);
            if (method != null) {
                check(target.getClass(), method, info);
            }
        }
        return super.getMethod(target, name, args, info);
    }

    @Override
    public VelPropertyGet getPropertyGet(Object target, String identifier, Info info) throws Exception {
        VelPropertyGet getter = super.getPropertyGet(target, identifier, info);
        if (target != null && getter != null && getter.getMethodName() != null) {
            for (Method method : target.getClass().getMethods()) {
                if (method.getName().equals(getter.getMethodName()) && method.getParameterCount() <= 1) {
                    check(target.getClass(), method, info);
                    break;
                }
            }
        }
        return getter;
    }

    private void check(Class<?> target, Method method, Info info) {
        if (allowlist != null && !allowlist.allows(target, method)) {
            throw new VelocityAllowlistException(VelocityAllowlist.entryFor(target, method), info);
        }
    }
}
