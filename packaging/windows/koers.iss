; Inno Setup script: a per-user install of the frozen folder (dist\koers), no admin rights needed.
; Build on Windows after `pyinstaller packaging\koers.spec`:
;   iscc /DAppVersion=0.2.0 packaging\windows\koers.iss      -> dist\Koers-0.2.0-setup.exe
; The vault lives in the user's data folder, never in the install folder: updating or removing
; Koers leaves every vault untouched.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\koers.iss
#endif

[Setup]
AppId={{6F1C2E7A-4B0D-4C8B-9E55-5A0A4D3C9B21}
AppName=Koers
AppVersion={#AppVersion}
AppPublisher=Koers
DefaultDirName={localappdata}\Programs\Koers
DefaultGroupName=Koers
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=Koers-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\koers.ico
UninstallDisplayIcon={app}\koers-app.exe
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
CloseApplications=yes

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\koers\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\Koers"; Filename: "{app}\koers-app.exe"; Parameters: "gui"
Name: "{userdesktop}\Koers"; Filename: "{app}\koers-app.exe"; Parameters: "gui"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Registry]
; The .koers file type, per user: double-clicking a bundle opens Koers on the import screen.
Root: HKCU; Subkey: "Software\Classes\.koers"; ValueType: string; ValueData: "Koers.Bundle"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\Koers.Bundle"; ValueType: string; ValueData: "Koers-bundel"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Koers.Bundle\DefaultIcon"; ValueType: string; ValueData: "{app}\koers-app.exe,0"
Root: HKCU; Subkey: "Software\Classes\Koers.Bundle\shell\open\command"; ValueType: string; ValueData: """{app}\koers-app.exe"" gui ""%1"""

[Run]
Filename: "{app}\koers-app.exe"; Parameters: "gui"; Description: "{cm:LaunchProgram,Koers}"; Flags: nowait postinstall skipifsilent
