<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>BillExplanationText</name>
    <message>
        <source>%1%</source>
        <extracomment>A percentage; %1 is the number (&quot;18%&quot; in English, &quot;18 %&quot; in Spanish).</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>This bill is %1 more than the one for %2.</source>
        <translation>Esta factura es %1 más que la de %2.</translation>
    </message>
    <message>
        <source>This bill is %1 less than the one for %2.</source>
        <translation>Esta factura es %1 menos que la de %2.</translation>
    </message>
    <message>
        <source>This bill is the same as the one for %1.</source>
        <translation>Esta factura es igual a la de %1.</translation>
    </message>
    <message>
        <source>You used %1 more %2 a day: %3</source>
        <translation>Consumiste un %1 más de %2 por día: %3</translation>
    </message>
    <message>
        <source>You used %1 less %2 a day: %3</source>
        <translation>Consumiste un %1 menos de %2 por día: %3</translation>
    </message>
    <message>
        <source>Your consumption: %1</source>
        <translation>Tu consumo: %1</translation>
    </message>
    <message>
        <source>The price per %1 went up %2: %3</source>
        <translation>El precio por %1 subió un %2: %3</translation>
    </message>
    <message>
        <source>The price per %1 went down %2: %3</source>
        <translation>El precio por %1 bajó un %2: %3</translation>
    </message>
    <message>
        <source>Prices, taxes and subsidies per %1: %2</source>
        <translation>Precios, impuestos y subsidios por %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The period was %n day(s) longer: %1</source>
        <translation>
            <numerusform>El periodo tuvo %n día más: %1</numerusform>
            <numerusform>El periodo tuvo %n días más: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The period was %n day(s) shorter: %1</source>
        <translation>
            <numerusform>El periodo tuvo %n día menos: %1</numerusform>
            <numerusform>El periodo tuvo %n días menos: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Fixed charges and corrections: %1</source>
        <translation>Cargos fijos y ajustes: %1</translation>
    </message>
</context>
<context>
    <name>CategoryChoices</name>
    <message>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <source>Service queries</source>
        <translation>Consultas del servicio</translation>
    </message>
    <message>
        <source>Suggestions, opinions and other</source>
        <translation>Sugerencias, opiniones y otros</translation>
    </message>
    <message>
        <source>Problems with the digital channels</source>
        <translation>Problemas con los canales digitales</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
</context>
<context>
    <name>DescriptionCounter</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 de %2 caracteres</translation>
    </message>
</context>
<context>
    <name>NotificationText</name>
    <message>
        <source>New invoice for %1</source>
        <translation>Nueva factura de %1</translation>
    </message>
    <message>
        <source>Your invoice %1 is due in 3 days</source>
        <translation>Su factura %1 vence en 3 días</translation>
    </message>
    <message>
        <source>Your request %1 was answered</source>
        <translation>Su solicitud %1 fue respondida</translation>
    </message>
    <message>
        <source>We will review your reading of %1</source>
        <translation>Revisaremos su lectura de %1</translation>
    </message>
    <message>
        <source>Invoice %1 for %2 is due on %3.</source>
        <translation>La factura %1 por %2 vence el %3.</translation>
    </message>
    <message>
        <source>“%1” has an answer from the utility.</source>
        <translation>«%1» tiene una respuesta de la empresa.</translation>
    </message>
    <message>
        <source>The reading you entered is much higher than usual; the utility will check it before billing.</source>
        <translation>La lectura que ingresó es mucho más alta que de costumbre; la empresa la revisará antes de facturar.</translation>
    </message>
</context>
<context>
    <name>ReadingRulesText</name>
    <message>
        <source>The reading cannot be lower than the last one, %1 on %2. Check the number on the meter, from left to right.</source>
        <translation>La lectura no puede ser menor que la anterior, %1 del %2. Revise el número del medidor, de izquierda a derecha.</translation>
    </message>
    <message>
        <source>The reading cannot be lower than the last one.</source>
        <translation>La lectura no puede ser menor que la anterior.</translation>
    </message>
    <message>
        <source>Enter the number the meter shows.</source>
        <translation>Escriba el número que muestra el medidor.</translation>
    </message>
    <message>
        <source>Enter the number the meter shows: digits only, without letters.</source>
        <translation>Escriba el número que muestra el medidor: solo cifras, sin letras.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>La fecha no puede ser futura.</translation>
    </message>
    <message numerus="yes">
        <source>The date can be at most %n day(s) ago.</source>
        <translation>
            <numerusform>La fecha puede ser de hace %n día como máximo.</numerusform>
            <numerusform>La fecha puede ser de hace %n días como máximo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Readings are taken from day %1 to day %2 of each month.</source>
        <translation>Las lecturas se reciben del día %1 al día %2 de cada mes.</translation>
    </message>
    <message>
        <source>The date cannot be before the last reading, on %1.</source>
        <translation>La fecha no puede ser anterior a la última lectura, del %1.</translation>
    </message>
    <message>
        <source>Enter a valid date.</source>
        <translation>Escriba una fecha válida.</translation>
    </message>
    <message>
        <source>The reading cannot be accepted.</source>
        <translation>La lectura no se puede aceptar.</translation>
    </message>
    <message>
        <source>This reading means %1 %2 since the last one, more than three times your usual %3 %2. Check the number on the meter. If it is right, send it: the utility will review it.</source>
        <translation>Esta lectura supone %1 %2 desde la anterior, más del triple de sus %3 %2 habituales. Revise el número del medidor. Si es correcto, envíela: la empresa la revisará.</translation>
    </message>
    <message>
        <source>Entered by you</source>
        <translation>Ingresada por usted</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Estimada</translation>
    </message>
    <message>
        <source>Read by the utility</source>
        <translation>Tomada por la empresa</translation>
    </message>
</context>
<context>
    <name>RequestText</name>
    <message>
        <source>Filed</source>
        <translation>Radicada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En trámite</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>Petición</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Queja</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Reclamo</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n business day(s)</source>
        <translation>
            <numerusform>Vencida hace %n día hábil</numerusform>
            <numerusform>Vencida hace %n días hábiles</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vence hoy</translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s) left</source>
        <translation>
            <numerusform>Queda %n día hábil</numerusform>
            <numerusform>Quedan %n días hábiles</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose what your request is about.</source>
        <translation>Elija el tema de su solicitud.</translation>
    </message>
    <message>
        <source>Choose the contract this request is about.</source>
        <translation>Elija el contrato al que se refiere la solicitud.</translation>
    </message>
    <message>
        <source>“%1” is empty or cannot be read.</source>
        <translation>«%1» está vacío o no se puede leer.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Este campo es obligatorio.</translation>
    </message>
    <message>
        <source>The name of “%1” is too long: rename the file.</source>
        <translation>El nombre de «%1» es demasiado largo: cambie el nombre del archivo.</translation>
    </message>
    <message numerus="yes">
        <source>Write at most %n character(s).</source>
        <translation>
            <numerusform>Escriba como máximo %n carácter.</numerusform>
            <numerusform>Escriba como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter an email address such as name@example.com.</source>
        <translation>Escriba un correo electrónico como nombre@ejemplo.com.</translation>
    </message>
    <message>
        <source>Choose one of the listed subjects.</source>
        <translation>Elija uno de los temas de la lista.</translation>
    </message>
    <message>
        <source>Choose one of your contracts.</source>
        <translation>Elija uno de sus contratos.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Este valor no es válido.</translation>
    </message>
    <message numerus="yes">
        <source>Attach at most %n file(s).</source>
        <translation>
            <numerusform>Adjunte como máximo %n archivo.</numerusform>
            <numerusform>Adjunte como máximo %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB.</source>
        <translation>«%1» pesa más de %2 MB.</translation>
    </message>
    <message>
        <source>The files add up to more than %1 MB.</source>
        <translation>Los archivos suman más de %1 MB.</translation>
    </message>
    <message>
        <source>“%1” is not a PDF, JPEG or PNG file.</source>
        <translation>«%1» no es un archivo PDF, JPEG ni PNG.</translation>
    </message>
    <message>
        <source>The request could not be saved on this computer. Try again.</source>
        <translation>No se pudo guardar la solicitud en este equipo. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This request is closed: file a new one.</source>
        <translation>Esta solicitud está cerrada: radique una nueva.</translation>
    </message>
    <message>
        <source>This value is not accepted (%1).</source>
        <translation>Este valor no se acepta (%1).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Oficina Virtual</source>
        <translation>Oficina Virtual</translation>
    </message>
