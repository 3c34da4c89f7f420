#include "DemoCatalog.h"

namespace ov::server {

namespace {

DemoCatalog colombia()
{
    DemoCatalog c;
    c.utilityId = QStringLiteral("electricity-co");
    c.country = QStringLiteral("CO");
    c.currency = QStringLiteral("COP");
    c.unit = QStringLiteral("kWh");
    c.referencePrefix = QStringLiteral("10");
    c.meterPrefix = QStringLiteral("EDV-");
    c.invoicePrefix = QStringLiteral("FE");
    c.cities = {
        {QStringLiteral("Medellín"), QStringLiteral("Antioquia"), QStringLiteral("050021")},
        {QStringLiteral("Envigado"), QStringLiteral("Antioquia"), QStringLiteral("055422")},
        {QStringLiteral("Itagüí"), QStringLiteral("Antioquia"), QStringLiteral("055412")},
        {QStringLiteral("Bello"), QStringLiteral("Antioquia"), QStringLiteral("051050")},
        {QStringLiteral("Rionegro"), QStringLiteral("Antioquia"), QStringLiteral("054040")},
        {QStringLiteral("Sabaneta"), QStringLiteral("Antioquia"), QStringLiteral("055450")}};
    c.streets = {QStringLiteral("Calle %1 # %2-%3"), QStringLiteral("Carrera %1 # %2-%3"),
                 QStringLiteral("Transversal %1 # %2-%3"), QStringLiteral("Diagonal %1 # %2-%3")};
    c.people = {{QStringLiteral("Laura"), QStringLiteral("Gómez"), QStringLiteral("Restrepo")},
                {QStringLiteral("Andrés"), QStringLiteral("Muñoz"), QStringLiteral("Zapata")},
                {QStringLiteral("Catalina"), QStringLiteral("Ríos"), QStringLiteral("Londoño")},
                {QStringLiteral("Juan Pablo"), QStringLiteral("Ospina"), QStringLiteral("Vélez")}};
    c.companies = {QStringLiteral("Textiles Andinos S.A.S."),
                   QStringLiteral("Panadería La Espiga S.A.S."),
                   QStringLiteral("Talleres El Poblado Ltda.")};
    c.companyTaxIds = {QStringLiteral("900123456-7"), QStringLiteral("901234567-1"),
                       QStringLiteral("800345678-2")};
    c.largeCompany = QStringLiteral("Supermercados La Canasta S.A.S.");
    c.largeCompanyTaxId = QStringLiteral("900987654-3");
    c.residentialTariffs = {QStringLiteral("Residencial estrato 3"),
                            QStringLiteral("Residencial estrato 4"),
                            QStringLiteral("Residencial estrato 5")};
    c.businessTariff = QStringLiteral("Comercial baja tensión");
    c.demoAliases = {QStringLiteral("Casa"), QStringLiteral("Apartamento arrendado"),
                     QStringLiteral("Finca Rionegro")};
    return c;
}

DemoCatalog mexico()
{
    DemoCatalog c;
    c.utilityId = QStringLiteral("water-mx");
    c.country = QStringLiteral("MX");
    c.currency = QStringLiteral("MXN");
    c.unit = QStringLiteral("m3");
    c.referencePrefix = QStringLiteral("45");
    c.meterPrefix = QStringLiteral("AO");
    c.invoicePrefix = QStringLiteral("AG");
    c.cities = {{QStringLiteral("Guadalajara"), QStringLiteral("Jalisco"), QStringLiteral("44160")},
                {QStringLiteral("Zapopan"), QStringLiteral("Jalisco"), QStringLiteral("45050")},
                {QStringLiteral("Tlaquepaque"), QStringLiteral("Jalisco"), QStringLiteral("45500")},
                {QStringLiteral("Tonalá"), QStringLiteral("Jalisco"), QStringLiteral("45400")},
                {QStringLiteral("Tlajomulco"), QStringLiteral("Jalisco"), QStringLiteral("45640")}};
    c.streets = {QStringLiteral("Av. Vallarta %1, Int. %2-%3"),
                 QStringLiteral("Calle Morelos %1, Int. %2-%3"),
                 QStringLiteral("Av. Patria %1, Int. %2-%3"),
                 QStringLiteral("Calle Hidalgo %1, Int. %2-%3")};
    c.people = {{QStringLiteral("María"), QStringLiteral("Hernández"), QStringLiteral("López")},
                {QStringLiteral("José Luis"), QStringLiteral("García"), QStringLiteral("Martínez")},
                {QStringLiteral("Guadalupe"), QStringLiteral("Ramírez"), QStringLiteral("Núñez")},
                {QStringLiteral("Fernando"), QStringLiteral("Sánchez"), QStringLiteral("Ortiz")}};
    c.companies = {QStringLiteral("Alimentos del Bajío S.A. de C.V."),
                   QStringLiteral("Lavandería Tapatía S. de R.L."),
                   QStringLiteral("Hotel Plaza Minerva S.A. de C.V.")};
    c.companyTaxIds = {QStringLiteral("ABA010203XY1"), QStringLiteral("LTA150601QW2"),
                       QStringLiteral("HPM990817KL3")};
    c.largeCompany = QStringLiteral("Tiendas El Surtidor S.A. de C.V.");
    c.largeCompanyTaxId = QStringLiteral("TSU080312AB4");
    c.residentialTariffs = {QStringLiteral("Doméstico popular"), QStringLiteral("Doméstico medio"),
                            QStringLiteral("Doméstico residencial")};
    c.businessTariff = QStringLiteral("Comercial");
    c.demoAliases = {QStringLiteral("Casa"), QStringLiteral("Departamento en renta"),
                     QStringLiteral("Casa de mis papás")};
    c.water = true;
    return c;
}

} // namespace

DemoCatalog DemoCatalog::forUtility(const QString &utilityId)
{
    return utilityId == QLatin1StringView("water-mx") ? mexico() : colombia();
}

QString DemoCatalog::street(int houseNumber, int streetIndex) const
{
    const QString pattern = streets.at(streetIndex % streets.size());
    return pattern.arg(10 + houseNumber % 90)
        .arg(1 + (houseNumber * 7) % 99)
        .arg(10 + (houseNumber * 13) % 89);
}

} // namespace ov::server
