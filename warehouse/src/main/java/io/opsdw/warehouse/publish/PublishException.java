package io.opsdw.warehouse.publish;

/** Publishing refused or failed; the message is the one line an operator needs. */
public class PublishException extends RuntimeException {

    public PublishException(String message) {
        super(message);
    }

    public PublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
