; Inno Setup 6 script: the Windows installer for Consortium Planner.
;
; Build the bundle first (on Windows: .venv\Scripts\pyinstaller --noconfirm installer\consortium-planner.spec),
; then compile this script from the repository root:
;
;   iscc installer\windows\consortium-planner.iss
;
; It writes dist\consortium-planner-VERSION-windows-x64-setup.exe. The bundle holds two programs:
; consortium-planner.exe (the window, used by the start menu and .cpw files) and
; consortium-planner-cli.exe (the batch commands, for a terminal). The version comes from the
; bundle's executable (the spec stamps the package version into it); /DAppVersion=... overrides.
;
; Installs for the current user by default (no administrator rights, under %LOCALAPPDATA%\Programs),
; adds a start-menu entry, makes .cpw workspace files open in the app, and registers an
; uninstaller in "Installed apps". An administrator may still choose an all-users install from
; the dialog Inno Setup offers (PrivilegesRequiredOverridesAllowed).

#define AppName "Consortium Planner"
#define ExeName "consortium-planner.exe"
#define BundleDir AddBackslash(SourcePath) + "..\..\dist\consortium-planner"
#define ProgId "ConsortiumPlanner.Workspace"
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(BundleDir + "\" + ExeName, PRODUCT_VERSION)
#endif
#if AppVersion == ""
  #error "No version: build the bundle first (dist\consortium-planner\consortium-planner.exe) or pass /DAppVersion=..."
#endif

[Setup]
; AppId identifies the app across upgrades and for the uninstaller: never change it.
AppId={{6B1E677E-8610-42E7-912B-26CDB276A457}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Consortium Planner contributors
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=consortium-planner-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\consortium-planner.ico
UninstallDisplayIcon={app}\{#ExeName}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "czech"; MessagesFile: "compiler:Languages\Czech.isl"
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "finnish"; MessagesFile: "compiler:Languages\Finnish.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "italian"; MessagesFile: "compiler:Languages\Italian.isl"
Name: "polish"; MessagesFile: "compiler:Languages\Polish.isl"
Name: "portuguese"; MessagesFile: "compiler:Languages\Portuguese.isl"
Name: "slovenian"; MessagesFile: "compiler:Languages\Slovenian.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#ExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#ExeName}"; Tasks: desktopicon

[Registry]
; .cpw -> ConsortiumPlanner.Workspace, which opens with the app. HKA is HKCU for a per-user
; install and HKLM for an all-users one; the uninstaller removes what it added.
Root: HKA; Subkey: "Software\Classes\.cpw"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.cpw\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{#AppName} workspace"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#ExeName},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#ExeName}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#ExeName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#ExeName}\SupportedTypes"; ValueType: string; ValueName: ".cpw"; ValueData: ""

[Run]
Filename: "{app}\{#ExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
