; oficinavirtual: links (the activation and password-reset emails) open the app, for this user
; only (HKCU), so no administrator rights are needed. The running app takes the link over
; (SingleInstance) when it is already open.
WriteRegStr HKCU "Software\Classes\oficinavirtual" "" "URL:Oficina Virtual"
WriteRegStr HKCU "Software\Classes\oficinavirtual" "URL Protocol" ""
WriteRegStr HKCU "Software\Classes\oficinavirtual\DefaultIcon" "" "$INSTDIR\bin\oficina-virtual.exe,0"
WriteRegStr HKCU "Software\Classes\oficinavirtual\shell\open\command" "" '"$INSTDIR\bin\oficina-virtual.exe" "%1"'
