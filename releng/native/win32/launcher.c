/* The entry point of nianbao.exe (GUI subsystem: no console window for the workbench) and nianbaoc.exe
 * (console subsystem: the command line, its output and exit code), built from this one file with and
 * without NIANBAO_CONSOLE. Both start the same things the way nianbao.cmd does. */
#include "launcher.h"
#include <shellapi.h>
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
#include "messages.h"

/* the first arguments that mean the headless command line rather than the workbench */
static const wchar_t *const CLI_COMMANDS[] = {
    L"check", L"export", L"rules", L"repo", L"compare", L"rollup", L"trend", L"copies", L"intake", L"new", L"accept", L"fetch", L"score",
    L"status", L"comment", L"bench-check", L"help",
    L"--help", L"-h", L"--version", NULL
};

/* the same Java options as the launcher scripts (see rootfiles/linux/nianbao for why each is there);
 * headless AWT because Nianbao only draws off-screen with it (icons, charts) */
static const wchar_t *const VM_ARGS[] = {
    L"-Xms64m", L"-Xmx1g", L"-XX:+UseSerialGC", L"-Dstdout.encoding=UTF-8", L"-Dstderr.encoding=UTF-8",
    L"--enable-native-access=ALL-UNNAMED", L"-Djava.awt.headless=true",
    L"-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory",
    L"-Dlog4j2.statusLoggerLevel=OFF", NULL
};

/* below this much free space the class-data archive is not written: Java refuses to start on a
 * half-written one */
#define CDS_MIN_FREE_BYTES (128ULL * 1024 * 1024)

#define EXIT_NO_JAVA 3

static wchar_t install_dir[PATH_CHARS];
static wchar_t java_home[PATH_CHARS];
static wchar_t data_dir[PATH_CHARS];
static wchar_t scratch[PATH_CHARS];

/* A message for the user: a message box from nianbao.exe, stderr from nianbaoc.exe. When
 * NIANBAO_TEST_MESSAGE_FILE names a file the text goes there instead (UTF-8), so that the tests under
 * wine can read it with no display and no one to press OK. */
