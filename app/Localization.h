#pragma once

class QCoreApplication;

// Installs CertDesk's catalogue and Qt's own (qtbase) for the UI language (QLocale()); English
// and languages without a catalogue get certdesk_en, which holds the English plural forms.
void installTranslations(QCoreApplication &app);
