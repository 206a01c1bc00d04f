/* A stand-in java.exe for the tests under wine (no Windows Java exists here): it writes each argument it
 * received, one a line in UTF-8, to the file NIANBAO_FAKE_JAVA_LOG, so a test can compare them with what
 * it passed to nianbao.exe or nianbao.cmd; it answers the version probe of nianbao.cmd with
 * NIANBAO_FAKE_JAVA_VERSION, and exits with NIANBAO_FAKE_JAVA_EXIT. */
#include <windows.h>
#include <shellapi.h>
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>

static void log_line(HANDLE file, const wchar_t *text)
{
    char utf8[32768];
    int bytes = WideCharToMultiByte(CP_UTF8, 0, text, -1, utf8, sizeof utf8, NULL, NULL);
    DWORD written;
    WriteFile(file, utf8, bytes > 0 ? bytes - 1 : 0, &written, NULL);
    WriteFile(file, "\n", 1, &written, NULL);
}

int wmain(void)
{
    int argc;
    /* CommandLineToArgvW splits as java.exe's C runtime does: what arrives here is what Java would get */
    wchar_t **argv = CommandLineToArgvW(GetCommandLineW(), &argc);
    wchar_t value[4096];
    if (GetEnvironmentVariableW(L"NIANBAO_FAKE_JAVA_LOG", value, 4096) > 0) {
        HANDLE file = CreateFileW(value, FILE_APPEND_DATA, FILE_SHARE_READ, NULL, OPEN_ALWAYS, 0, NULL);
        for (int i = 1; i < argc; i++) {
            log_line(file, argv[i]);
        }
        log_line(file, L"--end--");
        CloseHandle(file);
    }
    for (int i = 1; i < argc; i++) {
        if (wcscmp(argv[i], L"-version") == 0) {
            if (GetEnvironmentVariableW(L"NIANBAO_FAKE_JAVA_VERSION", value, 4096) == 0) {
                wcscpy(value, L"21");
            }
            fwprintf(stderr, L"Property settings:\n    java.specification.version = %ls\n    java.vendor = Fake\n",
                    value);
            return 0;
        }
    }
    return GetEnvironmentVariableW(L"NIANBAO_FAKE_JAVA_EXIT", value, 4096) > 0 ? _wtoi(value) : 0;
}