</context>
<context>
    <name>ov::ActivationPage</name>
    <message>
        <source>Check your email</source>
        <translation>Revise su correo</translation>
    </message>
    <message>
        <source>Step 3 of 4. We sent you an activation code.</source>
        <translation>Paso 3 de 4. Le enviamos un código de activación.</translation>
    </message>
    <message>
        <source>Activation code</source>
        <translation>Código de activación</translation>
    </message>
    <message>
        <source>Send the email &amp;again</source>
        <translation>&amp;Enviar el correo de nuevo</translation>
    </message>
    <message>
        <source>Send the activation email again</source>
        <translation>Enviar de nuevo el correo de activación</translation>
    </message>
    <message>
        <source>Activation &amp;code:</source>
        <translation>&amp;Código de activación:</translation>
    </message>
    <message>
        <source>Open the link in the activation email on this computer, or paste the code from it.</source>
        <translation>Abra en este equipo el enlace del correo de activación, o pegue el código que trae.</translation>
    </message>
    <message>
        <source>We sent a message to %1. Open the link in it on this computer, or paste the code from it here. It works once, for 24 hours.</source>
        <translation>Enviamos un mensaje a %1. Abra su enlace en este equipo o pegue aquí el código que trae. Sirve una sola vez, durante 24 horas.</translation>
    </message>
    <message>
        <source>Sent again. The previous code no longer works.</source>
        <translation>Enviado de nuevo. El código anterior ya no sirve.</translation>
    </message>
    <message>
        <source>Too many emails; wait a while before asking again.</source>
        <translation>Demasiados correos; espere un rato antes de pedir otro.</translation>
    </message>
    <message>
        <source>The email could not be sent again. Try later.</source>
        <translation>No se pudo reenviar el correo. Intente más tarde.</translation>
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
    <name>ov::ConsumptionChart</name>
    <message>
        <source>Consumption</source>
        <translation>Consumo</translation>
    </message>
    <message>
        <source>A year before</source>
        <translation>Un año antes</translation>
    </message>
    <message>
        <source>Consumption per month, with the year before</source>
        <translation>Consumo por mes, con el año anterior</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1: %2 %3 (a year before: %4 %3)</source>
        <translation>%1: %2 %3 (un año antes: %4 %3)</translation>
    </message>
</context>
<context>
    <name>ov::ConsumptionExporter</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Consumo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>To be reviewed</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Consumption per reading</source>
        <translation>Consumo por lectura</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>The file could not be saved there.</source>
        <translation>No se pudo guardar el archivo ahí.</translation>
    </message>
    <message>
        <source>There is no smart-meter data to export.</source>
        <translation>No hay datos del medidor inteligente para exportar.</translation>
    </message>
    <message>
        <source>Start (local time)</source>
        <translation>Inicio (hora local)</translation>
    </message>
    <message>
        <source>The Green Button file could not be written.</source>
        <translation>No se pudo escribir el archivo Green Button.</translation>
    </message>
</context>
<context>
    <name>ov::ConsumptionPage</name>
    <message>
        <source>No meter readings for this contract yet.</source>
        <translation>Este contrato aún no tiene lecturas del medidor.</translation>
    </message>
    <message>
        <source>&amp;Enter meter reading…</source>
        <translation>&amp;Reportar lectura del medidor…</translation>
    </message>
    <message>
        <source>Enter a meter reading</source>
        <translation>Reportar una lectura del medidor</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Dismiss the refused reading</source>
        <translation>Descartar la lectura rechazada</translation>
    </message>
    <message>
        <source>Meter readings</source>
        <translation>Lecturas del medidor</translation>
    </message>
    <message>
        <source>%1 %2 in %3</source>
        <translation>%1 %2 en %3</translation>
    </message>
    <message>
        <source>%1 more than a year before</source>
        <translation>%1 más que un año antes</translation>
    </message>
    <message>
        <source>%1 less than a year before</source>
        <translation>%1 menos que un año antes</translation>
    </message>
    <message>
        <source>The same as a year before</source>
        <translation>Igual que un año antes</translation>
    </message>
    <message>
        <source>No reading from a year before to compare with</source>
        <translation>No hay lectura de un año antes para comparar</translation>
    </message>
    <message>
        <source>%1 %2 a day on average</source>
        <translation>%1 %2 al día en promedio</translation>
    </message>
    <message>
        <source>Your reading of %1 was not accepted: %2</source>
        <translation>Su lectura de %1 no fue aceptada: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n reading(s) waiting to be sent. They go out as soon as the server can be reached.</source>
        <translation>
            <numerusform>%n lectura pendiente de envío. Se envía en cuanto haya conexión con el servidor.</numerusform>
            <numerusform>%n lecturas pendientes de envío. Se envían en cuanto haya conexión con el servidor.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Months in the chart</source>
        <translation>Meses en el gráfico</translation>
    </message>
    <message numerus="yes">
        <source>The last %n month(s)</source>
        <translation>
            <numerusform>El último mes</numerusform>
            <numerusform>Los últimos %n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Monthly</source>
        <translation>&amp;Mensual</translation>
    </message>
    <message>
        <source>&amp;Smart meter</source>
        <translation>Medidor &amp;inteligente</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Export the consumption</source>
        <translation>Exportar el consumo</translation>
    </message>
    <message>
        <source>Readings as &amp;CSV…</source>
        <translation>Lecturas en &amp;CSV…</translation>
    </message>
    <message>
        <source>Readings as &amp;Excel…</source>
        <translation>Lecturas en &amp;Excel…</translation>
    </message>
    <message>
        <source>&amp;All contracts as Excel…</source>
        <translation>&amp;Todos los contratos en Excel…</translation>
    </message>
    <message>
        <source>&amp;Green Button (XML)…</source>
        <translation>&amp;Green Button (XML)…</translation>
    </message>
    <message>
        <source>Smart-meter &amp;quarter-hours as CSV…</source>
        <translation>&amp;Cuartos de hora del medidor inteligente en CSV…</translation>
    </message>
    <message>
        <source>Exported.</source>
        <translation>Exportado.</translation>
    </message>
    <message>
        <source>Export cancelled: no file was saved.</source>
        <translation>Exportación cancelada: no se guardó ningún archivo.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Green Button data (*.xml)</source>
        <translation>Datos Green Button (*.xml)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ov::ContactDialog</name>
    <message>
        <source>Contact us</source>
        <translation>Contáctenos</translation>
    </message>
    <message>
        <source>Write to the utility without an account. You will get the filing number here and by email.</source>
        <translation>Escriba a la empresa sin tener cuenta. Recibirá el número de radicado aquí y por correo.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Your email</source>
        <translation>Su correo</translation>
    </message>
    <message>
        <source>What is it about</source>
        <translation>Sobre qué es</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Su mensaje</translation>
    </message>
    <message>
        <source>&lt;b&gt;Or reach us directly&lt;/b&gt;</source>
        <translation>&lt;b&gt;O comuníquese directamente&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The utility&apos;s phone, WhatsApp and email</source>
        <translation>Teléfono, WhatsApp y correo de la empresa</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Enviar el mensaje</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Your message was not sent: %1</source>
        <translation>Su mensaje no se envió: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Thank you. Your message was filed as %1.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The utility must answer by %2. We sent a copy to %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Gracias. Su mensaje quedó radicado con el número %1.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;La empresa debe responder a más tardar el %2. Enviamos una copia a %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the legal deadline</source>
        <translation>el plazo legal</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Listo</translation>
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
    <message>
        <source>Bills by email to:</source>
        <translation>Facturas por correo a:</translation>
    </message>
    <message>
        <source>Contact phone:</source>
        <translation>Teléfono de contacto:</translation>
    </message>
    <message>
        <source>&amp;Paperless bill</source>
        <translation>&amp;Factura sin papel</translation>
    </message>
    <message>
        <source>Paperless bill</source>
        <translation>Factura sin papel</translation>
    </message>
    <message>
        <source>Code from the email</source>
        <translation>Código del correo</translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation>Con&amp;firmar</translation>
    </message>
    <message>
        <source>Confirm the billing email</source>
        <translation>Confirmar el correo de facturación</translation>
    </message>
    <message>
        <source>Changes not yet confirmed</source>
        <translation>Cambios aún sin confirmar</translation>
    </message>
    <message>
        <source>&amp;OK, understood</source>
        <translation>&amp;Entendido</translation>
    </message>
    <message>
        <source>Dismiss the refused change</source>
        <translation>Descartar el cambio rechazado</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the contract&apos;s details</source>
        <translation>Editar los datos del contrato</translation>
    </message>
    <message>
        <source>&amp;Unlink…</source>
        <translation>&amp;Desvincular…</translation>
    </message>
    <message>
        <source>Unlink the contract from your account</source>
        <translation>Desvincular el contrato de su cuenta</translation>
    </message>
    <message>
        <source>your account&apos;s email</source>
        <translation>el correo de su cuenta</translation>
    </message>
    <message>
        <source>Your bill arrives only by email, at %1; no paper is posted. Every bill is also here, under Invoices.</source>
        <translation>Su factura llega solo por correo, a %1; no se envía en papel. Todas las facturas están también aquí, en Facturas.</translation>
    </message>
    <message>
        <source>Your bill is printed and posted to the billing address, and also sent to %1. Turn on &quot;Paperless bill&quot; to stop the paper.</source>
        <translation>Su factura se imprime y se envía a la dirección de facturación, y también a %1. Active «Factura sin papel» para dejar de recibirla en papel.</translation>
    </message>
    <message>
        <source>We emailed a code to %1. Enter it to send the bills there:</source>
        <translation>Enviamos un código a %1. Ingréselo para que las facturas lleguen allí:</translation>
    </message>
    <message>
        <source>the billing email&apos;s code</source>
        <translation>el código del correo de facturación</translation>
    </message>
    <message>
        <source>unlinking this contract</source>
        <translation>la desvinculación de este contrato</translation>
    </message>
    <message>
        <source>your changes</source>
        <translation>sus cambios</translation>
    </message>
    <message>
        <source>The code was not accepted: it is wrong or has expired.</source>
        <translation>El código no fue aceptado: es incorrecto o expiró.</translation>
    </message>
    <message>
        <source>This is the only contract in your account, so it cannot be unlinked.</source>
        <translation>Es el único contrato de su cuenta, así que no se puede desvincular.</translation>
    </message>
    <message>
        <source>The utility did not accept a change (%1).</source>
        <translation>La empresa no aceptó un cambio (%1).</translation>
    </message>
    <message>
        <source>Saved on this computer, waiting for the server: %1.</source>
        <translation>Guardado en este equipo, esperando al servidor: %1.</translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <translation>No aceptado: %1</translation>
    </message>
    <message>
        <source>Unlink contract</source>
        <translation>Desvincular contrato</translation>
    </message>
    <message>
        <source>Unlink contract %1 from your account? Its invoices and readings leave this computer. You can link it again with one of its bills.</source>
        <translation>¿Desvincular el contrato %1 de su cuenta? Sus facturas y lecturas se borran de este equipo. Puede asociarlo de nuevo con una de sus facturas.</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Desvincular</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Conservarlo</translation>
    </message>
