; The Windows installer of qiuxue-desktop (求学圆梦 桌面版): NSIS 3, Unicode, Modern UI 2,
; Simplified Chinese and English pages, per-user or all-users (MultiUser.nsh).
;
;   makensis /DVERSION=0.1.0 /DBUNDLE=dist\qiuxue /DOUTFILE=dist\qiuxue-desktop-setup-0.1.0.exe installer\windows\qiuxue.nsi
;
; VERSION is pyproject.toml's [project] version (the Makefile and installer/README.md pass it);
; BUNDLE is PyInstaller's one-folder bundle (installer/qiuxue.spec). `make installer-check`
; compiles this script on Linux against the Linux bundle's layout; installer/README.md says
; how to build the real one on Windows.
;
; The user's data is never in the installation folder: the application keeps its database,
; backups, logs and settings in the user data folder (%LOCALAPPDATA%\qiuxue-desktop, $DataDir), so
; - the uninstaller removes the program's files only, and leaves that folder as it is;
; - installing a newer version over an older one replaces the program and touches no data; on
;   its first start the new version backs the database up and migrates it (db/migrate.py);
; - an installation folder inside the data folder is refused (CheckInstallDir).

Unicode true
ManifestDPIAware true
; The shipped installer: solid LZMA (the smallest; about 2 minutes for the bundle on 2 cores).
; `make installer-check` passes /DCOMPRESSOR=off: the same script and files, stored uncompressed,
; checked in seconds.
!define /IfNDef COMPRESSOR "/SOLID lzma"
!if "${COMPRESSOR}" == "off"
  SetCompress off
!else
  SetCompressor ${COMPRESSOR}
!endif

!ifndef VERSION
  !error "VERSION is not defined: makensis /DVERSION=x.y.z (pyproject.toml's [project] version)"
!endif
!ifndef BUNDLE
  !error "BUNDLE is not defined: makensis /DBUNDLE=path\to\dist\qiuxue (the PyInstaller bundle)"
!endif
!define /IfNDef OUTFILE "qiuxue-desktop-setup-${VERSION}.exe"
!searchparse /noerrors "${VERSION}" "" VERSION_MAJOR "." VERSION_MINOR "." VERSION_PATCH
!ifndef VERSION_PATCH
  !error "VERSION must be major.minor.patch (got ${VERSION})"
!endif

!define APP_ID "qiuxue-desktop"                   ; folder and registry names: ASCII
!define APP_EXE "qiuxue-desktop.exe"
!define CLI_EXE "qiuxue.exe"
!define PUBLISHER "qiuxue-desktop"
!define UNINSTALL_EXE "uninstall.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
!define SETTINGS_KEY "Software\${APP_ID}"

; The user's data folder (platformdirs' user_data_dir on Windows): the CURRENT user's
; %LOCALAPPDATA%, read before MultiUser switches the shell folders to all users.
Var DataDir

Name "$(AppName)"
OutFile "${OUTFILE}"
BrandingText "$(AppName) ${VERSION}"

VIProductVersion "${VERSION_MAJOR}.${VERSION_MINOR}.${VERSION_PATCH}.0"
VIAddVersionKey /LANG=0 "ProductName" "qiuxue-desktop"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "qiuxue-desktop ${VERSION} setup"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "MIT licence"

