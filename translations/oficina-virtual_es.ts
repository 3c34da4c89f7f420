<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <source>Oficina Virtual</source>
        <translation>Oficina Virtual</translation>
    </message>
</context>
<context>
    <name>ov::AppController</name>
    <message>
        <source>Enter a full https:// address (http:// only for this computer).</source>
        <translation>Escriba una dirección completa https:// (http:// solo para este equipo).</translation>
    </message>
    <message>
        <source>No server answered at that address.</source>
        <translation>Ningún servidor respondió en esa dirección.</translation>
    </message>
    <message>
        <source>That address does not look like an Oficina Virtual server.</source>
        <translation>Esa dirección no parece ser un servidor de Oficina Virtual.</translation>
    </message>
</context>
<context>
    <name>ov::ComingSoonPage</name>
    <message>
        <source>%1
This section is coming in a later version of Oficina Virtual.</source>
        <translation>%1
Esta sección llegará en una próxima versión de Oficina Virtual.</translation>
    </message>
</context>
<context>
    <name>ov::ContractDetailPanel</name>
    <message>
        <source>Contract details</source>
        <translation>Detalle del contrato</translation>
    </message>
    <message>
        <source>Contract number:</source>
        <translation>Número de contrato:</translation>
    </message>
    <message>
        <source>Alias:</source>
        <translation>Alias:</translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation>Titular:</translation>
    </message>
    <message>
        <source>Supply address:</source>
        <translation>Dirección del suministro:</translation>
    </message>
    <message>
        <source>Billing address:</source>
        <translation>Dirección de facturación:</translation>
    </message>
    <message>
        <source>Tariff:</source>
        <translation>Tarifa:</translation>
    </message>
    <message>
        <source>Meter:</source>
        <translation>Medidor:</translation>
    </message>
    <message>
        <source>Contract date:</source>
        <translation>Fecha del contrato:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>To pay:</source>
        <translation>Por pagar:</translation>
    </message>
    <message>
        <source>Last invoice:</source>
        <translation>Última factura:</translation>
    </message>
    <message>
        <source>C&amp;lose details</source>
        <translation>&amp;Cerrar detalle</translation>
    </message>
    <message>
        <source>Close the contract details</source>
        <translation>Cerrar el detalle del contrato</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Contrato %1</translation>
    </message>
    <message>
        <source>%1 — contract %2</source>
        <translation>%1 — contrato %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>%1 for %2, due %3</source>
        <translation>%1 de %2, vence el %3</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aún ninguna)</translation>
    </message>
</context>
<context>
    <name>ov::ContractTableModel</name>
    <message>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Invoice for %1, due %2</source>
        <translation>Factura de %1, vence el %2</translation>
    </message>
    <message>
        <source>To pay: %1</source>
        <translation>Por pagar: %1</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Supply address</source>
        <translation>Dirección del suministro</translation>
    </message>
    <message>
        <source>Last invoice</source>
        <translation>Última factura</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>ov::ContractsPage</name>
    <message>
        <source>Search contracts</source>
        <translation>Buscar contratos</translation>
    </message>
    <message>
        <source>Search by contract, alias, address or meter (Ctrl+F)</source>
        <translation>Buscar por contrato, alias, dirección o medidor (Ctrl+F)</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contratos</translation>
    </message>
    <message>
        <source>No contracts to show yet.</source>
        <translation>Aún no hay contratos para mostrar.</translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s)</source>
        <translation>
            <numerusform>%n contrato</numerusform>
            <numerusform>%n contratos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n contract(s)</source>
        <translation>
            <numerusform>%1 de %n contrato</numerusform>
            <numerusform>%1 de %n contratos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ov::MainWindow</name>
    <message>
        <source>Update now</source>
        <translation>Actualizar ahora</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Su sesión terminó. Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>Keychain not available</source>
        <translation>Llavero no disponible</translation>
    </message>
    <message>
        <source>This computer has no password keychain that Oficina Virtual can use, so it cannot keep you signed in. You will need to sign in each time you open it.</source>
        <translation>Este equipo no tiene un llavero de contraseñas que Oficina Virtual pueda usar, así que no puede mantener su sesión iniciada. Deberá iniciar sesión cada vez que la abra.</translation>
    </message>
    <message>
        <source>%1 — Oficina Virtual</source>
        <translation>%1 — Oficina Virtual</translation>
    </message>
    <message>
        <source>Oficina Virtual</source>
        <translation>Oficina Virtual</translation>
    </message>
    <message>
        <source>the last update failed</source>
        <translation>la última actualización falló</translation>
    </message>
</context>
<context>
    <name>ov::OfflineBanner</name>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Try to connect again</source>
        <translation>Intentar conectarse de nuevo</translation>
    </message>
    <message>
        <source>Offline — the server cannot be reached. Showing your data as of %1.</source>
        <translation>Sin conexión — no se puede contactar el servidor. Se muestran sus datos al %1.</translation>
    </message>
    <message>
        <source>Offline — the server cannot be reached.</source>
        <translation>Sin conexión — no se puede contactar el servidor.</translation>
    </message>
