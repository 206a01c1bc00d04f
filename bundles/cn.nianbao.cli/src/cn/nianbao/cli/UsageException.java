package cn.nianbao.cli;

/** A command line that cannot be carried out as written; the message key names what is wrong. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] arguments;

    UsageException(String key, Object... arguments) {
        super(key);
        this.key = key;
        this.arguments = arguments;
    }

    String key() {
        return key;
    }

    Object[] arguments() {
        return arguments;
    }
}