; --- per-user or all-users --------------------------------------------------------------------
; An administrator chooses on the first page (all users by default); anyone else installs for
; themselves without a UAC prompt, under %LOCALAPPDATA%\Programs. /AllUsers or /CurrentUser on
; the command line chooses too (with /S for a silent install). A later installation and the
; uninstaller find the mode and the folder of the last one in the registry.
!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_USE_PROGRAMFILES64              ; the bundle is 64-bit Python
!define MULTIUSER_INSTALLMODE_INSTDIR "${APP_ID}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "${SETTINGS_KEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallDir"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "${SETTINGS_KEY}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallMode"
!include MultiUser.nsh
!include MUI2.nsh
!include FileFunc.nsh
!include LogicLib.nsh
!include x64.nsh

; --- pages ------------------------------------------------------------------------------------
!define MUI_ABORTWARNING
!define MUI_LANGDLL_REGISTRY_ROOT SHCTX
!define MUI_LANGDLL_REGISTRY_KEY "${SETTINGS_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"

!define MUI_WELCOMEPAGE_TEXT "$(WelcomeText)"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MULTIUSER_PAGE_INSTALLMODE
!define MUI_PAGE_CUSTOMFUNCTION_LEAVE CheckInstallDir
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_TITLE "$(FinishTitle)"
!define MUI_FINISHPAGE_TEXT "$(FinishText)"
!define MUI_FINISHPAGE_NOREBOOTSUPPORT
!insertmacro MUI_PAGE_FINISH

!define MUI_UNCONFIRMPAGE_TEXT_TOP "$(UninstallKeepsData)"
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default; the language dialog offers both.
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString AppName ${LANG_SIMPCHINESE} "求学圆梦 桌面版"
LangString AppName ${LANG_ENGLISH} "Qiuxue Yuanmeng Desktop"
LangString WelcomeText ${LANG_SIMPCHINESE} "将安装 求学圆梦 桌面版 ${VERSION}：学员登记、学费报销、经费台账和数据上报。$\r$\n$\r$\n如已安装旧版本，本程序会替换旧的程序文件；您的数据库、备份和设置都不在安装文件夹中，不会被改动。新版本第一次启动时会先备份数据库，再升级数据库结构。$\r$\n$\r$\n$_CLICK"
LangString WelcomeText ${LANG_ENGLISH} "This installs Qiuxue Yuanmeng Desktop ${VERSION}: the learner register, tuition claims, fund ledgers and platform reporting.$\r$\n$\r$\nAn older version is replaced; your database, backups and settings are not in the installation folder and are not touched. On its first start the new version backs the database up, then upgrades it.$\r$\n$\r$\n$_CLICK"
LangString FinishTitle ${LANG_SIMPCHINESE} "求学圆梦 桌面版 ${VERSION} 已安装"
LangString FinishTitle ${LANG_ENGLISH} "Qiuxue Yuanmeng Desktop ${VERSION} is installed"
LangString FinishText ${LANG_SIMPCHINESE} "可从“开始”菜单或桌面上的“求学圆梦 桌面版”启动。$\r$\n$\r$\n您的数据（数据库、备份、日志和设置）保存在用户数据文件夹 $DataDir 中，从不保存在安装文件夹里：升级或卸载程序都不会删除它们。请定期把备份复制到 U 盘或其他电脑。$\r$\n$\r$\n命令行程序：$INSTDIR\${CLI_EXE}"
LangString FinishText ${LANG_ENGLISH} "Start it from the Start menu or the desktop shortcut.$\r$\n$\r$\nYour data (database, backups, logs, settings) lives in the user data folder $DataDir, never in the installation folder: upgrading or uninstalling the program never deletes it. Copy the backups to a USB stick or another PC from time to time.$\r$\n$\r$\nCommand line: $INSTDIR\${CLI_EXE}"
LangString UninstallKeepsData ${LANG_SIMPCHINESE} "将删除 求学圆梦 桌面版 的程序文件和快捷方式。您的数据（数据库、备份、日志和设置，在 $DataDir）会保留；如确实不再需要，请在卸载后自行删除该文件夹。"
LangString UninstallKeepsData ${LANG_ENGLISH} "The program's files and shortcuts will be removed. Your data (database, backups, logs, settings in $DataDir) is kept; delete that folder yourself after uninstalling if you no longer need it."
LangString InsideDataFolder ${LANG_SIMPCHINESE} "不能安装到数据文件夹 $DataDir 中，请另选一个文件夹。"
LangString InsideDataFolder ${LANG_ENGLISH} "The program cannot be installed inside the data folder $DataDir: choose another folder."

; --- installing -------------------------------------------------------------------------------

!macro READ_DATA_DIR
  SetShellVarContext current
  StrCpy $DataDir "$LOCALAPPDATA\${APP_ID}"
!macroend

Function .onInit
  !insertmacro READ_DATA_DIR
  !insertmacro MULTIUSER_INIT
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function CheckInstallDir
  ; Never where the data lives: an uninstall or an upgrade must not be able to reach it.
  StrLen $0 "$DataDir"
  StrCpy $1 "$INSTDIR" $0
  ${If} $1 == "$DataDir"
    MessageBox MB_OK|MB_ICONEXCLAMATION "$(InsideDataFolder)"
    Abort
  ${EndIf}
FunctionEnd

Section "-program" SecProgram
  SetOutPath "$INSTDIR"
  ; An upgrade: the old version's program files go first (a module the new version no longer
  ; has must not linger). Only the program's own files: the data folder is elsewhere.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  File /r "${BUNDLE}\*"

  WriteUninstaller "$INSTDIR\${UNINSTALL_EXE}"
  CreateShortcut "$SMPROGRAMS\$(AppName).lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
  CreateShortcut "$DESKTOP\$(AppName).lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0

  WriteRegStr SHCTX "${SETTINGS_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr SHCTX "${SETTINGS_KEY}" "InstallMode" "$MultiUser.InstallMode"
  WriteRegStr SHCTX "${SETTINGS_KEY}" "Version" "${VERSION}"
  WriteRegStr SHCTX "${SETTINGS_KEY}" "ShortcutName" "$(AppName)"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayName" "$(AppName)"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALL_EXE}" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALL_EXE}" /$MultiUser.InstallMode /S'
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

; --- uninstalling -----------------------------------------------------------------------------

Function un.onInit
  !insertmacro READ_DATA_DIR
  !insertmacro MULTIUSER_UNINIT
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "Uninstall"
  ; The shortcuts under the name they were made with (the installer's language then).
  ReadRegStr $0 SHCTX "${SETTINGS_KEY}" "ShortcutName"
  ${If} $0 != ""
    Delete "$SMPROGRAMS\$0.lnk"
    Delete "$DESKTOP\$0.lnk"
  ${EndIf}
  Delete "$SMPROGRAMS\$(AppName).lnk"
  Delete "$DESKTOP\$(AppName).lnk"

  ; The program's files only. The user's data is in $DataDir, never here, and
  ; is left in place; anything else someone put in the folder stays too (RMDir without /r).
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\${UNINSTALL_EXE}"
  RMDir "$INSTDIR"

  DeleteRegKey SHCTX "${UNINSTALL_KEY}"
  DeleteRegKey SHCTX "${SETTINGS_KEY}"
SectionEnd
