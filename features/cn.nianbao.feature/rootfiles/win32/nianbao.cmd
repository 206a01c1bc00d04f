@echo off
rem Starts Nianbao (年报). The native Eclipse launcher is not on Maven Central, so this script finds a
rem Java 21+ and runs the Equinox launcher jar itself.
rem   nianbao [FILE]                 the workbench (with FILE open)
rem   nianbao check|export|rules ... the headless command line (see nianbao --help)
setlocal EnableDelayedExpansion
chcp 65001 >nul
set "HERE=%~dp0"
set "JAVA="
if exist "%HERE%jre\bin\java.exe" set "JAVA=%HERE%jre\bin\java.exe"
if not defined JAVA if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if not defined JAVA for /f "delims=" %%j in ('where java 2^>nul') do if not defined JAVA set "JAVA=%%j"
if not defined JAVA for /d %%d in ("%ProgramFiles%\Eclipse Adoptium\jdk-2*" "%ProgramFiles%\Java\jdk-2*" "%ProgramFiles%\Microsoft\jdk-2*") do if exist "%%d\bin\java.exe" set "JAVA=%%d\bin\java.exe"
if not defined JAVA (
  echo nianbao: Java 21 or newer is needed and none was found ^(JAVA_HOME, PATH, Program Files^). 1>&2
  echo nianbao: 需要 Java 21 或更高版本，但未找到。请安装 JDK 21+ 或设置 JAVA_HOME。 1>&2
  exit /b 3
)
set "MAJOR="
rem The command is wrapped in one more pair of quotes: for /f runs it with cmd /c, which strips the outer
rem pair of quotes whenever the line does not hold just one quoted program name (the Java path with the
rem redirection after it does not). Inside that pair the redirection is quoted, so it takes no carets.
rem No findstr: tokens 1 and 3 of "java.specification.version = 21" are the name and the version.
for /f "tokens=1,3" %%a in ('""!JAVA!" -XshowSettings:properties -version 2>&1"') do if "%%a"=="java.specification.version" set "MAJOR=%%b"
if defined MAJOR if !MAJOR! LSS 21 (
  echo nianbao: !JAVA! is Java !MAJOR!; Nianbao needs Java 21 or newer. 1>&2
  exit /b 3
)
rem the jar's name from dir /b, not from a quoted wildcard set of for: the path of an installation folder
rem with spaces must be quoted, and a quoted set gave the quotes back with the name (wine matches none)
set "LAUNCHER="
for /f "delims=" %%f in ('dir /b "%HERE%plugins\org.eclipse.equinox.launcher_*.jar" 2^>nul') do set "LAUNCHER=%HERE%plugins\%%f"
if not defined LAUNCHER (
  echo nianbao: the installation in %HERE% is incomplete ^(no launcher jar in plugins^). 1>&2
  exit /b 3
)
if not defined NIANBAO_DATA set "NIANBAO_DATA=%LOCALAPPDATA%\Nianbao"
set "VMARGS=-Xms64m -Xmx1g -XX:+UseSerialGC --enable-native-access=ALL-UNNAMED -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -Djava.awt.headless=true -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory -Dlog4j2.statusLoggerLevel=OFF"
set "CMD=%~1"
rem C1 alone starts the workbench and a single check faster; bulk work wants the full JIT (as nianbao.exe and the Linux script)
set "JIT=-XX:TieredStopAtLevel=1"
for %%c in (bench-check repo rollup copies intake) do if /i "%CMD%"=="%%c" set "JIT="
for %%c in (check export rules repo compare rollup trend copies intake new accept fetch score status comment bench-check help --help -h --version) do if /i "%CMD%"=="%%c" goto cli
if not exist "%NIANBAO_DATA%\cds" mkdir "%NIANBAO_DATA%\cds"
rem class-data sharing archive in the user's data folder: faster later starts, renewed when Java changes
start "" "%JAVA:java.exe=javaw.exe%" %VMARGS% %JIT% "-XX:SharedArchiveFile=%NIANBAO_DATA%\cds\workbench.jsa" -XX:+AutoCreateSharedArchive -Xlog:cds=off -jar "%LAUNCHER%" -nosplash -data "%NIANBAO_DATA%\workspace" %*
exit /b 0
:cli
"%JAVA%" %VMARGS% %JIT% -jar "%LAUNCHER%" -nosplash -application cn.nianbao.cli.application -data @noDefault %*
exit /b %ERRORLEVEL%
