#include "Utility.h"

#include "domain/ContractRules.h"

#include <QFile>
#include <QJsonDocument>

namespace ov::server {

namespace {

using Text = std::pair<const char *, const char *>; // Spanish, English

QString pick(const QString &language, Text t)
{
    return QString::fromUtf8(language == QLatin1StringView("en") ? t.second : t.first);
}

QList<RequestCategory> categories(const QString &lang, bool water)
{
    // Answer times in business days: in Colombia 15 for every petition, complaint or claim (Ley
    // 142 de 1994 art. 158); the Mexican demo utility sets its own per category.
    const auto days = [water](int mx) {
        return water ? mx : 15;
    };
    const QString service = QStringLiteral("service");
    const QString feedback = QStringLiteral("feedback");
    const QString digital = QStringLiteral("digital");
    return {
        {QStringLiteral("general_query"), pick(lang, {"Consulta general", "General query"}),
         pick(lang, {"Preguntas sobre su servicio, trámites o tarifas.",
                     "Questions about your service, procedures or rates."}),
         days(5), service, QStringLiteral("petition"), false},
        {QStringLiteral("bill_not_delivered"),
         pick(lang, {"Factura no entregada", "Bill not delivered"}),
         pick(lang, {"No recibió su factura impresa o por correo.",
                     "Your printed or emailed bill did not arrive."}),
         days(3), service, QStringLiteral("claim"), true},
        {QStringLiteral("unapplied_payment"),
         pick(lang, {"Pago no aplicado", "Payment not applied"}),
         pick(lang, {"Pagó y el pago no aparece en su cuenta.",
                     "You paid and the payment does not show on your account."}),
         days(10), service, QStringLiteral("claim"), true},
        {QStringLiteral("high_consumption"),
         pick(lang, {"Reclamo por alto consumo", "High consumption claim"}),
         pick(lang, {"Cobros, lecturas o consumos que no reconoce en su factura.",
                     "Charges, readings or consumption on your bill you do not recognise."}),
         days(15), service, QStringLiteral("claim"), true},
        {QStringLiteral("reconnection"), pick(lang, {"Reconexión del servicio", "Reconnection"}),
         pick(lang, {"Pidió la reconexión y el servicio sigue suspendido.",
                     "You asked for reconnection and the service is still cut off."}),
         days(2), service, QStringLiteral("petition"), true},
        {QStringLiteral("suggestion"), pick(lang, {"Sugerencia", "Suggestion"}),
         pick(lang, {"Ideas para mejorar el servicio.", "Ideas to improve the service."}), days(10),
         feedback, QStringLiteral("suggestion"), false},
        {QStringLiteral("complaint"),
         pick(lang, {"Queja por la atención", "Complaint about service"}),
         pick(lang, {"Inconformidad con la atención recibida.",
                     "Dissatisfaction with the attention you received."}),
         days(10), feedback, QStringLiteral("complaint"), false},
        {QStringLiteral("other"), pick(lang, {"Otro", "Other"}),
         pick(lang,
              {"Opiniones, felicitaciones u otros temas.", "Opinions, praise or other topics."}),
         days(10), feedback, QStringLiteral("petition"), false},
        {QStringLiteral("digital_incident"),
         pick(lang, {"Incidente en canales digitales", "Digital channel incident"}),
         pick(lang, {"Fallas en la oficina virtual, la app o los pagos en línea.",
                     "Problems with the virtual office, the app or online payments."}),
         days(5), digital, QStringLiteral("complaint"), false},
    };
}

UtilityConfig electricity(const QString &lang)
{
    UtilityConfig c;
    c.utilityId = QStringLiteral("electricity-co");
    c.name = pick(lang, {"Energía del Valle (demo)", "Energía del Valle (demo)"});
    c.serviceKind = QStringLiteral("electricity");
    c.country = QStringLiteral("CO");
    c.unit = QStringLiteral("kWh");
    c.currency = QStringLiteral("COP");
    c.locale = QStringLiteral("es_CO");
    c.timeZone = QStringLiteral("America/Bogota");
    c.intervalData = true;
    c.readingWindow = ReadingWindow{1, 31, 3}; // any day; smart meters read themselves too
    c.registration = {
        {QStringLiteral("individual"),
         {QStringLiteral("reference"), QStringLiteral("meterNumber"),
          QStringLiteral("paternalSurname"), QStringLiteral("maternalSurname")}},
        {QStringLiteral("business"),
         {QStringLiteral("reference"), QStringLiteral("companyName"),
          QStringLiteral("meterNumber")}},
    };
    c.passwordPolicy = PasswordPolicy{}; // ≥8, ≤128, not common, not the username/email
    c.requestCategories = categories(lang, false);
    c.supportChannels = {
        {QStringLiteral("phone"), pick(lang, {"Línea de atención", "Customer line"}),
         QStringLiteral("+57 604 444 0000"), pick(lang, {"24 horas", "24 hours"})},
        {QStringLiteral("email"), pick(lang, {"Correo", "Email"}),
         QStringLiteral("atencion@energiadelvalle.example"),
         pick(lang, {"Respuesta en 1 día hábil", "Answer within 1 business day"})},
        {QStringLiteral("whatsapp"), pick(lang, {"WhatsApp", "WhatsApp"}),
         QStringLiteral("+57 300 444 0000"),
         pick(lang, {"Lunes a sábado 7:00–19:00", "Monday to Saturday 7:00–19:00"})},
        {QStringLiteral("office"), pick(lang, {"Oficina principal", "Main office"}),
         QStringLiteral("Carrera 43A # 1-50, Medellín"),
         pick(lang, {"Lunes a viernes 7:00–17:00", "Monday to Friday 7:00–17:00"})},
    };
    c.termsUrl = QUrl(QStringLiteral("https://energiadelvalle.example/terminos"));
    c.privacyUrl = QUrl(QStringLiteral("https://energiadelvalle.example/privacidad"));
    c.termsVersion = QStringLiteral("2026-01");
    c.contractEdits = ContractRules::editableFields();
    return c;
}

UtilityConfig water(const QString &lang)
{
    UtilityConfig c;
    c.utilityId = QStringLiteral("water-mx");
    c.name = pick(lang, {"Agua de Occidente (demo)", "Agua de Occidente (demo)"});
    c.serviceKind = QStringLiteral("water");
    c.country = QStringLiteral("MX");
    c.unit = QStringLiteral("m3");
    c.currency = QStringLiteral("MXN");
    c.locale = QStringLiteral("es_MX");
    c.timeZone = QStringLiteral("America/Mexico_City");
    c.intervalData = false;
    c.readingWindow = ReadingWindow{1, 25, 3}; // "autolectura", the 1st to the 25th
    c.registration = {
        {QStringLiteral("individual"),
         {QStringLiteral("reference"), QStringLiteral("meterNumber"),
          QStringLiteral("paternalSurname"), QStringLiteral("maternalSurname")}},
        {QStringLiteral("business"),
         {QStringLiteral("reference"), QStringLiteral("companyName"),
          QStringLiteral("meterNumber")}},
    };
    PasswordPolicy p;
    p.minDigits = 2; // as the real utility demands
    p.minLetters = 2;
    c.passwordPolicy = p;
    c.requestCategories = categories(lang, true);
    c.supportChannels = {
        {QStringLiteral("phone"), pick(lang, {"Aquatel", "Aquatel"}),
         QStringLiteral("+52 33 3000 0000"),
         pick(lang, {"Lunes a sábado 8:00–20:00", "Monday to Saturday 8:00–20:00"})},
        {QStringLiteral("email"), pick(lang, {"Correo", "Email"}),
         QStringLiteral("contacto@aguadeoccidente.example"),
         pick(lang, {"Respuesta en 2 días hábiles", "Answer within 2 business days"})},
        {QStringLiteral("whatsapp"), pick(lang, {"WhatsApp", "WhatsApp"}),
         QStringLiteral("+52 33 3000 0001"),
         pick(lang, {"Todos los días 8:00–20:00", "Every day 8:00–20:00"})},
        {QStringLiteral("web"), pick(lang, {"Chat en línea", "Web chat"}),
         QStringLiteral("https://aguadeoccidente.example/chat"),
         pick(lang, {"Lunes a viernes 9:00–18:00", "Monday to Friday 9:00–18:00"})},
    };
    c.termsUrl = QUrl(QStringLiteral("https://aguadeoccidente.example/terminos"));
    c.privacyUrl = QUrl(QStringLiteral("https://aguadeoccidente.example/aviso-de-privacidad"));
    c.termsVersion = QStringLiteral("2025-07");
    // Printed bills go to the supply address: there is no separate billing address to change.
    c.contractEdits = {QStringLiteral("alias"), QStringLiteral("billingEmail"),
                       QStringLiteral("paperless"), QStringLiteral("contactPhone")};
    return c;
}

} // namespace

QStringList Utility::demoIds()
{
    return {QStringLiteral("electricity-co"), QStringLiteral("water-mx")};
}

std::optional<Utility> Utility::demo(const QString &id)
{
    Utility u;
    for (const QString &lang : {QStringLiteral("es"), QStringLiteral("en")}) {
        if (id == QLatin1StringView("electricity-co"))
            u.m_configs.insert(lang, electricity(lang));
        else if (id == QLatin1StringView("water-mx"))
            u.m_configs.insert(lang, water(lang));
        else
            return std::nullopt;
    }
    return u;
}

std::optional<Utility> Utility::fromFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("%1: %2").arg(path, parseError.errorString());
        return std::nullopt;
    }
    auto config = UtilityConfig::fromJson(doc.object(), error);
    if (!config)
        return std::nullopt;
    Utility u;
    u.m_configs.insert(QStringLiteral("es"), *config);
    return u;
}

const UtilityConfig &Utility::config(const QString &language) const
{
    auto it = m_configs.constFind(language);
    if (it == m_configs.cend())
        it = m_configs.constFind(m_defaultLanguage);
    return it != m_configs.cend() ? *it : m_configs.first();
}

} // namespace ov::server
