package io.paperstream.index.http;

/** A request parameter the API cannot accept; answered with 400 naming the parameter. */
public final class BadParameterException extends RuntimeException {

    private final String parameter;

    public BadParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