</context>
<context>
    <name>ov::ContractEditDialog</name>
    <message>
        <source>&amp;Street and number:</source>
        <translation>&amp;Calle y número:</translation>
    </message>
    <message>
        <source>Apartment, office (o&amp;ptional):</source>
        <translation>Apartamento, oficina (o&amp;pcional):</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>C&amp;iudad:</translation>
    </message>
    <message>
        <source>&amp;Region (department, state):</source>
        <translation>&amp;Región (departamento, estado):</translation>
    </message>
    <message>
        <source>Postal c&amp;ode:</source>
        <translation>Código p&amp;ostal:</translation>
    </message>
    <message>
        <source>Edit contract %1</source>
        <translation>Editar el contrato %1</translation>
    </message>
    <message>
        <source>&amp;Alias (your name for it):</source>
        <translation>&amp;Alias (su nombre para él):</translation>
    </message>
    <message>
        <source>Billing &amp;email:</source>
        <translation>&amp;Correo de facturación:</translation>
    </message>
    <message>
        <source>Empty: your account&apos;s email</source>
        <translation>Vacío: el correo de su cuenta</translation>
    </message>
    <message>
        <source>Contact &amp;phone:</source>
        <translation>&amp;Teléfono de contacto:</translation>
    </message>
    <message>
        <source>+57 300 123 4567</source>
        <translation>+57 300 123 4567</translation>
    </message>
    <message>
        <source>Where printed bills are posted</source>
        <translation>Adónde se envían las facturas impresas</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Guardar los cambios</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>This is needed.</source>
        <translation>Este dato es necesario.</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>Es demasiado largo.</translation>
    </message>
    <message>
        <source>The utility does not let customers change this here.</source>
        <translation>La empresa no permite que los clientes cambien este dato aquí.</translation>
    </message>
    <message>
        <source>Enter an email address like name@example.com.</source>
        <translation>Ingrese un correo como nombre@ejemplo.com.</translation>
    </message>
    <message>
        <source>Enter a phone number: digits, spaces and an optional + at the start.</source>
        <translation>Ingrese un número de teléfono: dígitos, espacios y un + opcional al inicio.</translation>
    </message>
    <message>
        <source>This postal code does not have the form used in this country.</source>
        <translation>Este código postal no tiene la forma que se usa en este país.</translation>
    </message>
    <message>
        <source>Check this field.</source>
        <translation>Revise este dato.</translation>
    </message>
    <message>
        <source>The change could not be saved on this computer. Try again.</source>
        <translation>No se pudo guardar el cambio en este equipo. Intente de nuevo.</translation>
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
    <message>
        <source>Due today</source>
        <translation>Vence hoy</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Vence en %n día</numerusform>
            <numerusform>Vence en %n días</numerusform>
        </translation>
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
    <message>
        <source>Summary of your contracts</source>
        <translation>Resumen de sus contratos</translation>
    </message>
    <message>
        <source>&amp;Link a contract…</source>
        <translation>&amp;Asociar un contrato…</translation>
    </message>
    <message>
        <source>Link another contract to your account</source>
        <translation>Asociar otro contrato a su cuenta</translation>
    </message>
    <message>
        <source>OK, &amp;understood</source>
        <translation>&amp;Entendido</translation>
    </message>
    <message>
        <source>Dismiss the refused link</source>
        <translation>Descartar la asociación rechazada</translation>
    </message>
    <message>
        <source>To pay across your contracts: %1</source>
        <translation>Por pagar en todos sus contratos: %1</translation>
    </message>
    <message>
        <source> · nothing overdue</source>
        <translation> · nada vencido</translation>
    </message>
    <message numerus="yes">
        <source> · %n overdue</source>
        <translation>
            <numerusform> · %n vencido</numerusform>
            <numerusform> · %n vencidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Contract %1 will be linked when the server answers.</source>
        <translation>El contrato %1 se asociará cuando responda el servidor.</translation>
    </message>
    <message>
        <source>Contract %1 was not linked: its details do not match the bill.</source>
        <translation>El contrato %1 no se asoció: los datos no coinciden con la factura.</translation>
    </message>
    <message>
        <source>Contract %1 was not linked: it belongs to another account.</source>
        <translation>El contrato %1 no se asoció: pertenece a otra cuenta.</translation>
    </message>
    <message>
        <source>Contract %1 was not linked (%2).</source>
        <translation>El contrato %1 no se asoció (%2).</translation>
    </message>
</context>
<context>
    <name>ov::CustomerDataPage</name>
    <message>
        <source>Bill &amp;reference (without dots):</source>
        <translation>&amp;Referencia de la factura (sin puntos):</translation>
    </message>
    <message>
        <source>&amp;Meter number:</source>
        <translation>Número del &amp;medidor:</translation>
    </message>
    <message>
        <source>&amp;First surname:</source>
        <translation>&amp;Primer apellido:</translation>
    </message>
    <message>
        <source>&amp;Second surname:</source>
        <translation>&amp;Segundo apellido:</translation>
    </message>
    <message>
        <source>&amp;Company name:</source>
        <translation>&amp;Razón social:</translation>
    </message>
    <message>
        <source>&amp;Tax id:</source>
        <translation>&amp;NIT / RFC:</translation>
    </message>
    <message>
        <source>Your customer details</source>
        <translation>Sus datos de cliente</translation>
    </message>
    <message>
        <source>Step 1 of 4. Copy them from your bill, exactly as they appear.</source>
        <translation>Paso 1 de 4. Cópielos de su factura, tal como aparecen.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Check this field.</source>
        <translation>Revise este campo.</translation>
    </message>
    <message>
        <source>This is needed.</source>
        <translation>Este dato es necesario.</translation>
    </message>
    <message>
        <source>Only digits and letters, without dots or spaces.</source>
        <translation>Solo números y letras, sin puntos ni espacios.</translation>
    </message>
    <message>
        <source>This is longer than the bill shows.</source>
        <translation>Es más largo de lo que muestra la factura.</translation>
    </message>
    <message>
        <source>Checking your details…</source>
        <translation>Verificando sus datos…</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your internet connection and try again.</source>
        <translation>No se puede contactar el servidor. Revise su conexión a internet e intente de nuevo.</translation>
    </message>
    <message>
        <source>We could not find a customer with these details. Compare them with your bill and try again.</source>
        <translation>No encontramos un cliente con estos datos. Compárelos con su factura e intente de nuevo.</translation>
    </message>
    <message>
        <source>This customer already has an account. Sign in, or use &quot;Forgot your password?&quot;.</source>
        <translation>Este cliente ya tiene una cuenta. Inicie sesión o use «¿Olvidó su contraseña?».</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Demasiados intentos. Intente de nuevo en %n minuto.</numerusform>
            <numerusform>Demasiados intentos. Intente de nuevo en %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Something went wrong (%1). Please try again.</source>
        <translation>Algo salió mal (%1). Intente de nuevo.</translation>
    </message>
    <message>
        <source>This contract is already in your account.</source>
        <translation>Este contrato ya está en su cuenta.</translation>
    </message>
    <message>
        <source>This contract belongs to another account, so it cannot be added to yours. Its holder has been told. If it is yours, contact us.</source>
        <translation>Este contrato pertenece a otra cuenta, así que no se puede agregar a la suya. Le avisamos a su titular. Si es suyo, contáctenos.</translation>
    </message>
