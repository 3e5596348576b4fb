package se.kundval.cli.internal;

/** JSON string literals for the commands' output. */
final class Json {

    private Json() {
    }

    static String text(String varde) {
        if (varde == null) {
            return "null"; //$NON-NLS-1$
        }
        StringBuilder s = new StringBuilder(varde.length() + 2).append('"');
        for (char c : varde.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\""); //$NON-NLS-1$
                case '\\' -> s.append("\\\\"); //$NON-NLS-1$
                case '\n' -> s.append("\\n"); //$NON-NLS-1$
                case '\r' -> s.append("\\r"); //$NON-NLS-1$
                case '\t' -> s.append("\\t"); //$NON-NLS-1$
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c)); //$NON-NLS-1$
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}
