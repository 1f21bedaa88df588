; Windows installer for Gateway Doctor (NSIS 3). Built on Windows, by .github/workflows/release.yml
; on a version tag; see packaging/README.md.
;
;   cargo build --release
;   makensis /DVERSION=0.1.0 packaging\windows\installer.nsi
;
; Writes target\gateway-doctor-VERSION-setup.exe: installs gateway-doctor.exe under Program Files,
; a Start menu shortcut, and an uninstaller registered in "Apps & features".

Unicode true
!ifndef VERSION
  !error "pass the version: makensis /DVERSION=x.y.z packaging\windows\installer.nsi"
!endif

!define NAME "Gateway Doctor"
!define EXE "gateway-doctor.exe"
!define PROJECT_URL "https://github.com/gateway-doctor/gateway-doctor"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\GatewayDoctor"

Name "${NAME} ${VERSION}"
OutFile "..\..\target\gateway-doctor-${VERSION}-setup.exe"
InstallDir "$PROGRAMFILES64\${NAME}"
InstallDirRegKey HKLM "${UNINST_KEY}" "InstallLocation"
RequestExecutionLevel admin
SetCompressor /SOLID lzma
Icon "gateway-doctor.ico"
UninstallIcon "gateway-doctor.ico"

!include "MUI2.nsh"
!define MUI_ICON "gateway-doctor.ico"
!define MUI_UNICON "gateway-doctor.ico"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!insertmacro MUI_PAGE_LICENSE "..\..\LICENSE-MIT"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Section "Install"
  SetOutPath "$INSTDIR"
  File "..\..\target\release\${EXE}"
  File "gateway-doctor.ico"
  File "..\..\LICENSE-MIT"
  File "..\..\LICENSE-APACHE"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortCut "$SMPROGRAMS\${NAME}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\gateway-doctor.ico"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayName" "${NAME}"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINST_KEY}" "Publisher" "Gateway Doctor contributors"
  WriteRegStr HKLM "${UNINST_KEY}" "URLInfoAbout" "${PROJECT_URL}"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\gateway-doctor.ico"
  WriteRegStr HKLM "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${NAME}.lnk"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\gateway-doctor.ico"
  Delete "$INSTDIR\LICENSE-MIT"
  Delete "$INSTDIR\LICENSE-APACHE"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINST_KEY}"
SectionEnd
