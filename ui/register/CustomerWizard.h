#pragma once

#include "api/ApiError.h"

#include <QJsonObject>
#include <QWizard>

#include <functional>
#include <optional>

namespace ov {

class AppController;

// A wizard that starts by proving the user holds a bill (CustomerTypePage, then
// CustomerDataPage with the picture of the bill): registration, and linking another contract.
// Each says what to do with the proof.
class CustomerWizard : public QWizard
{
    Q_OBJECT

public:
    using Answered = std::function<void(const std::optional<ApiError> &error)>;

    explicit CustomerWizard(AppController *controller, QWidget *parent = nullptr)
        : QWizard(parent)
        , m_controller(controller)
    {}

    AppController *controller() const { return m_controller; }
    // Sends the customer details (`customerType` and the fields /config asks for); `answered`
    // with no error moves the wizard on, an error is shown on the page.
    virtual void submitCustomer(const QJsonObject &proof, Answered answered) = 0;

    QString customerType;

private:
    AppController *m_controller;
};

} // namespace ov
