package io.postmortem.plugin.admin;

import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import io.postmortem.plugin.health.DegradedFeatures;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

class AdminWebSudoFilterTest {
    private final WebSudoManager webSudo = mock(WebSudoManager.class);
    private final DegradedFeatures degraded = new DegradedFeatures(Clock.systemUTC());
    private final AdminWebSudoFilter filter = new AdminWebSudoFilter(webSudo,
            new io.postmortem.plugin.health.HostCalls(degraded));
    private final FakeHttp http = new FakeHttp();
    private final HttpServletRequest request = http.request("/jira", "/jira/plugins/servlet/postmortem/admin", null);
    private final HttpServletResponse response = http.response();
    private final AtomicInteger served = new AtomicInteger();
    private final FilterChain chain = (req, res) -> served.incrementAndGet();

    @Test
    void anAdministratorInAWebSudoSessionGetsThePage() throws Exception {
        filter.doFilter(request, response, chain);

        assertThat(served).hasValue(1);
        verify(webSudo, never()).enforceWebSudoProtection(any(), any());
    }

    @Test
    void withoutAWebSudoSessionJiraAsksForThePasswordAndThePageIsNotServed() throws Exception {
        doThrow(new WebSudoSessionException("no session")).when(webSudo).willExecuteWebSudoRequest(request);

        filter.doFilter(request, response, chain);

        assertThat(served).hasValue(0);
        verify(webSudo).enforceWebSudoProtection(request, response);
    }

    @Test
    void aHostWhoseWebSudoDoesNotLinkServesThePageAndReportsTheFeatureOnce() throws Exception {
        doThrow(new NoSuchMethodError("willExecuteWebSudoRequest")).when(webSudo).willExecuteWebSudoRequest(any());

        filter.doFilter(request, response, chain);
        filter.doFilter(request, response, chain);

        assertThat(served).hasValue(2);
        assertThat(degraded.isDegraded(AdminWebSudoFilter.FEATURE)).isTrue();
        assertThat(degraded.all()).singleElement().satisfies(d -> assertThat(d.error()).contains("NoSuchMethodError"));
        verify(webSudo, times(1)).willExecuteWebSudoRequest(any());
    }
}