</context>
<context>
    <name>ov::CustomerTypePage</name>
    <message>
        <source>Create your account</source>
        <translation>Cree su cuenta</translation>
    </message>
    <message>
        <source>Step 1 of 4. Whose name is the contract in?</source>
        <translation>Paso 1 de 4. ¿A nombre de quién está el contrato?</translation>
    </message>
    <message>
        <source>A &amp;person (household, landlord)</source>
        <translation>Una &amp;persona (hogar, arrendador)</translation>
    </message>
    <message>
        <source>The contract is in a person&apos;s name</source>
        <translation>El contrato está a nombre de una persona</translation>
    </message>
    <message>
        <source>A &amp;company or organisation</source>
        <translation>Una &amp;empresa u organización</translation>
    </message>
    <message>
        <source>The contract is in a company&apos;s name</source>
        <translation>El contrato está a nombre de una empresa</translation>
    </message>
    <message>
        <source>You will need one of your bills at hand.</source>
        <translation>Tenga a mano una de sus facturas.</translation>
    </message>
</context>
<context>
    <name>ov::DesktopNotifier</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new notifications</source>
        <translation>
            <numerusform>%n notificación nueva</numerusform>
            <numerusform>%n notificaciones nuevas</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Oficina Virtual</source>
        <translation>Abrir Oficina Virtual</translation>
    </message>
    <message>
        <source>Update now</source>
        <translation>Actualizar ahora</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Oficina Virtual</source>
        <translation>Oficina Virtual</translation>
    </message>
</context>
<context>
    <name>ov::DesktopSettingsBox</name>
    <message>
        <source>On this computer</source>
        <translation>En este computador</translation>
    </message>
    <message>
        <source>Show &amp;desktop notifications when something new arrives</source>
        <translation>Mostrar notificaciones de &amp;escritorio cuando llegue algo nuevo</translation>
    </message>
    <message>
        <source>Show desktop notifications</source>
        <translation>Mostrar notificaciones de escritorio</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed, so updates go on</source>
        <translation>&amp;Seguir abierta en la bandeja al cerrar la ventana, para que las actualizaciones continúen</translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation>Seguir abierta en la bandeja</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so these take effect only where there is one. New notifications are always in the bell.</source>
        <translation>Este escritorio no tiene bandeja del sistema, así que esto solo aplica donde la haya. Las notificaciones nuevas siempre están en la campana.</translation>
    </message>
</context>
<context>
    <name>ov::ForgotPasswordDialog</name>
    <message>
        <source>Forgot your password?</source>
        <translation>¿Olvidó su contraseña?</translation>
    </message>
    <message>
        <source>Username or email</source>
        <translation>Usuario o correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Send me a code</source>
        <translation>&amp;Enviarme un código</translation>
    </message>
    <message>
        <source>Send me a code</source>
        <translation>Enviarme un código</translation>
    </message>
    <message>
        <source>&amp;Username or email:</source>
        <translation>&amp;Usuario o correo:</translation>
    </message>
    <message>
        <source>We will email you a code to choose a new password.</source>
        <translation>Le enviaremos por correo un código para elegir una nueva contraseña.</translation>
    </message>
    <message>
        <source>Code from the email</source>
        <translation>Código del correo</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Nueva contraseña otra vez</translation>
    </message>
    <message>
        <source>Set the &amp;new password</source>
        <translation>Guardar la &amp;nueva contraseña</translation>
    </message>
    <message>
        <source>Set the new password</source>
        <translation>Guardar la nueva contraseña</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Nueva &amp;contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <source>Enter your username or email.</source>
        <translation>Escriba su usuario o correo electrónico.</translation>
    </message>
    <message>
        <source>Too many requests. Try again later.</source>
        <translation>Demasiadas solicitudes. Intente más tarde.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Try again later.</source>
        <translation>No se puede contactar el servidor. Intente más tarde.</translation>
    </message>
    <message>
        <source>If %1 has an account, we sent a code to its email. It works once, for 30 minutes.</source>
        <translation>Si %1 tiene una cuenta, enviamos un código a su correo. Sirve una sola vez, durante 30 minutos.</translation>
    </message>
    <message>
        <source>Your password was changed. Sign in with it.</source>
        <translation>Su contraseña cambió. Inicie sesión con ella.</translation>
    </message>
    <message>
        <source>The code has expired. Close this window and ask for a new one.</source>
        <translation>El código expiró. Cierre esta ventana y pida uno nuevo.</translation>
    </message>
    <message>
        <source>The code is not valid or was already used.</source>
        <translation>El código no es válido o ya se usó.</translation>
    </message>
    <message>
        <source>The server did not accept this password; choose another.</source>
        <translation>El servidor no aceptó esta contraseña; elija otra.</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Please try again.</source>
        <translation>Algo salió mal (%1). Intente de nuevo.</translation>
    </message>
</context>
<context>
    <name>ov::IntervalChart</name>
    <message>
        <source>Smart-meter consumption over time</source>
        <translation>Consumo del medidor inteligente en el tiempo</translation>
    </message>
    <message>
        <source>Plus and minus zoom, the arrow keys move in time, Home shows everything.</source>
        <translation>Más y menos acercan y alejan, las flechas se mueven en el tiempo, Inicio muestra todo.</translation>
    </message>
    <message>
        <source>No smart-meter data yet.</source>
        <translation>Aún no hay datos del medidor inteligente.</translation>
    </message>
</context>
<context>
    <name>ov::IntervalView</name>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <source>Show the last day</source>
        <translation>Mostrar el último día</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>S&amp;emana</translation>
    </message>
    <message>
        <source>Show the last week</source>
        <translation>Mostrar la última semana</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mes</translation>
    </message>
    <message>
        <source>Show the last month</source>
        <translation>Mostrar el último mes</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Año</translation>
    </message>
    <message>
        <source>Show the last year</source>
        <translation>Mostrar el último año</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Todo</translation>
    </message>
    <message>
        <source>Show all three years</source>
        <translation>Mostrar los tres años</translation>
    </message>
    <message>
        <source>Smart-meter data being downloaded</source>
        <translation>Descarga de los datos del medidor inteligente</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Stop downloading the smart-meter data</source>
        <translation>Detener la descarga de los datos del medidor inteligente</translation>
    </message>
    <message>
        <source>Downloading the smart-meter data: %1 of %2 months…</source>
        <translation>Descargando los datos del medidor inteligente: %1 de %2 meses…</translation>
    </message>
    <message>
        <source>Stopped. What was downloaded is shown.</source>
        <translation>Detenido. Se muestra lo que se descargó.</translation>
    </message>
    <message>
        <source>Some smart-meter data could not be downloaded: %1</source>
        <translation>No se pudieron descargar algunos datos del medidor inteligente: %1</translation>
    </message>
    <message>
        <source>Quarter-hours</source>
        <translation>Cuartos de hora</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>%1 · %2 – %3</source>
        <translation>%1 · %2 – %3</translation>
    </message>
</context>
<context>
    <name>ov::InvoiceChart</name>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Evolution of your bills</source>
        <translation>Evolución de tus facturas</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Consumo</translation>
    </message>
    <message>
        <source>%1: %2 · %3 %4</source>
        <translation>%1: %2 · %3 %4</translation>
    </message>
</context>
<context>
    <name>ov::InvoicePdfDialog</name>
    <message>
        <source>Save the invoice</source>
        <translation>Guardar la factura</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Factura %1</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>&amp;Fit width</source>
        <translation>&amp;Ajustar al ancho</translation>
    </message>
    <message>
        <source>Fit to width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>Save the invoice as</source>
        <translation>Guardar la factura como</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>The invoice could not be saved to %1.</source>
        <translation>No se pudo guardar la factura en %1.</translation>
    </message>
