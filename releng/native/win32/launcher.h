/* nianbao.exe / nianbaoc.exe: the Windows launcher of Nianbao. The native Eclipse launcher (eclipse.exe)
 * is not on Maven Central, so this small program does its job: find a Java 21+, then start the Equinox
 * launcher jar with the user's arguments passed through unchanged. */
#ifndef NIANBAO_LAUNCHER_H
#define NIANBAO_LAUNCHER_H

#include <windows.h>

#define MIN_JAVA_MAJOR 21
/* the longest path Windows accepts with the \\?\ rules; paths of that length do occur in shared drives */
#define PATH_CHARS 32768

/* A growing wide string: the command line handed to CreateProcessW. */
typedef struct {
    wchar_t *text;
    size_t length;
    size_t capacity;
} WideBuffer;

void buffer_append(WideBuffer *buffer, const wchar_t *text);
/* Appends " arg", quoted so that the child's C runtime splits it back into exactly arg. */
void buffer_append_argument(WideBuffer *buffer, const wchar_t *arg);

/* Fills java_home with the first runtime of version 21+ among: INSTALL_DIR\jre, JAVA_HOME, the registry,
 * the PATH. Returns FALSE when there is none. */
BOOL find_java_home(const wchar_t *install_dir, wchar_t *java_home);

#endif
