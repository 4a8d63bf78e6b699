package io.postmortem.plugin.jira.panel;

import java.lang.reflect.Proxy;
import java.util.Map;

/**
 * One of Jira's interfaces answering fixed values by method name (anything else answers null), without Mockito's
 * bookkeeping: cheap enough to sit on a benchmark's hot path, where a Mockito stub costs more than the code measured.
 */
final class Answering {
    private Answering() {
    }

    static <T> T with(Class<T> type, Map<String, Object> answers) {
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, (self, method, args) -> {
            Object answer = answers.get(method.getName());
            if (answer != null || !method.getReturnType().isPrimitive()) {
                return answer;
            }
            return zero(method.getReturnType());
        });
        return type.cast(proxy);
    }

    private static Object zero(Class<?> primitive) {
        if (primitive == boolean.class) {
            return false;
        }
        if (primitive == long.class) {
            return 0L;
        }
        if (primitive == double.class) {
            return 0d;
        }
        if (primitive == float.class) {
            return 0f;
        }
        return primitive == void.class ? null : (Object) 0;
    }
}
