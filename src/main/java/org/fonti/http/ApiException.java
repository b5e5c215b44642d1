package org.fonti.http;

/** A request the API refuses, with the HTTP status and a message that says what is wrong and where. */
public final class ApiException extends RuntimeException {

    private final int status;
    private final String error;
    private final Integer position;

    public ApiException(int status, String error, String detail, Integer position) {
        super(detail);
        this.status = status;
        this.error = error;
        this.position = position;
    }

    public static ApiException badRequest(String error, String detail) {
        return new ApiException(400, error, detail, null);
    }

    public int status() {
        return status;
    }

    public ApiError body() {
        return new ApiError(error, getMessage(), position);
    }

    /** The JSON body of every error response. {@code position} is the 1-based column in the query, when known. */
    public record ApiError(String error, String detail, Integer position) {
    }
}
