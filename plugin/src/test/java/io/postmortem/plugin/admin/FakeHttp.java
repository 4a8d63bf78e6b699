package io.postmortem.plugin.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/** A request and a response in memory, answering only what a plugin servlet asks of them. */
final class FakeHttp {
    final StringWriter body = new StringWriter();
    final Map<String, String> headers = new HashMap<>();
    int status = 200;
    String redirect;
    String contentType;

    HttpServletRequest request(String contextPath, String uri, String query) {
        return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getContextPath" -> contextPath;
                    case "getRequestURI" -> uri;
                    case "getQueryString" -> query;
                    case "getMethod" -> "GET";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    HttpServletResponse response() {
        PrintWriter writer = new PrintWriter(body);
        return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{HttpServletResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "sendRedirect" -> {
                        status = 302;
                        redirect = (String) args[0];
                        yield null;
                    }
                    case "sendError" -> {
                        status = (Integer) args[0];
                        yield null;
                    }
                    case "setContentType" -> {
                        contentType = (String) args[0];
                        yield null;
                    }
                    case "setHeader" -> {
                        headers.put((String) args[0], (String) args[1]);
                        yield null;
                    }
                    case "getWriter" -> writer;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
