package cn.nianbao.review.intake;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.nianbao.model.text.ClipboardTable;

/**
 * The rows of a CSV file, quoted as Excel quotes them (fields may hold commas, quotes and line breaks). A
 * roster saved by Excel on a Chinese Windows is in GB18030, not UTF-8: bytes that are not valid UTF-8 are
 * read as GB18030.
 */
final class CsvRows {

    private CsvRows() {
    }

    static List<List<String>> parse(byte[] bytes) {
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return ClipboardTable.parse(text, ',');
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }
}
