package vn.gazette.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Vietnamese wording of problem messages. Every message is written in English where it is found (the
 * English text is the reference the tests check); for a Vietnamese site it is translated when printed, by the
 * first pattern of this catalog that matches the whole message. A message no pattern matches is printed in
 * English, so a missing translation never hides a problem. Immutable and thread-safe.
 */
public final class Messages {

    private record Translation(Pattern english, String vietnamese) {
    }

    private static final List<Translation> VIETNAMESE = new ArrayList<>();

    static {
        add("'(.+)' is not a date: \"(.+)\" \\(write (.+): year-month-day\\)",
                "'$1' không phải là ngày: \"$2\" (hãy viết $3: năm-tháng-ngày)");
        add("'(.+)' is not a date: \"(.+)\" \\(write it like 2023-09-22, or 2023-09-22T09:30 with a time\\)",
                "'$1' không phải là ngày: \"$2\" (hãy viết như 2023-09-22, hoặc 2023-09-22T09:30 nếu có giờ)");
    }

    private Messages() {
    }

    private static void add(String english, String vietnamese) {
        VIETNAMESE.add(new Translation(Pattern.compile(english), vietnamese));
    }

    /** The message in {@code language} ({@code vi} or {@code en}); English when no translation is known. */
    public static String translate(String message, String language) {
        if (!language.equals("vi")) {
            return message;
        }
        for (Translation translation : VIETNAMESE) {
            Matcher matcher = translation.english().matcher(message);
            if (matcher.matches()) {
                return matcher.replaceFirst(translation.vietnamese());
            }
        }
        return message;
    }
}
