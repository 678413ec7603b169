#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

#include <memory>

namespace zhibiao {

// Chooses and installs the UI language: Simplified Chinese or English.
// The user's choice in the Language menu is kept in QSettings; without one
// the system locale decides, and any locale that is not English (including
// the bare "C" locale of a fresh machine) gets Chinese, the users' language.
class UiLanguage : public QObject
{
    Q_OBJECT

public:
    static constexpr auto Chinese = "zh_CN";
    static constexpr auto English = "en";

    explicit UiLanguage(QObject *parent = nullptr);

    // "zh_CN" or "en": the saved choice, else the system default.
    QString effective() const;
    // The saved choice; empty when following the system.
    QString saved() const;
    // Saves the choice (empty: follow the system) and installs it.
    void choose(const QString &language);
    // Installs the translators for effective() into the application.
    void install();

Q_SIGNALS:
    void changed();

private:
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};

} // namespace zhibiao
