#include "EmailTemplates.h"

#include <QUrl>
#include <QUrlQuery>

namespace ov::server {

namespace {

bool english(const QString &language)
{
    return language == QLatin1StringView("en");
}

QString escape(const QString &s)
{
    return s.toHtmlEscaped();
}

// Wraps paragraphs into both bodies; `code` (if any) stands alone on its own line in the text
// so it survives line wrapping and is easy to copy.
Email build(const QString &to, const QString &subject, const QStringList &paragraphs,
            const QString &code, const QString &link, const QString &signature)
{
    Email e;
    e.to = to;
    e.subject = subject;
    QStringList text = paragraphs;
    QString html = QStringLiteral("<!DOCTYPE html><html><body style=\"font-family:sans-serif\">");
    for (const QString &p : paragraphs)
        html += QStringLiteral("<p>") + escape(p) + QStringLiteral("</p>");
    if (!code.isEmpty()) {
        text.insert(1, QStringLiteral("    ") + code);
        html += QStringLiteral("<p style=\"font-size:1.4em;font-family:monospace\">") +
                escape(code) + QStringLiteral("</p>");
    }
    if (!link.isEmpty()) {
        text << link;
        html += QStringLiteral("<p><a href=\"") + escape(link) + QStringLiteral("\">") +
                escape(link) + QStringLiteral("</a></p>");
    }
    text << signature;
    html += QStringLiteral("<p>") + escape(signature) + QStringLiteral("</p></body></html>");
    e.text = text.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
    e.html = html;
    return e;
}

} // namespace

QString EmailTemplates::activationLink(const QString &code)
{
    QUrl url;
    url.setScheme(QStringLiteral("oficinavirtual"));
    url.setHost(QStringLiteral("activate"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("code"), code);
    url.setQuery(q);
    return url.toString(QUrl::FullyEncoded);
}

Email EmailTemplates::notification(const QString &language, const QString &utility,
                                   const QString &to, const QString &title, const QString &body)
{
    if (english(language))
        return build(to, title,
                     {body, QStringLiteral("Open Oficina Virtual to see the details. You can "
                                           "choose which emails you get in your profile.")},
                     {}, {}, utility);
    return build(to, title,
                 {body, QStringLiteral("Abra Oficina Virtual para ver el detalle. Puede elegir qué "
                                       "correos recibe en su perfil.")},
                 {}, {}, utility);
}

Email EmailTemplates::contactReceipt(const QString &language, const QString &utility,
                                     const QString &to, const QString &name, const QString &number,
                                     const QString &deadline)
{
    if (english(language))
        return build(
            to, QStringLiteral("We received your message: %1").arg(number),
            {QStringLiteral("Hello %1, we received your message. Its filing number is:").arg(name),
             QStringLiteral("Quote it whenever you contact us about it. We will answer by email "
                            "by %1 at the latest.")
                 .arg(deadline)},
            number, {}, utility);
    return build(
        to, QStringLiteral("Recibimos su mensaje: %1").arg(number),
        {QStringLiteral("Hola %1, recibimos su mensaje. Su número de radicado es:").arg(name),
         QStringLiteral(
             "Cítelo siempre que nos contacte por este tema. Le responderemos por correo "
             "a más tardar el %1.")
             .arg(deadline)},
        number, {}, utility);
}

Email EmailTemplates::activation(const QString &language, const QString &utility, const QString &to,
                                 const QString &username, const QString &code)
{
    if (english(language))
        return build(
            to, QStringLiteral("Activate your %1 account").arg(utility),
            {QStringLiteral("Hello %1, your activation code is:").arg(username),
             QStringLiteral("Enter it in Oficina Virtual, or open the link below on the computer "
                            "where the app is installed. It works once, for 24 hours."),
             QStringLiteral("If you did not register, ignore this message.")},
            code, activationLink(code), utility);
    return build(
        to, QStringLiteral("Active su cuenta de %1").arg(utility),
        {QStringLiteral("Hola %1, su código de activación es:").arg(username),
         QStringLiteral("Escríbalo en Oficina Virtual o abra el enlace de abajo en el equipo donde "
                        "está instalada la aplicación. Sirve una sola vez, durante 24 horas."),
         QStringLiteral("Si usted no se registró, ignore este mensaje.")},
        code, activationLink(code), utility);
}

Email EmailTemplates::passwordReset(const QString &language, const QString &utility,
                                    const QString &to, const QString &code)
{
    if (english(language))
        return build(
            to, QStringLiteral("Your %1 password reset code").arg(utility),
            {QStringLiteral("Your code to choose a new password is:"),
             QStringLiteral("It works once, for 30 minutes. Setting a new password signs you out "
                            "everywhere."),
             QStringLiteral("If you did not ask for it, ignore this message: your password has not "
                            "changed.")},
            code, {}, utility);
    return build(to, QStringLiteral("Código para restablecer su contraseña de %1").arg(utility),
                 {QStringLiteral("Su código para elegir una nueva contraseña es:"),
                  QStringLiteral(
                      "Sirve una sola vez, durante 30 minutos. Al cambiar la contraseña se cierran "
                      "todas sus sesiones."),
                  QStringLiteral(
                      "Si usted no lo pidió, ignore este mensaje: su contraseña no ha cambiado.")},
                 code, {}, utility);
}

Email EmailTemplates::passwordChanged(const QString &language, const QString &utility,
                                      const QString &to, const QString &username)
{
    if (english(language))
        return build(to, QStringLiteral("Your %1 password was changed").arg(utility),
                     {QStringLiteral(
                          "Hello %1, the password of your account was just changed and your other "
                          "sessions were signed out.")
                          .arg(username),
                      QStringLiteral("If it was not you, reset your password now and contact us.")},
                     {}, {}, utility);
    return build(
        to, QStringLiteral("Su contraseña de %1 cambió").arg(utility),
        {QStringLiteral(
             "Hola %1, la contraseña de su cuenta acaba de cambiar y se cerraron sus otras "
             "sesiones.")
             .arg(username),
         QStringLiteral("Si no fue usted, restablezca su contraseña ahora y contáctenos.")},
        {}, {}, utility);
}

Email EmailTemplates::registrationAttempt(const QString &language, const QString &utility,
                                          const QString &to, const QString &username)
{
    if (english(language))
        return build(to, QStringLiteral("Someone tried to register your %1 email").arg(utility),
                     {QStringLiteral("Hello %1, someone just tried to open a new %2 account with "
                                     "this email address, which is already yours.")
                          .arg(username, utility),
                      QStringLiteral("If it was you, sign in with your user (or reset your "
                                     "password if you do not remember it). If not, you need do "
                                     "nothing: no account was opened.")},
                     {}, {}, utility);
    return build(to, QStringLiteral("Alguien intentó registrar su correo de %1").arg(utility),
                 {QStringLiteral("Hola %1, alguien acaba de intentar abrir una cuenta nueva de %2 "
                                 "con esta dirección de correo, que ya es suya.")
                      .arg(username, utility),
                  QStringLiteral("Si fue usted, inicie sesión con su usuario (o restablezca su "
                                 "contraseña si no la recuerda). Si no, no tiene que hacer nada: "
                                 "no se abrió ninguna cuenta.")},
                 {}, {}, utility);
}

Email EmailTemplates::contractLinkAttempt(const QString &language, const QString &utility,
                                          const QString &to, const QString &username,
                                          const QString &contractNumber)
{
    if (english(language))
        return build(to, QStringLiteral("Someone tried to add your %1 contract").arg(utility),
                     {QStringLiteral("Hello %1, someone just tried to add contract %2, which is "
                                     "in your account, to another %3 account, with the details "
                                     "printed on its bill.")
                          .arg(username, contractNumber, utility),
                      QStringLiteral("It was refused: the contract stays only in your account. If "
                                     "you did not expect this, keep your bills where others cannot "
                                     "read them, and contact us if it happens again.")},
                     {}, {}, utility);
    return build(to, QStringLiteral("Alguien intentó asociar su contrato de %1").arg(utility),
                 {QStringLiteral("Hola %1, alguien acaba de intentar asociar el contrato %2, que "
                                 "está en su cuenta, a otra cuenta de %3, con los datos impresos "
                                 "en su factura.")
                      .arg(username, contractNumber, utility),
                  QStringLiteral("Se rechazó: el contrato sigue solo en su cuenta. Si no lo "
                                 "esperaba, guarde sus facturas donde otros no puedan leerlas y "
                                 "contáctenos si vuelve a ocurrir.")},
                 {}, {}, utility);
}

Email EmailTemplates::billingEmailChange(const QString &language, const QString &utility,
                                         const QString &to, const QString &contractNumber,
                                         const QString &code)
{
    if (english(language))
        return build(
            to,
            QStringLiteral("Confirm the email for the bills of contract %1").arg(contractNumber),
            {QStringLiteral("The bills of %1 contract %2 are to be sent to this address. "
                            "Your code to confirm it is:")
                 .arg(utility, contractNumber),
             QStringLiteral("It works once, for 24 hours. Until it is entered, bills go "
                            "where they went before.")},
            code, {}, utility);
    return build(
        to,
        QStringLiteral("Confirme el correo para las facturas del contrato %1").arg(contractNumber),
        {QStringLiteral("Las facturas del contrato %2 de %1 se enviarán a esta "
                        "dirección. Su código para confirmarla es:")
             .arg(utility, contractNumber),
         QStringLiteral("Sirve una sola vez, durante 24 horas. Mientras no lo ingrese, "
                        "las facturas siguen llegando adonde llegaban.")},
        code, {}, utility);
}

Email EmailTemplates::contactEmailChange(const QString &language, const QString &utility,
                                         const QString &to, const QString &code)
{
    if (english(language))
        return build(to, QStringLiteral("Confirm your new %1 contact email").arg(utility),
                     {QStringLiteral("Your code to confirm this address is:"),
                      QStringLiteral("It works once, for 24 hours.")},
                     code, {}, utility);
    return build(to, QStringLiteral("Confirme su nuevo correo de contacto de %1").arg(utility),
                 {QStringLiteral("Su código para confirmar esta dirección es:"),
                  QStringLiteral("Sirve una sola vez, durante 24 horas.")},
                 code, {}, utility);
}

} // namespace ov::server