</context>
<context>
    <name>ov::ProfileChooserPage</name>
    <message>
        <source>Choose your utility</source>
        <translation>Elija su empresa de servicios</translation>
    </message>
    <message>
        <source>Oficina Virtual works with any utility that offers it. Pick yours from the list, or add it with the address it gave you.</source>
        <translation>Oficina Virtual funciona con cualquier empresa de servicios que la ofrezca. Elija la suya de la lista o agréguela con la dirección que le dieron.</translation>
    </message>
    <message>
        <source>Utilities</source>
        <translation>Empresas de servicios</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>Continue with the selected utility</source>
        <translation>Continuar con la empresa seleccionada</translation>
    </message>
    <message>
        <source>Address of another utility</source>
        <translation>Dirección de otra empresa</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <source>Add the utility at this address</source>
        <translation>Agregar la empresa en esta dirección</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Another utility&apos;s &amp;address:</source>
        <translation>&amp;Dirección de otra empresa:</translation>
    </message>
    <message>
        <source>Enter the address your utility gave you.</source>
        <translation>Escriba la dirección que le dio su empresa de servicios.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <source>Added. Select it and press Continue.</source>
        <translation>Agregada. Selecciónela y pulse Continuar.</translation>
    </message>
</context>
<context>
    <name>ov::SignInPage</name>
    <message>
        <source>Username or email</source>
        <translation>Usuario o correo electrónico</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Keep me signed in on this computer</source>
        <translation>&amp;Mantener la sesión iniciada en este equipo</translation>
    </message>
    <message>
        <source>Keep me signed in on this computer</source>
        <translation>Mantener la sesión iniciada en este equipo</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Mensaje de inicio de sesión</translation>
    </message>
    <message>
        <source>C&amp;hange utility</source>
        <translation>Cam&amp;biar de empresa</translation>
    </message>
    <message>
        <source>Choose another utility</source>
        <translation>Elegir otra empresa</translation>
    </message>
    <message>
        <source>&amp;Username or email:</source>
        <translation>&amp;Usuario o correo:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Sign in to see your contracts, invoices and consumption.</source>
        <translation>Inicie sesión para ver sus contratos, facturas y consumos.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your internet connection and try again.</source>
        <translation>No se puede contactar el servidor. Revise su conexión a internet e intente de nuevo.</translation>
    </message>
    <message>
        <source>The server&apos;s identity could not be verified, so the connection was stopped.</source>
        <translation>No se pudo verificar la identidad del servidor, así que se detuvo la conexión.</translation>
    </message>
    <message>
        <source>The username or password is not correct.</source>
        <translation>El usuario o la contraseña no son correctos.</translation>
    </message>
    <message numerus="yes">
        <source>Your account is locked after several failed attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Su cuenta está bloqueada por varios intentos fallidos. Intente de nuevo en %n minuto.</numerusform>
            <numerusform>Su cuenta está bloqueada por varios intentos fallidos. Intente de nuevo en %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>If you need help now: %1</source>
        <translation>Si necesita ayuda ahora: %1</translation>
    </message>
    <message>
        <source>Your account is not activated yet. Open the activation link we sent to your email.</source>
        <translation>Su cuenta aún no está activada. Abra el enlace de activación que enviamos a su correo.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a moment and try again.</source>
        <translation>Demasiados intentos. Espere un momento e intente de nuevo.</translation>
    </message>
    <message>
        <source>Signing in did not work (%1). Please try again.</source>
        <translation>No se pudo iniciar sesión (%1). Intente de nuevo.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Escriba su contraseña.</translation>
    </message>
    <message>
        <source>Enter your username or email.</source>
        <translation>Escriba su usuario o correo electrónico.</translation>
    </message>
    <message>
        <source>Check your username or email.</source>
        <translation>Revise su usuario o correo electrónico.</translation>
    </message>
    <message>
        <source>Check your password.</source>
        <translation>Revise su contraseña.</translation>
    </message>
</context>
<context>
    <name>ov::SyncStatusWidget</name>
    <message>
        <source>Sync progress</source>
        <translation>Progreso de la actualización</translation>
    </message>
    <message>
        <source>Update now</source>
        <translation>Actualizar ahora</translation>
    </message>
    <message>
        <source>Update now (F5)</source>
        <translation>Actualizar ahora (F5)</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>hace un momento</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Updating… %1 of %2</source>
        <translation>Actualizando… %1 de %2</translation>
    </message>
    <message>
        <source>Offline — never updated</source>
        <translation>Sin conexión — nunca actualizado</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>Aún sin actualizar</translation>
    </message>
    <message>
        <source>Offline — last updated %1</source>
        <translation>Sin conexión — última actualización %1</translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation>Última actualización %1</translation>
    </message>
</context>
<context>
    <name>ov::WorkspaceWidget</name>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contratos</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>Your invoices, their PDFs and online payment.</source>
        <translation>Sus facturas, sus PDF y el pago en línea.</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Consumo</translation>
    </message>
    <message>
        <source>Charts of your consumption and meter readings.</source>
        <translation>Gráficas de su consumo y lecturas del medidor.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Requests and complaints (PQRS) and their answers.</source>
        <translation>Peticiones, quejas y reclamos (PQRS) y sus respuestas.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Your personal data, password and notifications.</source>
        <translation>Sus datos personales, contraseña y notificaciones.</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>C&amp;ontract:</source>
        <translation>C&amp;ontrato:</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
</context>
</TS>
