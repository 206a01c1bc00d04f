; The Windows installer of Nianbao (年报), made by releng/scripts/build-installers.sh with makensis.
; Per user, into %LOCALAPPDATA%\Programs\Nianbao: an officer installs without administrator rights, and
; IT departments that deploy per machine take the MSI (nianbao.wxs) instead.
; Defines from the build: VERSION (0.1.0), SOURCE (the materialized win32 product folder), ICON, OUTFILE.
Unicode true
Target amd64-unicode
SetCompressor /SOLID lzma
RequestExecutionLevel user
ManifestDPIAware true

!include MUI2.nsh

Name "$(ProductName)"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\Nianbao"
InstallDirRegKey HKCU "Software\Nianbao" "InstallDir"
BrandingText "Nianbao ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "Nianbao"
VIAddVersionKey /LANG=0 "FileDescription" "Nianbao setup"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"

!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Nianbao"
!define FILE_CLASS "Nianbao.Report"
; one name in both languages, so that an uninstaller run in the other language finds it
!define SHORTCUT "$SMPROGRAMS\年报 Nianbao.lnk"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\nianbao.exe"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
; the first language is the default when Windows' own is neither
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"

LangString ProductName ${LANG_SIMPCHINESE} "年报"
LangString ProductName ${LANG_ENGLISH} "Nianbao"
LangString FileTypeName ${LANG_SIMPCHINESE} "年报文件"
LangString FileTypeName ${LANG_ENGLISH} "Nianbao report"

!ifdef SIGN
; the uninstaller is written inside the installer; it is signed too when the build is given a certificate
!uninstfinalize '"${SIGN}" "%1"'
!endif

Function .onInit
    ; a language choice for people, none for a silent deployment (/S)
    IfSilent +2
    !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Section "Nianbao"
    SetOutPath "$INSTDIR"
    ; an update replaces the program files; user data lives in %LOCALAPPDATA%\Nianbao and is not touched
    RMDir /r "$INSTDIR\plugins"
    RMDir /r "$INSTDIR\features"
    RMDir /r "$INSTDIR\jre"
    File /r "${SOURCE}\*"
    WriteUninstaller "$INSTDIR\uninstall.exe"
    WriteRegStr HKCU "Software\Nianbao" "InstallDir" "$INSTDIR"

    CreateShortCut "${SHORTCUT}" "$INSTDIR\nianbao.exe" "" "$INSTDIR\nianbao.exe" 0

    ; .nianbao opens in the workbench (per user: HKCU\Software\Classes needs no administrator)
    WriteRegStr HKCU "Software\Classes\.nianbao" "" "${FILE_CLASS}"
    WriteRegStr HKCU "Software\Classes\${FILE_CLASS}" "" "$(FileTypeName)"
    WriteRegStr HKCU "Software\Classes\${FILE_CLASS}\DefaultIcon" "" "$INSTDIR\nianbao.exe,0"
    WriteRegStr HKCU "Software\Classes\${FILE_CLASS}\shell\open\command" "" '"$INSTDIR\nianbao.exe" "%1"'
    ; tell Explorer the association changed (SHCNE_ASSOCCHANGED)
    System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

    WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "$(ProductName) Nianbao"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "Nianbao"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\nianbao.exe,0"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
    WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
    WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
    WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
    ; only what the installer put there (the folder may have been chosen by hand and hold other things);
    ; the user's reports, repository and settings in %LOCALAPPDATA%\Nianbao stay
    RMDir /r "$INSTDIR\plugins"
    RMDir /r "$INSTDIR\features"
    RMDir /r "$INSTDIR\jre"
    RMDir /r "$INSTDIR\p2"
    RMDir /r "$INSTDIR\configuration"
    Delete "$INSTDIR\nianbao.exe"
    Delete "$INSTDIR\nianbaoc.exe"
    Delete "$INSTDIR\nianbao.cmd"
    Delete "$INSTDIR\.eclipseproduct"
    Delete "$INSTDIR\eclipse.ini"
    Delete "$INSTDIR\artifacts.xml"
    Delete "$INSTDIR\uninstall.exe"
    RMDir "$INSTDIR"
    Delete "${SHORTCUT}"
    ; an association another program has taken over since is left to it
    ReadRegStr $0 HKCU "Software\Classes\.nianbao" ""
    StrCmp $0 "${FILE_CLASS}" 0 +2
    DeleteRegKey HKCU "Software\Classes\.nianbao"
    DeleteRegKey HKCU "Software\Classes\${FILE_CLASS}"
    System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
    DeleteRegKey HKCU "${UNINSTALL_KEY}"
    DeleteRegKey HKCU "Software\Nianbao"
SectionEnd

Function un.onInit
    !insertmacro MUI_UNGETLANGUAGE
FunctionEnd