</context>
<context>
    <name>ov::InvoiceTableModel</name>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>ov::InvoicesPage</name>
    <message>
        <source>No invoices for this contract yet.</source>
        <translation>Este contrato aún no tiene facturas.</translation>
    </message>
    <message>
        <source>Why did my bill change?</source>
        <translation>¿Por qué cambió mi factura?</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparar con</translation>
    </message>
    <message>
        <source>Compared with the previous bill</source>
        <translation>Frente a la factura anterior</translation>
    </message>
    <message>
        <source>Compared with the same month last year</source>
        <translation>Frente al mismo mes del año pasado</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Año:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Search invoices by number</source>
        <translation>Buscar facturas por número</translation>
    </message>
    <message>
        <source>Search by invoice number</source>
        <translation>Buscar por número de factura</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Todos los años</translation>
    </message>
    <message>
        <source>Latest bill: %1</source>
        <translation>Última factura: %1</translation>
    </message>
    <message>
        <source>%1 · due %2 · %3</source>
        <translation>%1 · vence el %2 · %3</translation>
    </message>
    <message>
        <source>No bill for the same month last year to compare with.</source>
        <translation>No hay factura del mismo mes del año pasado para comparar.</translation>
    </message>
    <message>
        <source>Same month last year: %1 (▲ %2 more)</source>
        <translation>Mismo mes del año pasado: %1 (▲ %2 más)</translation>
    </message>
    <message>
        <source>Same month last year: %1 (▼ %2 less)</source>
        <translation>Mismo mes del año pasado: %1 (▼ %2 menos)</translation>
    </message>
    <message>
        <source>Same month last year: %1 (the same)</source>
        <translation>Mismo mes del año pasado: %1 (igual)</translation>
    </message>
    <message>
        <source>There is no earlier bill to compare with.</source>
        <translation>No hay una factura anterior para comparar.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Months in the chart</source>
        <translation>Meses en la gráfica</translation>
    </message>
    <message numerus="yes">
        <source>The last %n month(s)</source>
        <translation>
            <numerusform>El último mes</numerusform>
            <numerusform>Los últimos %n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Pay now</source>
        <translation>&amp;Pagar ahora</translation>
    </message>
    <message>
        <source>Pay the latest bill online</source>
        <translation>Pagar en línea la última factura</translation>
    </message>
    <message>
        <source>Pay the &amp;selected invoice</source>
        <translation>Pagar la factura &amp;seleccionada</translation>
    </message>
    <message>
        <source>Pay the selected invoice online</source>
        <translation>Pagar en línea la factura seleccionada</translation>
    </message>
    <message>
        <source>The payment could not be started: %1</source>
        <translation>No se pudo iniciar el pago: %1</translation>
    </message>
    <message>
        <source>Opening the payment page…</source>
        <translation>Abriendo la página de pago…</translation>
    </message>
    <message>
        <source>Waiting for your payment on the payment page (opened in your browser).</source>
        <translation>Esperando tu pago en la página de pago (abierta en tu navegador).</translation>
    </message>
    <message>
        <source>Payment approved. Thank you!</source>
        <translation>Pago aprobado. ¡Gracias!</translation>
    </message>
    <message>
        <source>The payment was cancelled; nothing was charged.</source>
        <translation>El pago se canceló; no se cobró nada.</translation>
    </message>
    <message>
        <source>The payment page expired; you can pay again.</source>
        <translation>La página de pago expiró; puedes pagar de nuevo.</translation>
    </message>
    <message>
        <source>Save the year&apos;s invoices in</source>
        <translation>Guardar las facturas del año en</translation>
    </message>
    <message>
        <source>Save the &amp;year&apos;s PDFs…</source>
        <translation>Guardar los PDF del &amp;año…</translation>
    </message>
    <message>
        <source>Save the PDFs of the year shown</source>
        <translation>Guardar los PDF del año mostrado</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>View the selected invoice</source>
        <translation>Ver la factura seleccionada</translation>
    </message>
    <message>
        <source>The invoice could not be downloaded: %1</source>
        <translation>No se pudo descargar la factura: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n invoice(s).</source>
        <translation>
            <numerusform>Se guardó %n factura.</numerusform>
            <numerusform>Se guardaron %n facturas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n invoice(s) saved before you cancelled.</source>
        <translation>
            <numerusform>Detenido: se guardó %n factura antes de cancelar.</numerusform>
            <numerusform>Detenido: se guardaron %n facturas antes de cancelar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n invoice(s): %1</source>
        <translation>
            <numerusform>Detenido tras %n factura: %1</numerusform>
            <numerusform>Detenido tras %n facturas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening invoice %1…</source>
        <translation>Abriendo la factura %1…</translation>
    </message>
    <message>
        <source>Saving the invoices of %1…</source>
        <translation>Guardando las facturas de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ov::LinkContractWizard</name>
    <message>
        <source>Link a contract</source>
        <translation>Asociar un contrato</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Listo</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Step 1 of 2. Add another supply point to your account with one of its bills. Whose name is that contract in?</source>
        <translation>Paso 1 de 2. Agregue otro punto de suministro a su cuenta con una de sus facturas. ¿A nombre de quién está ese contrato?</translation>
    </message>
    <message>
        <source>The contract&apos;s bill</source>
        <translation>La factura del contrato</translation>
    </message>
    <message>
        <source>Step 2 of 2. Copy these from the bill of the contract to add, exactly as they appear.</source>
        <translation>Paso 2 de 2. Cópielos de la factura del contrato que va a agregar, tal como aparecen.</translation>
    </message>
</context>
<context>
    <name>ov::LinkResultPage</name>
    <message>
        <source>Link a contract</source>
        <translation>Asociar un contrato</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Listo.</translation>
    </message>
    <message>
        <source>Contract %1 (%2) is now in your account. You will find it in your list of contracts, with its invoices and readings.</source>
        <translation>El contrato %1 (%2) ya está en su cuenta. Lo encontrará en su lista de contratos, con sus facturas y lecturas.</translation>
    </message>
    <message>
        <source>Saved on this computer.</source>
        <translation>Guardado en este equipo.</translation>
    </message>
    <message>
        <source>The server has not answered yet. The contract will be linked as soon as it does, and will then appear in your list; you can close this window.</source>
        <translation>El servidor aún no responde. El contrato se asociará en cuanto lo haga y aparecerá entonces en su lista; puede cerrar esta ventana.</translation>
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
    <message>
        <source>Your password was changed. Sign in with it.</source>
        <translation>Su contraseña cambió. Inicie sesión con ella.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Abrir la carpeta de &amp;registros</translation>
    </message>
    <message>
        <source>&amp;About Oficina Virtual</source>
        <translation>&amp;Acerca de Oficina Virtual</translation>
    </message>
    <message>
        <source>About Oficina Virtual</source>
        <translation>Acerca de Oficina Virtual</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Oficina Virtual %1&lt;/h3&gt;&lt;p&gt;Your utility&apos;s customer office on the desktop.&lt;/p&gt;&lt;p&gt;MIT licence. © 2026 The Oficina Virtual developers.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Oficina Virtual %1&lt;/h3&gt;&lt;p&gt;La oficina de atención de su empresa de servicios públicos en su escritorio.&lt;/p&gt;&lt;p&gt;Licencia MIT. © 2026 Los desarrolladores de Oficina Virtual.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Built with Qt %1 (LGPL 3), QtKeychain (BSD 3-clause), SQLite (public domain), libsodium (ISC), OpenSSL (Apache 2.0), libqrencode (LGPL 2.1), libxlsxwriter (BSD 2-clause) and cpp-httplib (MIT). Log files: %2</source>
        <translation>Hecho con Qt %1 (LGPL 3), QtKeychain (BSD de 3 cláusulas), SQLite (dominio público), libsodium (ISC), OpenSSL (Apache 2.0), libqrencode (LGPL 2.1), libxlsxwriter (BSD de 2 cláusulas) y cpp-httplib (MIT). Archivos de registro: %2</translation>
    </message>
</context>
<context>
    <name>ov::MeterReadingDialog</name>
    <message>
        <source>Enter meter reading</source>
        <translation>Reportar lectura del medidor</translation>
    </message>
    <message>
        <source>Last reading: %1 %2 on %3.</source>
        <translation>Última lectura: %1 %2 el %3.</translation>
    </message>
    <message>
        <source>There is no earlier reading of this meter.</source>
        <translation>No hay lecturas anteriores de este medidor.</translation>
    </message>
    <message>
        <source>Reading shown on the meter</source>
        <translation>Lectura que muestra el medidor</translation>
    </message>
    <message>
        <source>Date of the reading</source>
        <translation>Fecha de la lectura</translation>
    </message>
    <message>
        <source>&amp;Send reading</source>
        <translation>&amp;Enviar lectura</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Reading (%1):</source>
        <translation>&amp;Lectura (%1):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Send anyway</source>
        <translation>&amp;Enviar de todos modos</translation>
    </message>
    <message>
        <source>The reading could not be saved on this computer. Try again.</source>
        <translation>No se pudo guardar la lectura en este equipo. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>ov::NewPasswordPage</name>
    <message>
        <source>Choose your password</source>
        <translation>Elija su contraseña</translation>
    </message>
    <message>
        <source>Step 4 of 4. Then you are in.</source>
        <translation>Paso 4 de 4. Y listo.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Nueva contraseña otra vez</translation>
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
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no son iguales.</translation>
    </message>
    <message>
        <source>Activating your account…</source>
        <translation>Activando su cuenta…</translation>
    </message>
    <message>
        <source>The code has expired. Go back and ask for a new email.</source>
        <translation>El código expiró. Vuelva atrás y pida un nuevo correo.</translation>
    </message>
    <message>
        <source>The code is not valid or was already used. Go back and check it.</source>
        <translation>El código no es válido o ya se usó. Vuelva atrás y revíselo.</translation>
    </message>
    <message>
        <source>The server did not accept this password; choose another.</source>
        <translation>El servidor no aceptó esta contraseña; elija otra.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your internet connection and try again.</source>
        <translation>No se puede contactar el servidor. Revise su conexión a internet e intente de nuevo.</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Please try again.</source>
        <translation>Algo salió mal (%1). Intente de nuevo.</translation>
    </message>