static void tell_user(const wchar_t *text)
{
    static wchar_t hook[PATH_CHARS];
    if (GetEnvironmentVariableW(L"NIANBAO_TEST_MESSAGE_FILE", hook, PATH_CHARS) > 0) {
        HANDLE file = CreateFileW(hook, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
        if (file != INVALID_HANDLE_VALUE) {
            static char utf8[8192];
            int bytes = WideCharToMultiByte(CP_UTF8, 0, text, -1, utf8, sizeof utf8, NULL, NULL);
            DWORD written;
            WriteFile(file, utf8, bytes > 0 ? bytes - 1 : 0, &written, NULL);
            CloseHandle(file);
        }
        return;
    }
#ifdef NIANBAO_CONSOLE
    HANDLE err = GetStdHandle(STD_ERROR_HANDLE);
    DWORD written;
    if (WriteConsoleW(err, text, (DWORD) wcslen(text), &written, NULL)) {
        WriteConsoleW(err, L"\n", 1, &written, NULL);
    } else {
        /* redirected: a file or a pipe gets UTF-8, as Java's own output */
        static char utf8[8192];
        int bytes = WideCharToMultiByte(CP_UTF8, 0, text, -1, utf8, sizeof utf8, NULL, NULL);
        WriteFile(err, utf8, bytes > 0 ? bytes - 1 : 0, &written, NULL);
        WriteFile(err, "\n", 1, &written, NULL);
    }
#else
    MessageBoxW(NULL, text, MSG_TITLE, MB_OK | MB_ICONERROR);
#endif
}

static BOOL is_cli_command(int argc, wchar_t **argv)
{
    if (argc < 2) {
        return FALSE;
    }
    for (int i = 0; CLI_COMMANDS[i] != NULL; i++) {
        if (_wcsicmp(argv[1], CLI_COMMANDS[i]) == 0) {
            return TRUE;
        }
    }
    return FALSE;
}

static BOOL find_launcher_jar(wchar_t *jar)
{
    WIN32_FIND_DATAW found;
    _snwprintf(scratch, PATH_CHARS, L"%ls\\plugins\\org.eclipse.equinox.launcher_*.jar", install_dir);
    HANDLE search = FindFirstFileW(scratch, &found);
    if (search == INVALID_HANDLE_VALUE) {
        return FALSE;
    }
    FindClose(search);
    _snwprintf(jar, PATH_CHARS, L"%ls\\plugins\\%ls", install_dir, found.cFileName);
    return TRUE;
}

/* the user's data folder: NIANBAO_DATA, else %LOCALAPPDATA%\Nianbao (as nianbao.cmd) */
static void find_data_dir(void)
{
    if (GetEnvironmentVariableW(L"NIANBAO_DATA", data_dir, PATH_CHARS) > 0) {
        return;
    }
    if (GetEnvironmentVariableW(L"LOCALAPPDATA", scratch, PATH_CHARS) == 0) {
        GetEnvironmentVariableW(L"USERPROFILE", scratch, PATH_CHARS);
    }
    _snwprintf(data_dir, PATH_CHARS, L"%ls\\Nianbao", scratch);
}

/* An installation under Program Files (the MSI's) cannot be written by its users: Equinox then keeps
 * its configuration in the user's data folder, cascaded over the installation's read-only one. */
static BOOL configuration_writable(void)
{
    _snwprintf(scratch, PATH_CHARS, L"%ls\\configuration\\.nianbao-write-test", install_dir);
    HANDLE probe = CreateFileW(scratch, GENERIC_WRITE, 0, NULL, CREATE_NEW, FILE_FLAG_DELETE_ON_CLOSE, NULL);
    if (probe == INVALID_HANDLE_VALUE) {
        return FALSE;
    }
    CloseHandle(probe);
    return TRUE;
}

/* Class-data sharing: the first start writes an archive of the loaded classes into the user's data
 * folder, later starts map it and start faster. Only where there is room (see CDS_MIN_FREE_BYTES). */
static void append_cds(WideBuffer *line, const wchar_t *name)
{
    static wchar_t cds_dir[PATH_CHARS];
    ULARGE_INTEGER free_bytes;
    if (GetEnvironmentVariableW(L"NIANBAO_NO_CDS", scratch, PATH_CHARS) > 0) {
        return;
    }
    CreateDirectoryW(data_dir, NULL);
    _snwprintf(cds_dir, PATH_CHARS, L"%ls\\cds", data_dir);
    CreateDirectoryW(cds_dir, NULL);
    if (!GetDiskFreeSpaceExW(cds_dir, &free_bytes, NULL, NULL) || free_bytes.QuadPart < CDS_MIN_FREE_BYTES) {
        return;
    }
    _snwprintf(scratch, PATH_CHARS, L"-XX:SharedArchiveFile=%ls\\%ls.jsa", cds_dir, name);
    buffer_append_argument(line, scratch);
    buffer_append(line, L" -XX:+AutoCreateSharedArchive -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off");
}

static int run(int argc, wchar_t **argv)
{
    static wchar_t java[PATH_CHARS];
    static wchar_t jar[PATH_CHARS];
    GetModuleFileNameW(NULL, install_dir, PATH_CHARS);
    *wcsrchr(install_dir, L'\\') = L'\0';

    if (!find_java_home(install_dir, java_home)) {
        tell_user(MSG_NO_JAVA);
        return EXIT_NO_JAVA;
    }
    if (!find_launcher_jar(jar)) {
        tell_user(MSG_INCOMPLETE);
        return EXIT_NO_JAVA;
    }
    find_data_dir();
    BOOL cli = is_cli_command(argc, argv);
#ifdef NIANBAO_CONSOLE
    _snwprintf(java, PATH_CHARS, L"%ls\\bin\\java.exe", java_home);
#else
    _snwprintf(java, PATH_CHARS, L"%ls\\bin\\javaw.exe", java_home);
#endif

    WideBuffer line = { 0 };
    buffer_append(&line, L"");
    buffer_append_argument(&line, java);
    for (int i = 0; VM_ARGS[i] != NULL; i++) {
        buffer_append_argument(&line, VM_ARGS[i]);
    }
    /* C1 alone starts the workbench and a single check faster; bulk work wants the full JIT */
    if (!(cli && (_wcsicmp(argv[1], L"bench-check") == 0 || _wcsicmp(argv[1], L"repo") == 0
            || _wcsicmp(argv[1], L"rollup") == 0 || _wcsicmp(argv[1], L"copies") == 0
            || _wcsicmp(argv[1], L"intake") == 0))) {
        buffer_append(&line, L" -XX:TieredStopAtLevel=1");
    }
    append_cds(&line, cli ? L"cli" : L"workbench");
    /* extra Java options for support cases, as the scripts take them: given as one string, kept as typed */
    if (GetEnvironmentVariableW(L"NIANBAO_VMARGS", scratch, PATH_CHARS) > 0) {
        buffer_append(&line, L" ");
        buffer_append(&line, scratch);
    }
    BOOL shared_configuration = !configuration_writable();
    if (shared_configuration) {
        /* Java's properties, so before -jar */
        _snwprintf(scratch, PATH_CHARS, L"-Dosgi.sharedConfiguration.area=%ls\\configuration\\", install_dir);
        buffer_append_argument(&line, scratch);
        buffer_append(&line, L" -Dosgi.configuration.cascaded=true");
    }
    buffer_append(&line, L" -jar");
    buffer_append_argument(&line, jar);
    if (shared_configuration) {
        buffer_append(&line, L" -configuration");
        _snwprintf(scratch, PATH_CHARS, L"%ls\\configuration", data_dir);
        buffer_append_argument(&line, scratch);
    }
    buffer_append(&line, L" -nosplash");
    if (cli) {
        buffer_append(&line, L" -application cn.nianbao.cli.application -data @noDefault");
    } else {
        _snwprintf(scratch, PATH_CHARS, L"%ls\\workspace", data_dir);
        buffer_append(&line, L" -data");
        buffer_append_argument(&line, scratch);
    }
    for (int i = 1; i < argc; i++) {
        buffer_append_argument(&line, argv[i]);
    }

    STARTUPINFOW startup = { .cb = sizeof startup };
    PROCESS_INFORMATION process;
#ifdef NIANBAO_CONSOLE
    /* the child writes to our console or to wherever our output was redirected */
    startup.dwFlags = STARTF_USESTDHANDLES;
    startup.hStdInput = GetStdHandle(STD_INPUT_HANDLE);
    startup.hStdOutput = GetStdHandle(STD_OUTPUT_HANDLE);
    startup.hStdError = GetStdHandle(STD_ERROR_HANDLE);
#endif
    /* line.text starts with the space buffer_append_argument puts before each argument */
    if (!CreateProcessW(java, line.text + 1, NULL, NULL, TRUE, 0, NULL, NULL, &startup, &process)) {
        _snwprintf(scratch, PATH_CHARS, L"%ls%ls (%lu)", MSG_START_FAILED, java, GetLastError());
        tell_user(scratch);
        return EXIT_NO_JAVA;
    }
    /* stay until Java ends, like eclipse.exe: the exit code is the command line's, and a console's Ctrl+C
     * reaches Java, which ends, rather than leaving Java orphaned behind a returned prompt */
    WaitForSingleObject(process.hProcess, INFINITE);
    DWORD code = 1;
    GetExitCodeProcess(process.hProcess, &code);
    return (int) code;
}

#ifdef NIANBAO_CONSOLE
int wmain(int argc, wchar_t **argv)
{
    /* Java's output is UTF-8 (-Dstdout.encoding); the console shows it as such */
    UINT previous = GetConsoleOutputCP();
    SetConsoleOutputCP(CP_UTF8);
    SetConsoleCtrlHandler(NULL, TRUE);
    int code = run(argc, argv);
    SetConsoleOutputCP(previous);
    return code;
}
#else
int WINAPI wWinMain(HINSTANCE instance, HINSTANCE previous, PWSTR command_line, int show)
{
    (void) instance;
    (void) previous;
    (void) command_line;
    (void) show;
    int argc;
    wchar_t **argv = CommandLineToArgvW(GetCommandLineW(), &argc);
    return run(argc, argv);
}
#endif
