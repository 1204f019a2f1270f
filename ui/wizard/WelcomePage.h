#pragma once

#include <QWizardPage>

// What the wizard is about to do, and what the administrator needs at hand.
class WelcomePage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);
};
