package cn.nianbao.io.tests;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/** The damage a file suffers on its way: flipped bytes, cuts, lost or repeated chunks, junk, edited digits and labels. */
final class Mutations {

    private static final String[] EDITS = {"0", "9", "１", "/", "-", "", " ", "\t", "总计", "（", "<td>", "</tr>",
        "rowspan=\"99999\"", "colspan=\"0\"", "\n", "一、", "&nbsp;"};

    private Mutations() {
    }

    static byte[] mutate(byte[] original, Random random) {
        byte[] bytes = original.clone();
        int kind = random.nextInt(7);
        int n = bytes.length;
        int at = n == 0 ? 0 : random.nextInt(n);
        switch (kind) {
            case 0 -> {
                for (int i = 0; i < 1 + random.nextInt(20); i++) {
                    bytes[random.nextInt(n)] ^= (byte) (1 << random.nextInt(8));
                }
                return bytes;
            }
            case 1 -> {
                return Arrays.copyOf(bytes, at);
            }
            case 2 -> {
                int length = Math.min(n - at, 1 + random.nextInt(2000));
                return concat(Arrays.copyOf(bytes, at), Arrays.copyOfRange(bytes, at + length, n));
            }
            case 3 -> {
                int length = Math.min(n - at, 1 + random.nextInt(2000));
                byte[] chunk = Arrays.copyOfRange(bytes, at, at + length);
                return concat(concat(Arrays.copyOf(bytes, at + length), chunk), Arrays.copyOfRange(bytes, at + length, n));
            }
            case 4 -> {
                byte[] junk = new byte[1 + random.nextInt(500)];
                random.nextBytes(junk);
                return concat(concat(Arrays.copyOf(bytes, at), junk), Arrays.copyOfRange(bytes, at, n));
            }
            default -> {
                String text = new String(bytes, StandardCharsets.UTF_8);
                StringBuilder edited = new StringBuilder(text);
                for (int i = 0; i < 1 + random.nextInt(30) && edited.length() > 0; i++) {
                    int pos = random.nextInt(edited.length());
                    int end = Math.min(edited.length(), pos + random.nextInt(4));
                    edited.replace(pos, end, EDITS[random.nextInt(EDITS.length)]);
                }
                return edited.toString().getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] result = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }
}
