// Fuzz target: a JSON request body as the server reads it — the content type and the body
// (http::bodyObject: size, syntax, an object), then the readers that run before any database
// work: the bill's proof (CustomerProof, for registration and linking, against both demo
// utilities' forms), the field reader every route uses, the shared account, contract, request
// and reading rules on the values found.

#include "FuzzTarget.h"

#include "accounts/CustomerProof.h"
#include "domain/AccountRules.h"
#include "domain/ContractRules.h"
#include "domain/JsonFieldReader.h"
#include "domain/RequestRules.h"
#include "http/ApiRequest.h"
#include "http/HttpReply.h"
#include "utility/Utility.h"

using namespace ov;
using namespace ov::server;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const Utility electricity = *Utility::demo(QStringLiteral("electricity-co"));
    static const Utility water = *Utility::demo(QStringLiteral("water-mx"));
    httplib::Request http;
    http.body.assign(reinterpret_cast<const char *>(data), size);
    http.headers.emplace("Content-Type", size % 7 == 0 ? "text/plain" : "application/json");
    const ApiRequest req{http, {}, std::nullopt, QStringLiteral("es"), {}, {}};
    httplib::Response res;
    const auto body = http::bodyObject(req, res);
    if (!body) {
        if (res.status < 400) // refused bodies are answered with a problem
            __builtin_trap();
        return 0;
    }
    for (const Utility *utility : {&electricity, &water}) {
        QList<FieldError> errors;
        if (const auto proof = CustomerProof::read(*body, utility->defaultConfig(), &errors))
            g_sink += proof->customerType().size();
        else if (errors.isEmpty()) // a refusal always says which field
            __builtin_trap();
    }
    JsonFieldReader fields(*body);
    const QString login = fields.requiredString(QStringLiteral("login"), 254);
    const auto email = fields.optionalString(QStringLiteral("email"), 254);
    const auto phone = fields.optionalString(QStringLiteral("contactPhone"), 40);
    const auto alias = fields.optionalString(QStringLiteral("alias"), 240);
    const auto paperless = fields.optionalBool(QStringLiteral("paperless"));
    g_sink += login.size() + fields.errors().size() + (paperless ? 1 : 0);
    g_sink += AccountRules::checkUsername(login).size() + AccountRules::fold(login).size();
    if (email)
        g_sink += AccountRules::checkEmail(*email).size() +
                  ContractRules::checkBillingEmail(*email).size();
    if (phone)
        g_sink += ContractRules::checkContactPhone(*phone).size();
    if (alias)
        g_sink += ContractRules::checkAlias(*alias).size();
    const Address address =
        Address::fromJson(body->value(QLatin1StringView("billingAddress")).toObject());
    for (const char *country : {"CO", "MX", "PE"})
        g_sink += ContractRules::checkAddress(address, QString::fromLatin1(country),
                                              QStringLiteral("billingAddress"))
                      .size();
    const UtilityConfig &config = electricity.defaultConfig();
    auto text = [&body](const char *key) {
        return body->value(QLatin1StringView(key)).toString();
    };
    g_sink += RequestRules::checkRequest(config.requestCategories, text("categoryId"),
                                         text("contractId"), text("subject"), text("description"))
                  .size();
    g_sink += RequestRules::checkContact(config.requestCategories, text("name"), text("email"),
                                         text("categoryId"), text("description"))
                  .size();
    g_sink += RequestRules::checkReply(text("body")).size();
    return 0;
}
