/* Building the child's command line. Windows hands a program one string, and java.exe splits it with the
 * Microsoft C runtime rules, so each argument must be quoted for exactly those rules: a path with spaces,
 * a trailing backslash (C:\报表\) or a quote would otherwise arrive split or changed. */
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include "launcher.h"

static void append_chars(WideBuffer *buffer, const wchar_t *text, size_t count)
{
    if (buffer->length + count + 1 > buffer->capacity) {
        size_t capacity = (buffer->length + count + 1) * 2;
        wchar_t *grown = realloc(buffer->text, capacity * sizeof(wchar_t));
        if (grown == NULL) {
            ExitProcess(2);
        }
        buffer->text = grown;
        buffer->capacity = capacity;
    }
    wmemcpy(buffer->text + buffer->length, text, count);
    buffer->length += count;
    buffer->text[buffer->length] = L'\0';
}

void buffer_append(WideBuffer *buffer, const wchar_t *text)
{
    append_chars(buffer, text, wcslen(text));
}

static void append_backslashes(WideBuffer *buffer, size_t count)
{
    while (count-- > 0) {
        append_chars(buffer, L"\\", 1);
    }
}

void buffer_append_argument(WideBuffer *buffer, const wchar_t *arg)
{
    buffer_append(buffer, L" ");
    /* '*' and '?' are quoted too: java.exe expands unquoted wildcards in its arguments itself */
    if (*arg != L'\0' && wcspbrk(arg, L" \t\n\v\"*?") == NULL) {
        buffer_append(buffer, arg);
        return;
    }
    buffer_append(buffer, L"\"");
    for (const wchar_t *p = arg;; p++) {
        size_t backslashes = 0;
        while (*p == L'\\') {
            backslashes++;
            p++;
        }
        if (*p == L'\0') {
            /* doubled, so that the closing quote stays a quote */
            append_backslashes(buffer, backslashes * 2);
            break;
        }
        if (*p == L'"') {
            append_backslashes(buffer, backslashes * 2 + 1);
        } else {
            append_backslashes(buffer, backslashes);
        }
        append_chars(buffer, p, 1);
    }
    buffer_append(buffer, L"\"");
}