</context>
<context>
    <name>ov::NewRequestDialog</name>
    <message>
        <source>New request</source>
        <translation>Nueva solicitud</translation>
    </message>
    <message>
        <source>What is it about</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Tell us what happened, since when, and what you would like the utility to do.</source>
        <translation>Cuéntenos qué pasó, desde cuándo y qué quiere que haga la empresa.</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Adjuntar archivos…</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected file</source>
        <translation>Quitar el archivo seleccionado</translation>
    </message>
    <message>
        <source>Up to %1 PDF, JPEG or PNG files, %2 MB each and %3 MB in all. You can also drop them here.</source>
        <translation>Hasta %1 archivos PDF, JPEG o PNG, de %2 MB cada uno y %3 MB en total. También puede soltarlos aquí.</translation>
    </message>
    <message>
        <source>Preview of the selected image</source>
        <translation>Vista previa de la imagen seleccionada</translation>
    </message>
    <message>
        <source>&amp;Send request</source>
        <translation>&amp;Enviar solicitud</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Enviar solicitud</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;What is it about:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>C&amp;ontract:</source>
        <translation>C&amp;ontrato:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>As&amp;unto:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Archivos:</translation>
    </message>
    <message>
        <source>(no particular contract)</source>
        <translation>(ningún contrato en particular)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · answered within %n business day(s).</source>
        <translation>
            <numerusform>%1 · se responde en %n día hábil.</numerusform>
            <numerusform>%1 · se responde en %n días hábiles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents and pictures (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Documentos e imágenes (*.pdf *.jpg *.jpeg *.png);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ov::NotificationBell</name>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message numerus="yes">
        <source>Notifications, %n unread</source>
        <translation>
            <numerusform>Notificaciones, %n sin leer</numerusform>
            <numerusform>Notificaciones, %n sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications, none unread</source>
        <translation>Notificaciones, ninguna sin leer</translation>
    </message>
    <message>
        <source> (Ctrl+Shift+N)</source>
        <translation> (Ctrl+Shift+N)</translation>
    </message>
</context>
<context>
    <name>ov::NotificationsPopup</name>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notifications&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notificaciones&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Mark &amp;all as read</source>
        <translation>Marcar &amp;todas como leídas</translation>
    </message>
    <message>
        <source>Mark all notifications as read</source>
        <translation>Marcar todas las notificaciones como leídas</translation>
    </message>
    <message>
        <source>You have no notifications.</source>
        <translation>No tiene notificaciones.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Unread: %1, %2</source>
        <translation>Sin leer: %1, %2</translation>
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
    <name>ov::PasswordChecklist</name>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>Al menos %n carácter</numerusform>
            <numerusform>Al menos %n caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n character(s)</source>
        <translation>
            <numerusform>Máximo %n carácter</numerusform>
            <numerusform>Máximo %n caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n digit(s)</source>
        <translation>
            <numerusform>Al menos %n número</numerusform>
            <numerusform>Al menos %n números</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n letter(s)</source>
        <translation>
            <numerusform>Al menos %n letra</numerusform>
            <numerusform>Al menos %n letras</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a common password</source>
        <translation>Que no sea una contraseña común</translation>
    </message>
    <message>
        <source>Not your username or email</source>
        <translation>Que no sea su usuario ni su correo</translation>
    </message>
    <message>
        <source>Met: %1</source>
        <translation>Cumplido: %1</translation>
    </message>
    <message>
        <source>Not met yet: %1</source>
        <translation>Aún no se cumple: %1</translation>
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
    <name>ov::ProfilePage</name>
    <message>
        <source>A new invoice</source>
        <translation>Hay una nueva factura</translation>
    </message>
    <message>
        <source>An invoice is about to fall due</source>
        <translation>Una factura está por vencer</translation>
    </message>
    <message>
        <source>A request was answered</source>
        <translation>Respondieron una solicitud</translation>
    </message>
    <message>
        <source>A planned outage</source>
        <translation>Hay un corte programado</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Correo de contacto</translation>
    </message>
    <message>
        <source>&amp;Save details</source>
        <translation>&amp;Guardar datos</translation>
    </message>
    <message>
        <source>Save your details</source>
        <translation>Guardar sus datos</translation>
    </message>
    <message>
        <source>Code sent to the new email</source>
        <translation>Código enviado al nuevo correo</translation>
    </message>
    <message>
        <source>Con&amp;firm email</source>
        <translation>Con&amp;firmar correo</translation>
    </message>
    <message>
        <source>Confirm the new contact email</source>
        <translation>Confirmar el nuevo correo de contacto</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Account email:</source>
        <translation>Correo de la cuenta:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Contact e&amp;mail:</source>
        <translation>Correo de co&amp;ntacto:</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>Có&amp;digo:</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Tell me when…</source>
        <translation>Avíseme cuando…</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>%1, by email</source>
        <translation>%1, por correo</translation>
    </message>
    <message>
        <source>%1, by SMS</source>
        <translation>%1, por SMS</translation>
    </message>
    <message>
        <source>Save &amp;notifications</source>
        <translation>Guardar &amp;notificaciones</translation>
    </message>
    <message>
        <source>Save the notification choices</source>
        <translation>Guardar las preferencias de notificación</translation>
    </message>
    <message>
        <source>You are offline; try again when the connection is back.</source>
        <translation>Está sin conexión; intente cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>It could not be saved (%1). Please try again.</source>
        <translation>No se pudo guardar (%1). Intente de nuevo.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Your profile is available when you are online.</source>
        <translation>Su perfil está disponible cuando tenga conexión.</translation>
    </message>
    <message>
        <source>We sent a code to %1. Enter it to start using that address.</source>
        <translation>Enviamos un código a %1. Escríbalo para empezar a usar esa dirección.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>The phone number does not look right.</source>
        <translation>El número de teléfono no parece correcto.</translation>
    </message>
    <message>
        <source>The contact email does not look right.</source>
        <translation>El correo de contacto no parece correcto.</translation>
    </message>
    <message>
        <source>Your contact email is confirmed.</source>
        <translation>Su correo de contacto quedó confirmado.</translation>
    </message>
    <message>
        <source>The code has expired; save the email again to get a new one.</source>
        <translation>El código expiró; guarde el correo de nuevo para recibir otro.</translation>
    </message>
    <message>
        <source>The code is not right.</source>
        <translation>El código no es correcto.</translation>
    </message>
    <message>
        <source>Add a phone number to your details to get SMS.</source>
        <translation>Agregue un número de teléfono a sus datos para recibir SMS.</translation>
    </message>
</context>
<context>
    <name>ov::ReadingTableModel</name>
    <message>
        <source>Refused</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <source>To be reviewed</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>Reading (%1)</source>
        <translation>Lectura (%1)</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Consumo</translation>
    </message>
    <message>
        <source>Consumption (%1)</source>
        <translation>Consumo (%1)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>ov::RegisterWizard</name>
    <message>
        <source>Create an account</source>
        <translation>Crear una cuenta</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>&amp;Activate and sign in</source>
        <translation>&amp;Activar e iniciar sesión</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ov::RequestTableModel</name>
    <message>
        <source>(not filed yet)</source>
        <translation>(sin radicar aún)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>No aceptada</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>The utility must answer by %1 (business days, by law).</source>
        <translation>La empresa debe responder a más tardar el %1 (días hábiles, por ley).</translation>
    </message>
    <message>
        <source>Filing number</source>
        <translation>Radicado</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Radicada</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Plazo de respuesta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>ov::RequestThreadView</name>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>Open the selected file</source>
        <translation>Abrir el archivo seleccionado</translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>Save the selected file</source>
        <translation>Guardar el archivo seleccionado</translation>
    </message>
    <message>
        <source>&amp;Reply:</source>
        <translation>&amp;Respuesta:</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Send &amp;reply</source>
        <translation>Enviar &amp;respuesta</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Enviar respuesta</translation>
    </message>
    <message>
        <source>No program on this computer opens this file; use “Save as…” instead.</source>
        <translation>Ningún programa de este equipo abre este archivo; use «Guardar como…».</translation>
    </message>
    <message>
        <source>The file cannot be brought while offline.</source>
        <translation>El archivo no se puede traer sin conexión.</translation>
    </message>
    <message>
        <source>The file could not be brought: %1</source>
        <translation>No se pudo traer el archivo: %1</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Guardado como %1.</translation>
    </message>
    <message>
        <source>The file could not be saved as %1.</source>
        <translation>No se pudo guardar el archivo como %1.</translation>
    </message>
    <message>
        <source>Choose a request to see its messages.</source>
        <translation>Elija una solicitud para ver sus mensajes.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Filed on %1</source>
        <translation>Radicada el %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Answer due by law on %1 (%2)</source>
        <translation>Plazo legal de respuesta: %1 (%2)</translation>
    </message>
    <message>
        <source>%1: the request is now “%2”.</source>
        <translation>%1: la solicitud pasó a «%2».</translation>
    </message>
    <message>
        <source>The utility</source>
        <translation>La empresa</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>The request is now “%1”.</source>
        <translation>La solicitud pasó a «%1».</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>from the utility</source>
        <translation>de la empresa</translation>
    </message>
    <message>
        <source>from you</source>
        <translation>suyo</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>no aceptada</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>enviando…</translation>
    </message>
    <message>
        <source>Write to the utility about this request.</source>
        <translation>Escriba a la empresa sobre esta solicitud.</translation>
    </message>
    <message>
        <source>This request is closed: file a new one.</source>
        <translation>Esta solicitud está cerrada: radique una nueva.</translation>
    </message>
    <message>
        <source>Bringing %1…</source>
        <translation>Trayendo %1…</translation>
    </message>
    <message>
        <source>Save file</source>
        <translation>Guardar archivo</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Guardando %1…</translation>
    </message>
</context>
<context>
    <name>ov::RequestsPage</name>
    <message>
        <source>Requests and complaints</source>
        <translation>Peticiones, quejas y reclamos</translation>
    </message>
    <message>
        <source>The utility must answer within the legal time, counted in business days; each request shows its deadline.</source>
        <translation>La empresa debe responder en el plazo legal, contado en días hábiles; cada solicitud muestra su fecha límite.</translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>Buscar solicitudes</translation>
    </message>
    <message>
        <source>Search by filing number, subject or contract</source>
        <translation>Buscar por radicado, asunto o contrato</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Show requests by status</source>
        <translation>Mostrar solicitudes por estado</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Open (waiting for an answer)</source>
        <translation>Abiertas (esperando respuesta)</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Nueva solicitud…</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Nueva solicitud</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>You have not filed any request. Use “New request” to file a petition, complaint, claim or suggestion.</source>
        <translation>No ha radicado ninguna solicitud. Use «Nueva solicitud» para radicar una petición, queja, reclamo o sugerencia.</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Dismiss the request that was not accepted</source>
        <translation>Descartar la solicitud que no fue aceptada</translation>
    </message>
    <message>
        <source>The utility did not accept “%1”.</source>
        <translation>La empresa no aceptó «%1».</translation>
    </message>
</context>
<context>
    <name>ov::SampleBillWidget</name>
    <message>
        <source>Sample bill</source>
        <translation>Factura de ejemplo</translation>
    </message>
    <message>
        <source>The bill reference is marked with 1.</source>
        <translation>La referencia de la factura está marcada con el 1.</translation>
    </message>
    <message>
        <source>The meter number is marked with 2.</source>
        <translation>El número del medidor está marcado con el 2.</translation>
    </message>
</context>
<context>
    <name>ov::SecuritySection</name>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Nueva contraseña otra vez</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>Cam&amp;biar contraseña</translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation>Cambiar la contraseña</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation>Re&amp;pítala:</translation>
    </message>
    <message>
        <source>Two-step verification</source>
        <translation>Verificación en dos pasos</translation>
    </message>
    <message>
        <source>&amp;Turn on two-step verification…</source>
        <translation>&amp;Activar la verificación en dos pasos…</translation>
    </message>
    <message>
        <source>Turn on two-step verification</source>
        <translation>Activar la verificación en dos pasos</translation>
    </message>
    <message>
        <source>Code from the app, or a recovery code</source>
        <translation>Código de la aplicación o un código de recuperación</translation>
    </message>
    <message>
        <source>T&amp;urn off</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Turn off two-step verification</source>
        <translation>Desactivar la verificación en dos pasos</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Código:</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Sign out of all &amp;other sessions</source>
        <translation>Cerrar todas las &amp;demás sesiones</translation>
    </message>
    <message>
        <source>Sign out of all other sessions</source>
        <translation>Cerrar todas las demás sesiones</translation>
    </message>
    <message>
        <source>Signed in on a computer you no longer use? End those sessions here.</source>
        <translation>¿Inició sesión en un equipo que ya no usa? Cierre esas sesiones aquí.</translation>
    </message>
    <message>
        <source>On: signing in asks for a code from your authenticator app.</source>
        <translation>Activada: al iniciar sesión se pide un código de su aplicación de autenticación.</translation>
    </message>
    <message>
        <source>Off: signing in asks only for your password.</source>
        <translation>Desactivada: al iniciar sesión solo se pide su contraseña.</translation>
    </message>
    <message>
        <source>Your password was changed. Your other sessions were signed out.</source>
        <translation>Su contraseña cambió. Se cerraron sus otras sesiones.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>La contraseña actual no es correcta.</translation>
    </message>
    <message>
        <source>The server did not accept the new password; choose another.</source>
        <translation>El servidor no aceptó la nueva contraseña; elija otra.</translation>
    </message>
    <message>
        <source>Two-step verification is off.</source>
        <translation>La verificación en dos pasos está desactivada.</translation>
    </message>
    <message>
        <source>The password is not right.</source>
        <translation>La contraseña no es correcta.</translation>
    </message>
    <message>
        <source>The code is not right.</source>
        <translation>El código no es correcto.</translation>
    </message>
    <message>
        <source>It could not be turned off (%1).</source>
        <translation>No se pudo desactivar (%1).</translation>
    </message>
    <message>
        <source>Your other sessions were signed out.</source>
        <translation>Se cerraron sus otras sesiones.</translation>
    </message>
    <message>
        <source>It did not work (%1). Try again.</source>
        <translation>No funcionó (%1). Intente de nuevo.</translation>
    </message>
</context>
<context>
    <name>ov::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Update automatically</source>
        <translation>Actualizar automáticamente</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Solo cuando lo pida</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>Cada 5 minutos</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Cada 15 minutos</translation>
    </message>
    <message>
        <source>Every 30 minutes</source>
        <translation>Cada 30 minutos</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Cada hora</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>&amp;Seguir en la bandeja del sistema al cerrar la ventana</translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation>Seguir en la bandeja del sistema</translation>
    </message>
    <message>
        <source>This desktop has no tray.</source>
        <translation>Este escritorio no tiene bandeja del sistema.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Update automatically:</source>
        <translation>&amp;Actualizar automáticamente:</translation>
    </message>
    <message>
        <source>Saved on this computer</source>
        <translation>Guardado en este equipo</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Midiendo…</translation>
    </message>
    <message>
        <source>&amp;Forget this computer…</source>
        <translation>&amp;Olvidar este equipo…</translation>
    </message>
    <message>
        <source>Forget this computer</source>
        <translation>Olvidar este equipo</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>Space used:</source>
        <translation>Espacio usado:</translation>
    </message>
    <message>
        <source>Signs you out and deletes from this computer your saved data and sign-in, and that of anyone else who used it.</source>
        <translation>Cierra su sesión y borra de este equipo sus datos guardados y su inicio de sesión, y los de cualquier otra persona que lo haya usado.</translation>
    </message>
    <message>
        <source>Close the preferences</source>
        <translation>Cerrar las preferencias</translation>
    </message>
    <message>
        <source>The new language is used the next time Oficina Virtual starts.</source>
        <translation>El nuevo idioma se usará la próxima vez que abra Oficina Virtual.</translation>
    </message>
    <message>
        <source>Sign out and delete everything Oficina Virtual keeps on this computer: your saved contracts, invoices and readings, your sign-in, and changes not yet sent?</source>
        <translation>¿Cerrar la sesión y borrar todo lo que Oficina Virtual guarda en este equipo: sus contratos, facturas y lecturas guardados, su inicio de sesión y los cambios aún no enviados?</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Olvidar</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conservar</translation>
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
    <message>
        <source>&amp;Forgot your password?</source>
        <translation>¿&amp;Olvidó su contraseña?</translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <translation>¿Olvidó su contraseña?</translation>
    </message>
    <message>
        <source>Two-step verification is on. Enter the 6-digit code from your authenticator app, or one of your recovery codes.</source>
        <translation>La verificación en dos pasos está activada. Escriba el código de 6 dígitos de su aplicación de autenticación o uno de sus códigos de recuperación.</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Código de verificación</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Verify the code</source>
        <translation>Verificar el código</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Back to the password</source>
        <translation>Volver a la contraseña</translation>
    </message>
    <message>
        <source>&amp;Verification code:</source>
        <translation>Código de &amp;verificación:</translation>
    </message>
    <message>
        <source>&amp;Create an account</source>
        <translation>C&amp;rear una cuenta</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>Crear una cuenta</translation>
    </message>
    <message>
        <source>That code is not right, or it was already used. Wait for the next code and try again.</source>
        <translation>Ese código no es correcto o ya se usó. Espere el siguiente código e intente de nuevo.</translation>
    </message>
    <message>
        <source>The sign-in took too long. Enter your password again.</source>
        <translation>El inicio de sesión tardó demasiado. Escriba su contraseña de nuevo.</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Escriba el código de su aplicación de autenticación.</translation>
    </message>
    <message>
        <source>Check the code.</source>
        <translation>Revise el código.</translation>
    </message>
    <message>
        <source>Con&amp;tact us</source>
        <translation>Con&amp;táctenos</translation>
    </message>
    <message>
        <source>Contact the utility without an account</source>
        <translation>Escribir a la empresa sin tener cuenta</translation>
    </message>
    <message>
        <source>The utility&apos;s phone, WhatsApp and email</source>
        <translation>Teléfono, WhatsApp y correo de la empresa</translation>
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
    <name>ov::TwoFactorSetupDialog</name>
    <message>
        <source>Turn on two-step verification</source>
        <translation>Activar la verificación en dos pasos</translation>
    </message>
    <message>
        <source>1. Scan this code with an authenticator app (for example FreeOTP, Aegis or Google Authenticator), or type the key below into it.
2. Enter the 6-digit code the app shows.</source>
        <translation>1. Escanee este código con una aplicación de autenticación (por ejemplo FreeOTP, Aegis o Google Authenticator), o escriba en ella la clave de abajo.
2. Escriba el código de 6 dígitos que muestra la aplicación.</translation>
    </message>
    <message>
        <source>QR code for the authenticator app</source>
        <translation>Código QR para la aplicación de autenticación</translation>
    </message>
    <message>
        <source>Code from the app</source>
        <translation>Código de la aplicación</translation>
    </message>
    <message>
        <source>&amp;Turn on</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>Two-step verification is on. If you lose your phone, each of these codes lets you sign in once. Save them somewhere safe now: they are shown only this time.</source>
        <translation>La verificación en dos pasos está activada. Si pierde su teléfono, cada uno de estos códigos le permite iniciar sesión una vez. Guárdelos ahora en un lugar seguro: solo se muestran esta vez.</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>Códigos de recuperación</translation>
    </message>
    <message>
        <source>&amp;Save to file…</source>
        <translation>&amp;Guardar en un archivo…</translation>
    </message>
    <message>
        <source>Save the recovery codes to a file</source>
        <translation>Guardar los códigos de recuperación en un archivo</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Listo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <source>Two-step verification is already on.</source>
        <translation>La verificación en dos pasos ya está activada.</translation>
    </message>
    <message>
        <source>It could not be set up (%1). Try again later.</source>
        <translation>No se pudo configurar (%1). Intente más tarde.</translation>
    </message>
    <message>
        <source>That code is not right. Check the time on your phone and try the next code.</source>
        <translation>Ese código no es correcto. Revise la hora de su teléfono e intente con el siguiente código.</translation>
    </message>
    <message>
        <source>It could not be turned on (%1). Try again.</source>
        <translation>No se pudo activar (%1). Intente de nuevo.</translation>
    </message>
    <message>
        <source>Save the recovery codes</source>
        <translation>Guardar los códigos de recuperación</translation>
    </message>
    <message>
        <source>recovery-codes.txt</source>
        <translation>codigos-de-recuperacion.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Recovery codes for %1. Each one signs you in once.</source>
        <translation>Códigos de recuperación de %1. Cada uno sirve para iniciar sesión una vez.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>No se pudo escribir el archivo: %1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
</context>
<context>
    <name>ov::UserDataPage</name>
    <message>
        <source>Your user</source>
        <translation>Su usuario</translation>
    </message>
    <message>
        <source>Step 2 of 4. Choose how you will sign in, and where we write to you.</source>
        <translation>Paso 2 de 4. Elija cómo iniciará sesión y a dónde le escribimos.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Email again</source>
        <translation>Correo otra vez</translation>
    </message>
    <message>
        <source>I accept the &amp;terms and conditions</source>
        <translation>Acepto los &amp;términos y condiciones</translation>
    </message>
    <message>
        <source>I accept the terms and conditions</source>
        <translation>Acepto los términos y condiciones</translation>
    </message>
    <message>
        <source>I accept the &amp;privacy notice</source>
        <translation>Acepto el aviso de &amp;privacidad</translation>
    </message>
    <message>
        <source>I accept the privacy notice</source>
        <translation>Acepto el aviso de privacidad</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <source>Email a&amp;gain:</source>
        <translation>Correo otra &amp;vez:</translation>
    </message>
    <message>
        <source>Read the &lt;a href=&quot;%1&quot;&gt;terms and conditions&lt;/a&gt; and the &lt;a href=&quot;%2&quot;&gt;privacy notice&lt;/a&gt;.</source>
        <translation>Lea los &lt;a href=&quot;%1&quot;&gt;términos y condiciones&lt;/a&gt; y el &lt;a href=&quot;%2&quot;&gt;aviso de privacidad&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>Máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>No spaces or @, please.</source>
        <translation>Sin espacios ni @, por favor.</translation>
    </message>
    <message>
        <source>This username is taken; choose another.</source>
        <translation>Ese usuario ya existe; elija otro.</translation>
    </message>
    <message>
        <source>Choose a username.</source>
        <translation>Elija un usuario.</translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation>Esto no parece un correo electrónico.</translation>
    </message>
    <message>
        <source>The two emails are not the same.</source>
        <translation>Los dos correos no son iguales.</translation>
    </message>
    <message>
        <source>Creating your user…</source>
        <translation>Creando su usuario…</translation>
    </message>
    <message>
        <source>There is already an account with this email.</source>
        <translation>Ya hay una cuenta con este correo.</translation>
    </message>
    <message>
        <source>The terms changed while you were registering. Read them again and accept.</source>
        <translation>Los términos cambiaron mientras se registraba. Léalos de nuevo y acéptelos.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your internet connection and try again.</source>
        <translation>No se puede contactar el servidor. Revise su conexión a internet e intente de nuevo.</translation>
    </message>
    <message>
        <source>This registration took too long. Go back and enter your customer details again.</source>
        <translation>El registro tardó demasiado. Vuelva atrás y escriba de nuevo sus datos de cliente.</translation>
    </message>
    <message>
        <source>We could not send the activation email right now. Try again in a few minutes.</source>
        <translation>No pudimos enviar el correo de activación ahora. Intente en unos minutos.</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Please try again.</source>
        <translation>Algo salió mal (%1). Intente de nuevo.</translation>
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
        <source>Consumption</source>
        <translation>Consumo</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
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
    <message>
        <source>Type to search</source>
        <translation>Escriba para buscar</translation>
    </message>
    <message>
        <source>Contract (type to search)</source>
        <translation>Contrato (escriba para buscar)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Link a contract</source>
        <translation>Asociar un contrato</translation>
    </message>
    <message>
        <source>O&amp;K</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>Dismiss the message about the saved data</source>
        <translation>Cerrar el aviso sobre los datos guardados</translation>
    </message>
    <message>
        <source>The data saved on this computer was written by a newer version of Oficina Virtual and cannot be read by this one. It was set aside, and your contracts, invoices and readings are being downloaded again.</source>
        <translation>Los datos guardados en este equipo los escribió una versión más reciente de Oficina Virtual y esta no puede leerlos. Se apartaron, y sus contratos, facturas y lecturas se están descargando de nuevo.</translation>
    </message>
    <message>
        <source>The data saved on this computer was damaged and could not be read. It was set aside, and your contracts, invoices and readings are being downloaded again.</source>
        <translation>Los datos guardados en este equipo estaban dañados y no se pudieron leer. Se apartaron, y sus contratos, facturas y lecturas se están descargando de nuevo.</translation>
    </message>
</context>
</TS>
