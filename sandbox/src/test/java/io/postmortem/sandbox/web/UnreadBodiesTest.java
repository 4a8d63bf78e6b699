package io.postmortem.sandbox.web;

import io.postmortem.sandbox.Sandbox;
import io.postmortem.sandbox.UsesSandbox;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request whose body nobody reads (a refusal, or an endpoint that takes no body) leaves its kept-alive connection
 * usable for the next request, as Jira's Tomcat does. Sent as a client does when the body goes out after the headers:
 * without the sandbox discarding the unread body, Jetty ended the connection after the first answer and the second
 * request on it got no answer at all.
 */
@UsesSandbox
class UnreadBodiesTest {
    private final int port;

    UnreadBodiesTest(Sandbox sandbox) {
        this.port = sandbox.port();
    }

    @Test
    void aRequestAfterOneWhoseLateBodyNobodyReadIsAnsweredOnTheSameConnection() throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));

            // Anonymous POST: refused with 401 before anything reads the body, which arrives after the headers.
            String body = "{\"incidentKey\": \"INC-1\"}";
            out.write(("POST /jira/rest/postmortem/1.0/incidents/INC-1/postmortem HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(300);
            out.write(body.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Answer first = read(in);

            String credentials = Base64.getEncoder().encodeToString("mim:mim".getBytes(StandardCharsets.UTF_8));
            out.write(("GET /jira/rest/postmortem/1.0/platforms HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic "
                    + credentials + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Answer second = read(in);

            assertThat(first.status()).isEqualTo(401);
            assertThat(first.headers()).noneMatch(h -> h.equalsIgnoreCase("connection: close"));
            assertThat(second.status()).as("the second request on the same connection is answered").isEqualTo(200);
        }
    }

    private record Answer(int status, List<String> headers) {
    }

    /** One HTTP/1.1 answer with a Content-Length body; status -1 when the connection ended without one. */
    private static Answer read(BufferedReader in) throws IOException {
        String statusLine = in.readLine();
        if (statusLine == null) {
            return new Answer(-1, List.of());
        }
        List<String> headers = new ArrayList<>();
        int length = 0;
        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
            headers.add(line);
            if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        // The bodies here are ASCII JSON, so characters and bytes are the same count.
        char[] content = new char[length];
        int read = 0;
        while (read < length) {
            int n = in.read(content, read, length - read);
            if (n < 0) {
                break;
            }
            read += n;
        }
        return new Answer(Integer.parseInt(statusLine.split(" ")[1]), headers);
    }
}
