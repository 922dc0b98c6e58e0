package org.nmoregister.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an API request body above {@link #MAX_BODY_BYTES} with 413 problem+json, before any of it is parsed or
 * kept: no request the register takes as JSON is near that size (every text in it is limited, see
 * {@link ApiRequestBodies}), and a body of many megabytes is a mistake or an attack. A declared length is refused at
 * once; a body sent without one is counted as it is read. File uploads (multipart) have their own limits.
 */
@Component
public class RequestSizeLimit extends OncePerRequestFilter {

    public static final int MAX_BODY_BYTES = 2 * 1024 * 1024;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String contentType = request.getContentType();
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || contentType != null && contentType.toLowerCase().startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            tooLarge(response);
            return;
        }
        chain.doFilter(new Limited(request), response);
    }

    static void tooLarge(HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        String reason = "is larger than " + MAX_BODY_BYTES / (1024 * 1024) + " MB";
        response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"Request too large\",\"status\":413,"
                + "\"detail\":\"body: " + reason + "\",\"errors\":[{\"field\":\"body\",\"reason\":\"" + reason
                + "\"}]}").getBytes(StandardCharsets.UTF_8));
    }

    /** Thrown while reading a body sent without a length once it passes the limit; answered 413. */
    public static class BodyTooLargeException extends IOException {
        BodyTooLargeException() {
            super("The request body is larger than " + MAX_BODY_BYTES + " bytes");
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {

        private ServletInputStream stream;

        Limited(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream());
            }
            return stream;
        }
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream in;
        private long read;

        Counting(ServletInputStream in) {
            this.in = in;
        }

        private int counted(int n) throws IOException {
            if (n > 0) {
                read += n;
                if (read > MAX_BODY_BYTES) {
                    throw new BodyTooLargeException();
                }
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return counted(in.read(b, off, len));
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
