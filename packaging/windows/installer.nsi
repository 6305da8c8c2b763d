; The Windows installer of Navixy Panel (NSIS; built by scripts/package).
; makensis -DVERSION=0.1.0 -DSOURCE=<folder with navixy-panel.exe> -DOUT=<setup.exe>
; 64-bit, as the program is: it installs and runs on 64-bit Windows 10 and 11.
Target amd64-unicode
!include "MUI2.nsh"

Name "Navixy Panel"
OutFile "${OUT}"
InstallDir "$LOCALAPPDATA\Programs\Navixy Panel"
InstallDirRegKey HKCU "Software\Navixy Panel" "InstallDir"
RequestExecutionLevel user
SetCompressor /SOLID lzma

!define MUI_ICON "${SOURCE}\navixy-panel.ico"
!define MUI_UNICON "${SOURCE}\navixy-panel.ico"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Russian"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "Navixy Panel"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "Admin panel for Navixy dealers"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "Navixy Panel developers"

Section "Navixy Panel"
  SetOutPath "$INSTDIR"
  File "${SOURCE}\navixy-panel.exe"
  File "${SOURCE}\navixy-panel.ico"
  File "${SOURCE}\README.md"
  File "${SOURCE}\fonts-license.txt"
  WriteUninstaller "$INSTDIR\Uninstall.exe"
  WriteRegStr HKCU "Software\Navixy Panel" "InstallDir" "$INSTDIR"
  CreateShortCut "$SMPROGRAMS\Navixy Panel.lnk" "$INSTDIR\navixy-panel.exe" "" "$INSTDIR\navixy-panel.ico"
  CreateShortCut "$DESKTOP\Navixy Panel.lnk" "$INSTDIR\navixy-panel.exe" "" "$INSTDIR\navixy-panel.ico"
  WriteRegStr HKCU "Software\Microsoft\Windows\CurrentVersion\Uninstall\NavixyPanel" "DisplayName" "Navixy Panel"
  WriteRegStr HKCU "Software\Microsoft\Windows\CurrentVersion\Uninstall\NavixyPanel" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "Software\Microsoft\Windows\CurrentVersion\Uninstall\NavixyPanel" "DisplayIcon" "$INSTDIR\navixy-panel.ico"
  WriteRegStr HKCU "Software\Microsoft\Windows\CurrentVersion\Uninstall\NavixyPanel" "UninstallString" "$INSTDIR\Uninstall.exe"
  WriteRegDWORD HKCU "Software\Microsoft\Windows\CurrentVersion\Uninstall\NavixyPanel" "NoModify" 1
SectionEnd

Section "Uninstall"
  Delete "$INSTDIR\navixy-panel.exe"
  Delete "$INSTDIR\navixy-panel.ico"
  Delete "$INSTDIR\README.md"
  Delete "$INSTDIR\fonts-license.txt"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\Navixy Panel.lnk"
  Delete "$DESKTOP\Navixy Panel.lnk"
  DeleteRegKey HKCU "Software\Microsoft\Windows\CurrentVersion\Uninstall\NavixyPanel"
  DeleteRegKey HKCU "Software\Navixy Panel"
SectionEnd
