@echo off
rem Runs Nianbao (年报) from this checkout on Windows: builds the product first when it is missing
rem (set NIANBAO_REBUILD=1 to rebuild after changing the sources), then starts it.
setlocal
set "ROOT=%~dp0"
set "PRODUCT=%ROOT%releng\cn.nianbao.product\target\products\cn.nianbao.product\win32\win32\x86_64\nianbao"
if defined NIANBAO_REBUILD goto build
if exist "%PRODUCT%\nianbao.cmd" goto run
:build
echo nianbao: building the product from the sources (a few minutes)... 1>&2
call "%ROOT%mvnw.cmd" -B -ntp -f "%ROOT%pom.xml" -DskipTests package > "%ROOT%nianbao-build.log" 2>&1
if errorlevel 1 (
  echo nianbao: the build failed, see %ROOT%nianbao-build.log 1>&2
  exit /b 3
)
:run
call "%PRODUCT%\nianbao.cmd" %*
exit /b %ERRORLEVEL%
