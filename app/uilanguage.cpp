#include "app/uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;

const QString settingsKey = u"ui/language"_s;

} // namespace

UiLanguage::UiLanguage(QObject *parent)
    : QObject(parent)
{
}

QString UiLanguage::saved() const
{
    const QString value = QSettings().value(settingsKey).toString();
    return value == QLatin1StringView(Chinese) || value == QLatin1StringView(English) ? value : QString();
}

QString UiLanguage::effective() const
{
    const QString choice = saved();
    if (!choice.isEmpty())
        return choice;
    return QLocale::system().language() == QLocale::English ? QString::fromLatin1(English)
                                                            : QString::fromLatin1(Chinese);
}

void UiLanguage::choose(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(settingsKey);
    else
        settings.setValue(settingsKey, language);
    install();
    Q_EMIT changed();
}

void UiLanguage::install()
{
    for (auto *translator : {m_appTranslator.get(), m_qtTranslator.get()}) {
        if (translator)
            QCoreApplication::removeTranslator(translator);
    }
    const QString language = effective();
    const QLocale locale(language);
    QLocale::setDefault(locale);

    m_appTranslator = std::make_unique<QTranslator>();
    if (m_appTranslator->load(u":/i18n/zhibiao_"_s + language))
        QCoreApplication::installTranslator(m_appTranslator.get());
    // Qt's own strings (standard buttons, context menus of line edits).
    m_qtTranslator = std::make_unique<QTranslator>();
    if (m_qtTranslator->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qtTranslator.get());
}

} // namespace zhibiao
