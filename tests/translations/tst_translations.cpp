// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace outframe;

namespace {

struct Message
{
    QString context;
    QString source;
    QString type;      // "unfinished", "vanished", "obsolete" or empty (finished)
    QStringList forms; // the translation, or its plural forms
    bool numerus = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message{
                context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes"};
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.forms << xml.readElementText();
            } else {
                message.forms << xml.readElementText();
            }
            out << message;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

// %1 … %99 and %n, as a sorted set: a translation that drops or invents one shows the wrong
// number, or none.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(?:n|\\d{1,2})"));
    QStringList found;
    for (const auto &match : marker.globalMatch(text))
        found << match.captured();
    found.sort();
    found.removeDuplicates();
    return found;
}

QString describe(const Message &m)
{
    return QStringLiteral("  [%1] “%2”").arg(m.context, m.source.left(90));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everySourceTextHasAFinishedTranslation_data();
    void everySourceTextHasAFinishedTranslation();
    void germanIsLoadedAsTheAppLoadsIt();
};

void TestTranslations::everySourceTextHasAFinishedTranslation_data()
{
    QTest::addColumn<QString>("ts");
    const QStringList files = QString::fromUtf8(OUTFRAME_TS_FILES).split(u'|', Qt::SkipEmptyParts);
    QVERIFY(!files.isEmpty());
    for (const QString &file : files)
        QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
}

void TestTranslations::everySourceTextHasAFinishedTranslation()
{
    QFETCH(QString, ts);
    QVERIFY2(QFileInfo::exists(ts), qPrintable(ts));
    // lupdate merges the sources as they are now into a copy: a new text comes out
    // "unfinished", a text the sources lost comes out "vanished".
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QFileInfo(ts).fileName());
    QVERIFY(QFile::copy(ts, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    const QDir root(QString::fromUtf8(OUTFRAME_SOURCE_DIR));
    QStringList arguments{QStringLiteral("-silent"), QStringLiteral("-locations"),
                          QStringLiteral("none"), root.filePath(QStringLiteral("src"))};
    if (root.exists(QStringLiteral("ui")))
        arguments << root.filePath(QStringLiteral("ui"));
    arguments << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.start(QString::fromUtf8(OUTFRAME_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(120'000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAllStandardError().constData());

    QString error;
    const QList<Message> fresh = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(fresh.size() > 100);

    QStringList untranslated, stale, broken;
    for (const Message &m : fresh) {
        if (m.type == u"vanished" || m.type == u"obsolete") {
            stale << describe(m);
            continue;
        }
        const bool empty =
            m.forms.isEmpty() || std::any_of(m.forms.cbegin(), m.forms.cend(),
                                             [](const QString &f) { return f.isEmpty(); });
        if (m.type == u"unfinished" || empty) {
            untranslated << describe(m);
            continue;
        }
        for (const QString &form : m.forms) {
            if (placeholders(form) != placeholders(m.source)) {
                broken << describe(m) + QStringLiteral(" → “%1”").arg(form.left(90));
                break;
            }
        }
    }
    const QString fix =
        QStringLiteral(
            "\nRun `cmake --build --preset ci --target update_translations`, then translate the "
            "texts marked unfinished in %1.")
            .arg(QFileInfo(ts).fileName());
    QVERIFY2(untranslated.isEmpty(),
             qPrintable(QStringLiteral("%1 text(s) without a finished translation:\n")
                            .arg(untranslated.size()) +
                        untranslated.join(u'\n') + fix));
    QVERIFY2(stale.isEmpty(),
             qPrintable(QStringLiteral("%1 translation(s) of texts the sources no longer have:\n")
                            .arg(stale.size()) +
                        stale.join(u'\n') + fix));
    QVERIFY2(
        broken.isEmpty(),
        qPrintable(QStringLiteral("Translations whose placeholders differ from the source:\n") +
                   broken.join(u'\n')));
}

void TestTranslations::germanIsLoadedAsTheAppLoadsIt()
{
    // Compiled in, so no install path is involved: the same from the build tree and the .deb.
    QVERIFY(installTranslations(QCoreApplication::instance(),
                                QLocale(QLocale::German, QLocale::Germany)));
    QCOMPARE(QCoreApplication::translate("outframe::JobStatus", "Done"), QStringLiteral("Fertig"));
    // Both plural forms.
    QCOMPARE(QCoreApplication::translate("outframe::PlacementSummary", "%n job(s)", nullptr, 1),
             QStringLiteral("1 Auftrag"));
    QCOMPARE(QCoreApplication::translate("outframe::PlacementSummary", "%n job(s)", nullptr, 3),
             QStringLiteral("3 Aufträge"));
    // The engine's messages leave it translated.
    QCOMPARE(QCoreApplication::translate("outframe::Engine", "The fill was cancelled."),
             QStringLiteral("Die Füllung wurde abgebrochen."));
    // Qt's own texts (the standard buttons) come from qtbase_de.qm.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
