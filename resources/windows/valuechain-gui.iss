; Inno Setup script of the Windows installer of valuechain-gui (Inno Setup 6).
;
; Packs the one-folder app that `python tools/build_app.py` writes in dist\valuechain-gui\ into
; dist\valuechain-gui-VERSION-setup.exe:
;   iscc /DAppVersion=0.1.0 resources\windows\valuechain-gui.iss
; - a per-user install that needs no administrator rights (PrivilegesRequired=lowest: the app
;   goes to %LOCALAPPDATA%\Programs\valuechain-gui, the file type to HKCU\Software\Classes);
; - .vchain files open with the app (double-click, "Open with"), the file's path passed quoted
;   ("%1"), so paths with spaces and accents arrive whole;
; - a Start menu entry, a desktop shortcut if asked; the installer speaks French or English.
; Built by .github/workflows/release.yml on a Windows runner; not tested on this project's
; Linux machines (see README, "Installing without Python").

#define AppName "valuechain-gui"
#define AppExe "valuechain-gui.exe"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{8E3C7A52-6D2B-4C8F-9B1E-2F6A4D9C0B17}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=valuechain_gui
SourceDir=..\..
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
OutputDir=dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=resources\icons\valuechain-gui.ico
UninstallDisplayIcon={app}\{#AppExe}
ChangesAssociations=yes
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "dist\valuechain-gui\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; HKA is HKCU\Software\Classes for a per-user install: no administrator rights needed.
Root: HKA; Subkey: "Software\Classes\.vchain"; ValueType: string; ValueName: ""; ValueData: "ValueChainGui.Project"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.vchain"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-valuechain-project"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.vchain\OpenWithProgids"; ValueType: string; ValueName: "ValueChainGui.Project"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\ValueChainGui.Project"; ValueType: string; ValueName: ""; ValueData: "Value chain project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\ValueChainGui.Project\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\ValueChainGui.Project\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".vchain"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".xlsx"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".csv"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
