#pragma once

#include <QWizardPage>

namespace ov {

// QWizard asks validatePage() for an answer at once; the server answers later. A page starts
// its request, refuses to move on, and calls proceed() when the answer is good — which moves
// the wizard on (or finishes it).
class WizardRequest
{
public:
    // True when an answer already arrived for this attempt (and forgets it).
    bool take()
    {
        const bool ok = m_granted;
        m_granted = false;
        return ok;
    }
    void proceed(QWizardPage *page, QWizard *wizard)
    {
        m_granted = true;
        if (wizard->currentPage() != page)
            return;
        if (wizard->nextId() == -1)
            wizard->accept();
        else
            wizard->next();
    }
    bool busy = false;

private:
    bool m_granted = false;
};

} // namespace ov
