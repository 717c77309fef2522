; Till Complaint Logger: Windows installer (Inno Setup 6).
;
;   python packaging\build_bundle.py --installer
; builds dist\TillComplaintLogger with PyInstaller, then runs
;   ISCC /DAppVersion=<desktop_app.__version__> /DDistDir=<dist> /O<dist>\installer installer.iss
;
; A per-machine install of the one-folder bundle under Program Files. The program keeps its
; database and backups in each user's data folder, %LOCALAPPDATA%\TillComplaintLogger
; (platformdirs user_data_dir("TillComplaintLogger", appauthor=False)), never in {app}.
; Uninstalling keeps that folder unless the user answers Yes to the question (default No).

; The version comes from desktop_app/__init__.py through /DAppVersion; the default only
; marks a hand-compiled installer.
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
; The PyInstaller output folder (relative to this script unless given absolute).
#ifndef DistDir
  #define DistDir "..\dist"
#endif

#define AppName "Till Complaint Logger"
; Must match the spec's COLLECT name and EXE names (tests/packaging/test_installer_script.py).
#define BundleName "TillComplaintLogger"
#define AppExeName "TillComplaintLogger.exe"
#define CliExeName "complaint-logger.exe"
; Must match desktop_app/services/context.py default_db_path().
#define DataFolderName "TillComplaintLogger"

[Setup]
AppId={{3CA9D6B8-72EE-4ACB-ABEE-F3324AD474C1}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputBaseFilename=TillComplaintLogger-{#AppVersion}-setup
SetupIconFile=icon.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
CloseApplications=yes
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#DistDir}\{#BundleName}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
; runasoriginaluser: the first start creates the database in the user's own folder, not the
; administrator's.
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent runasoriginaluser

[UninstallDelete]
; Alembic compiles the migration scripts beside themselves when it can; remove those caches.
; (Only inside {app}: the user's data folder is handled in [Code] below.)
Type: filesandordirs; Name: "{app}\_internal\db\__pycache__"
Type: filesandordirs; Name: "{app}\_internal\db\versions\__pycache__"

[Code]
{ The user's data folder: the database, its automatic backups and settings. }
function DataFolder(): String;
begin
  Result := ExpandConstant('{localappdata}\{#DataFolderName}');
end;

{ Ask before deleting the records; No is the default and the answer for silent uninstalls. }
function ShouldDeleteData(const Folder: String): Boolean;
begin
  Result := SuppressibleMsgBox(
    'Also delete the complaint and incident records, their automatic backups and the ' +
    'settings in' + #13#10 + Folder + '?' + #13#10#13#10 +
    'Choose No to keep them (recommended: shops may have to keep these records, and a ' +
    'later installation will find them again). Deleted records cannot be recovered.',
    mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Folder: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    Folder := DataFolder();
    if DirExists(Folder) and ShouldDeleteData(Folder) then
    begin
      if not DelTree(Folder, True, True, True) then
        MsgBox('Some files in ' + Folder + ' could not be deleted.', mbError, MB_OK);
    end;
  end;
end;
