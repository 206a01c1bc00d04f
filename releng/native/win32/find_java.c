/* Finding a Java 21+ runtime, in the order the launcher scripts use: the runtime bundled with the
 * installation, JAVA_HOME, what a JDK installer registered, the PATH. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include "launcher.h"

/* The major version from the runtime's `release` file (JAVA_VERSION="21.0.2", or "1.8.0_392" for Java 8).
 * Reading it is instant, where asking `java -version` would start a whole JVM before the real one.
 * 0 when unknown: a java.exe without a release file beside it (such as Oracle's javapath shim) is passed
 * over rather than guessed at. */
static int release_major(const wchar_t *home)
{
    static wchar_t path[PATH_CHARS];
    _snwprintf(path, PATH_CHARS, L"%ls\\release", home);
    HANDLE file = CreateFileW(path, GENERIC_READ, FILE_SHARE_READ, NULL, OPEN_EXISTING, 0, NULL);
    if (file == INVALID_HANDLE_VALUE) {
        return 0;
    }
    char text[4096];
    DWORD read = 0;
    BOOL ok = ReadFile(file, text, sizeof text - 1, &read, NULL);
    CloseHandle(file);
    text[ok ? read : 0] = '\0';
    const char *key = "JAVA_VERSION=\"";
    char *version = strstr(text, key);
    if (version == NULL) {
        return 0;
    }
    version += strlen(key);
    int major = atoi(version);
    if (major == 1) {
        char *dot = strchr(version, '.');
        major = dot != NULL ? atoi(dot + 1) : 0;
    }
    return major;
}

static BOOL is_java_home(const wchar_t *home)
{
    static wchar_t java[PATH_CHARS];
    if (home == NULL || *home == L'\0') {
        return FALSE;
    }
    _snwprintf(java, PATH_CHARS, L"%ls\\bin\\java.exe", home);
    return GetFileAttributesW(java) != INVALID_FILE_ATTRIBUTES && release_major(home) >= MIN_JAVA_MAJOR;
}

static BOOL take(const wchar_t *home, wchar_t *java_home)
{
    if (!is_java_home(home)) {
        return FALSE;
    }
    wcsncpy(java_home, home, PATH_CHARS - 1);
    java_home[PATH_CHARS - 1] = L'\0';
    return TRUE;
}

/* JDK installers record themselves under HKLM (all users) or HKCU (one user): Oracle and OpenJDK builds
 * under JavaSoft\JDK\<CurrentVersion>, Temurin under Eclipse Adoptium\JDK\<version>\hotspot\MSI. */
static BOOL from_registry(wchar_t *java_home)
{
    static wchar_t version[256];
    static wchar_t key[512];
    static wchar_t home[PATH_CHARS];
    HKEY roots[] = { HKEY_CURRENT_USER, HKEY_LOCAL_MACHINE };
    for (int r = 0; r < 2; r++) {
        DWORD size = sizeof version;
        if (RegGetValueW(roots[r], L"SOFTWARE\\JavaSoft\\JDK", L"CurrentVersion", RRF_RT_REG_SZ, NULL, version,
                &size) == ERROR_SUCCESS) {
            _snwprintf(key, 512, L"SOFTWARE\\JavaSoft\\JDK\\%ls", version);
            size = sizeof home;
            if (RegGetValueW(roots[r], key, L"JavaHome", RRF_RT_REG_SZ, NULL, home, &size) == ERROR_SUCCESS
                    && take(home, java_home)) {
                return TRUE;
            }
        }
        HKEY vendor;
        if (RegOpenKeyExW(roots[r], L"SOFTWARE\\Eclipse Adoptium\\JDK", 0, KEY_READ, &vendor) != ERROR_SUCCESS) {
            continue;
        }
        for (DWORD i = 0;; i++) {
            DWORD length = 256;
            if (RegEnumKeyExW(vendor, i, version, &length, NULL, NULL, NULL, NULL) != ERROR_SUCCESS) {
                break;
            }
            _snwprintf(key, 512, L"%ls\\hotspot\\MSI", version);
            size = sizeof home;
            if (RegGetValueW(vendor, key, L"Path", RRF_RT_REG_SZ, NULL, home, &size) == ERROR_SUCCESS) {
                /* the installer writes the folder with a trailing backslash */
                size_t n = wcslen(home);
                if (n > 0 && home[n - 1] == L'\\') {
                    home[n - 1] = L'\0';
                }
                if (take(home, java_home)) {
                    RegCloseKey(vendor);
                    return TRUE;
                }
            }
        }
        RegCloseKey(vendor);
    }
    return FALSE;
}

static BOOL from_path(wchar_t *java_home)
{
    static wchar_t java[PATH_CHARS];
    if (SearchPathW(NULL, L"java.exe", NULL, PATH_CHARS, java, NULL) == 0) {
        return FALSE;
    }
    /* ...\bin\java.exe -> ... */
    for (int up = 0; up < 2; up++) {
        wchar_t *slash = wcsrchr(java, L'\\');
        if (slash == NULL) {
            return FALSE;
        }
        *slash = L'\0';
    }
    return take(java, java_home);
}

BOOL find_java_home(const wchar_t *install_dir, wchar_t *java_home)
{
    static wchar_t candidate[PATH_CHARS];
    _snwprintf(candidate, PATH_CHARS, L"%ls\\jre", install_dir);
    if (take(candidate, java_home)) {
        return TRUE;
    }
    if (GetEnvironmentVariableW(L"JAVA_HOME", candidate, PATH_CHARS) > 0 && take(candidate, java_home)) {
        return TRUE;
    }
    return from_registry(java_home) || from_path(java_home);
}
