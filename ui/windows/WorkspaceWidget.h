#pragma once

#include "domain/Notification.h"

#include <QList>
#include <QWidget>

#include <functional>

class QComboBox;
class QToolButton;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace ov {

class AppController;
class ContractsPage;
class InvoicesPage;
class NotificationBell;
class OfflineBanner;
class ProfilePage;
class RequestsPage;

// The signed-in view: side navigation (Contracts, Invoices, Consumption, Requests, Profile),
// a contract selector when the user has several, the offline banner, and the pages.
class WorkspaceWidget : public QWidget
{
    Q_OBJECT

public:
    enum Page
    {
        ContractsSection,
        InvoicesSection,
        ConsumptionSection,
        RequestsSection,
        ProfileSection
    };

    explicit WorkspaceWidget(AppController *controller, QWidget *parent = nullptr);

    void attach(); // a workspace was opened: connect to its sync and load the cache
    void showSection(Page page);
    ContractsPage *contractsPage() const { return m_contracts; }
    NotificationBell *bell() const { return m_bell; }
    // Shows what a notification is about (from the bell or a desktop notification).
    void openNotification(const ov::Notification &notification);

private:
    struct Section
    {
        QString name;
        QString icon;
        std::function<QWidget *()> make; // empty once the page exists
    };

    void ensurePage(int row);
    void fillContractSelector();
    void updateOffline();

    AppController *m_controller;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QComboBox *m_selector;
    QToolButton *m_linkContract;
    QWidget *m_cacheNotice;
    bool m_attached = false; // shown for a user: the section chosen is remembered
    QLabel *m_selectorLabel;
    QLabel *m_user;
    QPushButton *m_signOut;
    NotificationBell *m_bell;
    OfflineBanner *m_offline;
    ContractsPage *m_contracts;
    ProfilePage *m_profile = nullptr;
    InvoicesPage *m_invoices = nullptr;
    RequestsPage *m_requests = nullptr;
    QList<Section> m_sections;
};

} // namespace ov
