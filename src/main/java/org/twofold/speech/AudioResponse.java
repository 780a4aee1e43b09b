package org.twofold.speech;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends audio, answering a single byte range exactly (206) when one is asked for: Safari plays an
 * {@code <audio>} source only from a server that does, and it starts by asking for bytes 0-1.
 */
final class AudioResponse {
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    private AudioResponse() {}

    static void send(Context ctx, byte[] audio, String contentType) {
        ctx.header("Accept-Ranges", "bytes").contentType(contentType);
        String asked = ctx.header("Range");
        Matcher m = asked == null ? null : RANGE.matcher(asked.strip());
        if (m == null || !m.matches() || m.group(1).isEmpty() && m.group(2).isEmpty()) {
            ctx.result(audio);
            return;
        }
        long length = audio.length;
        long start;
        long end;
        if (m.group(1).isEmpty()) {
            start = Math.max(0, length - parse(m.group(2)));
            end = length - 1;
        } else {
            start = parse(m.group(1));
            end = m.group(2).isEmpty() ? length - 1 : Math.min(parse(m.group(2)), length - 1);
        }
        if (start >= length || start > end) {
            ctx.header("Content-Range", "bytes */" + length).status(HttpStatus.RANGE_NOT_SATISFIABLE).result(new byte[0]);
            return;
        }
        ctx.header("Content-Range", "bytes " + start + "-" + end + "/" + length).status(HttpStatus.PARTIAL_CONTENT)
            .result(Arrays.copyOfRange(audio, (int) start, (int) end + 1));
    }

    private static long parse(String digits) {
        return digits.length() > 12 ? Long.MAX_VALUE / 2 : Long.parseLong(digits);
    }
}
