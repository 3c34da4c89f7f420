; Undo url-protocol-install.nsh.
DeleteRegKey HKCU "Software\Classes\oficinavirtual"
