#pragma once

class QCoreApplication;

// Installs CertDesk's catalogue and Qt's own (qtbase) for the system language.
void installTranslations(QCoreApplication &app);
