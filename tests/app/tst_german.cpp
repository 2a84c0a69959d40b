// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The window in a German session, started as main() starts it: the texts the artist reads are
// German, and every number in them has one style (decimal comma, "4 MP" beside "57,7 %").
#include "credentialstore.h"
#include "generatepanel.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "placementsummary.h"
#include "studio.h"
#include "studiotesthelpers.h"
#include "translations.h"

#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace outframe;

class TestGerman : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void menusAndButtonsAreGerman();
    void numbersHaveOneGermanStyle();
    void qtsOwnButtonsAreGermanToo();

private:
    void startWindow(QSize imageSize);

    QTemporaryDir m_dir;
    std::unique_ptr<Studio> m_studio;
    MainWindow *m_window = nullptr;
};

void TestGerman::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("OutframeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_german"));
    qunsetenv("BFL_API_KEY");
    // What main() does on a system set to de_DE.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QVERIFY(installTranslations(qApp));
}

void TestGerman::startWindow(QSize imageSize)
{
    m_studio.reset();
    QSettings().clear();
    m_studio = startStudio(new MemoryCredentialStore);
    m_window = m_studio->window();
    m_window->resize(1300, 850);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QImage image(imageSize, QImage::Format_RGB32);
    image.fill(QColor(90, 120, 160));
    const QString path = m_dir.filePath(QStringLiteral("foto.png"));
    QVERIFY(image.save(path));
    QSignalSpy loaded(m_window, &MainWindow::referenceLoaded);
    m_window->openFile(path);
    QVERIFY(loaded.wait(5000));
}

void TestGerman::menusAndButtonsAreGerman()
{
    startWindow(QSize(600, 400));
    QStringList menus;
    for (QAction *action : m_window->menuBar()->actions())
        menus << action->text();
    for (const char *title : {"&Datei", "&Bearbeiten", "&Rahmen", "&Ansicht", "&Hilfe"})
        QVERIFY2(menus.contains(QString::fromUtf8(title)), qPrintable(menus.join(u", ")));
    QCOMPARE(m_window->generatePanel()->generateButton()->text(), QStringLiteral("Erzeugen"));
}

void TestGerman::numbersHaveOneGermanStyle()
{
    // Too big for one job with room around it: it starts scaled down, and the message says by
    // how much.
    startWindow(QSize(3000, 2000));
    const QString size = m_window->summary()->sizeText();
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d+ × \\d+ px · \\d+(,\\d\\d?)? MP$"))
                 .match(size)
                 .hasMatch(),
             qPrintable(size));
    // With no key, Generate runs the offline engine.
    QCOMPARE(m_window->summary()->costText(),
             QStringLiteral("kostenlos: läuft auf diesem Computer"));
    QString zoom;
    for (const QLabel *label : m_window->statusBar()->findChildren<QLabel *>())
        if (label->text().startsWith(QStringLiteral("Zoom ")))
            zoom = label->text();
    QVERIFY2(QRegularExpression(QStringLiteral("^Zoom \\d+(,\\d)? %$")).match(zoom).hasMatch(),
             qPrintable(zoom));
    const QString message = m_window->messageBar()->text();
    QVERIFY2(QRegularExpression(QStringLiteral("beginnt es auf \\d+,\\d % skaliert"))
                 .match(message)
                 .hasMatch(),
             qPrintable(message));
}

void TestGerman::qtsOwnButtonsAreGermanToo()
{
    QDialogButtonBox box(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(u'&'),
             QStringLiteral("Abbrechen"));
}

QTEST_MAIN(TestGerman)
#include "tst_german.moc"
