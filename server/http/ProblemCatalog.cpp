#include "ProblemCatalog.h"

#include <QHash>

namespace ov::server {

QString ProblemCatalog::title(const QString &code, const QString &language)
{
    struct Titles
    {
        const char *es;
        const char *en;
    };
    static const QHash<QString, Titles> titles = {
        {QStringLiteral("bad_request"), {"Solicitud no válida", "Bad request"}},
        {QStringLiteral("malformed_json"),
         {"El cuerpo no es un objeto JSON válido", "The body is not a valid JSON object"}},
        {QStringLiteral("validation_failed"),
         {"Hay datos que revisar", "Some fields need attention"}},
        {QStringLiteral("unsupported_media_type"),
         {"Tipo de contenido no admitido", "Unsupported content type"}},
        {QStringLiteral("payload_too_large"),
         {"La solicitud es demasiado grande", "The request is too large"}},
        {QStringLiteral("unauthorized"), {"Debe iniciar sesión", "You need to sign in"}},
        {QStringLiteral("invalid_token"),
         {"La sesión no es válida o ha expirado", "The session is invalid or has expired"}},
        {QStringLiteral("invalid_credentials"),
         {"Usuario o contraseña incorrectos", "Wrong username or password"}},
        {QStringLiteral("account_locked"),
         {"Cuenta bloqueada temporalmente por intentos fallidos",
          "Account temporarily locked after failed attempts"}},
        {QStringLiteral("account_not_activated"),
         {"La cuenta aún no está activada", "The account is not activated yet"}},
        {QStringLiteral("invalid_refresh_token"),
         {"La sesión ha expirado; inicie sesión de nuevo",
          "The session has expired; sign in again"}},
        {QStringLiteral("not_found"), {"No encontrado", "Not found"}},
        {QStringLiteral("csrf_failed"),
         {"La solicitud no vino de la página de pago",
          "The request did not come from the payment page"}},
        {QStringLiteral("interval_data_unavailable"),
         {"Este contrato no tiene datos de consumo por intervalos",
          "This contract has no interval consumption data"}},
        {QStringLiteral("request_closed"), {"La solicitud está cerrada", "The request is closed"}},
        {QStringLiteral("reading_rejected"),
         {"La lectura no se puede aceptar", "The reading cannot be accepted"}},
        {QStringLiteral("invoice_already_paid"),
         {"Esta factura ya está pagada", "This invoice is already paid"}},
        {QStringLiteral("method_not_allowed"),
         {"Método no permitido en este recurso", "Method not allowed on this resource"}},
        {QStringLiteral("invalid_cursor"),
         {"El cursor de paginación no es válido", "The pagination cursor is not valid"}},
        {QStringLiteral("sync_token_invalid"),
         {"La posición de sincronización no es válida; sincronice todo de nuevo",
          "The sync position is not valid; sync everything again"}},
        {QStringLiteral("sync_token_expired"),
         {"La posición de sincronización es demasiado antigua; sincronice todo de nuevo",
          "The sync position is too old; sync everything again"}},
        {QStringLiteral("too_many_requests"),
         {"Demasiadas solicitudes; intente más tarde", "Too many requests; try again later"}},
        {QStringLiteral("customer_not_found"),
         {"Los datos no coinciden con ningún cliente", "The details do not match any customer"}},
        {QStringLiteral("customer_already_registered"),
         {"Este cliente ya tiene un usuario registrado", "This customer already has a user"}},
        {QStringLiteral("already_linked"),
         {"El contrato ya está asociado a su usuario", "The contract is already in your account"}},
        {QStringLiteral("linked_to_another_account"),
         {"El contrato está asociado a otra cuenta", "The contract belongs to another account"}},
        {QStringLiteral("last_contract"),
         {"No puede desvincular su único contrato", "You cannot unlink your only contract"}},
        {QStringLiteral("conflict"),
         {"Hay datos que ya están en uso", "Some details are already in use"}},
        {QStringLiteral("invalid_code"),
         {"El código no es válido o ya se usó", "The code is not valid or was used"}},
        {QStringLiteral("code_expired"), {"El código expiró", "The code has expired"}},
        {QStringLiteral("invalid_mfa_token"),
         {"El inicio de sesión expiró; empiece de nuevo", "The sign-in expired; start again"}},
        {QStringLiteral("invalid_mfa_code"),
         {"El código de verificación no es correcto", "The verification code is not correct"}},
        {QStringLiteral("totp_already_enabled"),
         {"La verificación en dos pasos ya está activada", "Two-step verification is already on"}},
        {QStringLiteral("totp_not_set_up"),
         {"Primero configure la verificación en dos pasos", "Set up two-step verification first"}},
        {QStringLiteral("totp_not_enabled"),
         {"La verificación en dos pasos no está activada", "Two-step verification is not on"}},
        {QStringLiteral("idempotency_key_reused"),
         {"La clave de idempotencia ya se usó con otros datos",
          "The idempotency key was used with other data"}},
        {QStringLiteral("internal_error"), {"Error interno del servidor", "Internal server error"}},
        {QStringLiteral("service_unavailable"), {"Servicio no disponible", "Service unavailable"}},
    };
    const auto it = titles.constFind(code);
    if (it == titles.cend())
        return code;
    return QString::fromUtf8(language == QLatin1StringView("en") ? it->en : it->es);
}

} // namespace ov::server
