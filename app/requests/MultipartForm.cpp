#include "MultipartForm.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringList>
#include <QUuid>

namespace ov {

namespace {

// A quoted-string parameter value: no quotes, backslashes or line breaks (RFC 7578 §4.2 lets
// the UTF-8 name through as it is).
QByteArray quoted(const QString &name)
{
    QString clean = name;
    clean.replace(QLatin1Char('"'), QLatin1Char('_'));
    clean.replace(QLatin1Char('\\'), QLatin1Char('_'));
    clean.remove(QLatin1Char('\r'));
    clean.remove(QLatin1Char('\n'));
    return clean.toUtf8();
}

} // namespace

MultipartForm::MultipartForm()
    : m_boundary("ov-" + QUuid::createUuid().toByteArray(QUuid::Id128))
{}

void MultipartForm::addJson(const QByteArray &name, const QJsonObject &object)
{
    m_body += "--" + m_boundary + "\r\nContent-Disposition: form-data; name=\"" + name +
              "\"\r\nContent-Type: application/json\r\n\r\n" +
              QJsonDocument(object).toJson(QJsonDocument::Compact) + "\r\n";
}

void MultipartForm::addFile(const QByteArray &name, const QString &fileName,
                            const QByteArray &contentType, const QByteArray &bytes)
{
    m_body += "--" + m_boundary + "\r\nContent-Disposition: form-data; name=\"" + name +
              "\"; filename=\"" + quoted(fileName) + "\"\r\nContent-Type: " + contentType +
              "\r\n\r\n" + bytes + "\r\n";
}

QByteArray MultipartForm::body() const
{
    return m_body + "--" + m_boundary + "--\r\n";
}

QByteArray MultipartForm::contentType() const
{
    return "multipart/form-data; boundary=" + m_boundary;
}

QJsonObject MultipartForm::firstJson(const QByteArray &body)
{
    const qsizetype start = body.indexOf("\r\n\r\n");
    if (!body.startsWith("--") || start < 0)
        return {};
    const QByteArray boundary = body.left(body.indexOf("\r\n"));
    const qsizetype end = body.indexOf(QByteArray("\r\n" + boundary), start + 4);
    if (end < 0)
        return {};
    return QJsonDocument::fromJson(body.mid(start + 4, end - start - 4)).object();
}

QStringList MultipartForm::fileNames(const QByteArray &body)
{
    QStringList names;
    static const QRegularExpression re(QStringLiteral(
        "\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\"([^\"]*)\""));
    // Only headers right after a boundary count: a file's bytes are not searched as headers.
    const QByteArray boundary = body.left(body.indexOf("\r\n"));
    qsizetype at = 0;
    const QByteArray marker = boundary + "\r\nContent-Disposition";
    while ((at = body.indexOf(marker, at)) >= 0) {
        const qsizetype lineEnd = body.indexOf("\r\n", at + boundary.size() + 2);
        const QString header = QStringLiteral("\r\n") +
                               QString::fromUtf8(body.mid(at + boundary.size() + 2,
                                                          lineEnd - at - boundary.size() - 2));
        if (const auto m = re.match(header); m.hasMatch())
            names << m.captured(1);
        at = lineEnd;
    }
    return names;
}

} // namespace ov
