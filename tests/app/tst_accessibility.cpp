// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "aboutdialog.h"
#include "accessibilitychecks.h"
#include "actionshortcuts.h"
#include "batchdialog.h"
#include "credentialstore.h"
#include "editingdocument.h"
#include "exportdialog.h"
#include "generatepanel.h"
#include "generationcontroller.h"
#include "howtooutpaint.h"
#include "imageintake.h"
#include "mainwindow.h"
#include "placementpanel.h"
#include "settingsdialog.h"
#include "studio.h"
#include "studiotesthelpers.h"

#include <QDialogButtonBox>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

#include <memory>

using namespace outframe;

// Every control of the window and its dialogs has a name in words, every shortcut is in its
// action's tooltip, the standard keys are the platform's, and Help explains the way through.
class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void windowControlsHaveNames();
    void dialogsHaveNamesAndMnemonics();
    void tooltipsNameTheShortcut();
    void standardKeysAreThePlatforms();
    void helpExplainsAndAboutSaysWhatRuns();

private:
    QAction *action(const QString &text) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Studio> m_studio;
    MainWindow *m_window = nullptr;
};

void TestAccessibility::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("OutframeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_accessibility"));
    qunsetenv("BFL_API_KEY");
    qunsetenv("BFL_API_BASE");
}

void TestAccessibility::init()
{
    QSettings().clear();
    m_studio = startStudio(new MemoryCredentialStore);
    m_window = m_studio->window();
    m_window->resize(1300, 850);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTRY_VERIFY(m_studio->generation()->isKeyLookupDone());
    // A session with a result, so the jobs list and the layers have rows and row buttons.
    QImage image(200, 150, QImage::Format_RGB32);
    image.fill(qRgb(200, 120, 40));
    QSignalSpy loaded(m_window, &MainWindow::referenceLoaded);
    m_studio->intake()->openImage(image, QStringLiteral("warm.png"));
    QVERIFY(loaded.wait(5000));
    QSignalSpy added(m_window, &MainWindow::resultAdded);
    m_window->generatePanel()->generateAction()->trigger();
    QVERIFY(added.wait(30000));
}

void TestAccessibility::cleanup()
{
    m_window = nullptr;
    m_studio.reset();
}

QAction *TestAccessibility::action(const QString &text) const
{
    for (QAction *a : m_window->findChildren<QAction *>())
        if (a->text() == text)
            return a;
    return nullptr;
}

void TestAccessibility::windowControlsHaveNames()
{
    const QStringList unnamed = testing::unnamedControls(m_window);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
    const QStringList ampersands = testing::labelsShowingAmpersand(m_window);
    QVERIFY2(ampersands.isEmpty(), qPrintable(ampersands.join(u'\n')));
    int named = 0;
    for (QWidget *w : m_window->findChildren<QWidget *>())
        named += testing::isInteractiveControl(w) ? 1 : 0;
    qInfo("main window: %d interactive controls, all named", named);
    QVERIFY(named > 30); // the walk really went through the window
}

void TestAccessibility::dialogsHaveNamesAndMnemonics()
{
    KeyLookup current;
    SettingsDialog settings(m_studio->serviceSettings(), m_studio->credentials(),
                            m_studio->generation()->flux(), current, m_window);
    ExportDialog exporting(m_studio->document()->document()->state(),
                           m_dir.filePath(QStringLiteral("out.png")), m_window);
    AboutDialog about(m_window);
    BatchDialog batch(m_studio->generation(), ResultEngine::Local, OutpaintOptions(), QString(),
                      m_window);
    for (QDialog *dialog :
         std::initializer_list<QDialog *>{&settings, &exporting, &about, &batch}) {
        dialog->show();
        const QString title = dialog->windowTitle();
        const QStringList unnamed = testing::unnamedControls(dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(title + QLatin1Char('\n') + unnamed.join(u'\n')));
        const QStringList ampersands = testing::labelsShowingAmpersand(dialog);
        QVERIFY2(ampersands.isEmpty(), qPrintable(title + u'\n' + ampersands.join(u'\n')));
        // Every field's label leads to it with Alt and a letter (a label beside a value that
        // takes no focus has nowhere to lead).
        for (QLabel *label : dialog->findChildren<QLabel *>())
            if (label->buddy() && label->buddy()->focusPolicy() != Qt::NoFocus)
                QVERIFY2(label->text().contains(QLatin1Char('&')),
                         qPrintable(title + QStringLiteral(": ") + label->text()));
        // Every push button has a mnemonic too, or is a standard one (OK, Cancel, Close: the
        // platform's own, reached by Return and Esc).
        for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
            const auto *box = qobject_cast<QDialogButtonBox *>(button->parentWidget());
            if (box && box->standardButton(button) != QDialogButtonBox::NoButton &&
                !button->text().contains(u'&'))
                continue;
            QVERIFY2(button->text().contains(QLatin1Char('&')),
                     qPrintable(title + QStringLiteral(": button ") + button->text()));
        }
        dialog->hide();
    }
}

void TestAccessibility::tooltipsNameTheShortcut()
{
    const QStringList missing = testing::actionsWithoutShortcutInToolTip(m_window);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    int withShortcut = 0;
    for (QAction *a : m_window->findChildren<QAction *>())
        withShortcut += a->shortcut().isEmpty() ? 0 : 1;
    qInfo("%d actions with a shortcut, each named in its tooltip", withShortcut);
    QVERIFY(withShortcut > 20);

    const QString ctrlReturn =
        QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText);
    QCOMPARE(m_window->generatePanel()->generateAction()->toolTip(),
             QStringLiteral("Generate (%1)").arg(ctrlReturn));
    QCOMPARE(m_window->generatePanel()->generateButton()->toolTip(),
             QStringLiteral("Generate the surroundings (%1)").arg(ctrlReturn));

    // The toolbar's Undo follows the step to undo, and keeps its key.
    QSpinBox *width = m_window->placementPanel()->widthField();
    width->setValue(width->value() + 10);
    QToolButton *undo = nullptr;
    for (QToolButton *b : m_window->findChild<QToolBar *>(QStringLiteral("mainToolbar"))
                              ->findChildren<QToolButton *>())
        if (b->text() == QLatin1String("Undo"))
            undo = b;
    QVERIFY(undo);
    const QString undoKey = QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText);
    QTRY_VERIFY2(undo->toolTip().startsWith(QLatin1String("Undo ")) &&
                     undo->toolTip().endsWith(QStringLiteral("(%1)").arg(undoKey)),
                 qPrintable(undo->toolTip()));
    QVERIFY(undo->toolTip() != QStringLiteral("Undo (%1)").arg(undoKey)); // names the step
}

void TestAccessibility::standardKeysAreThePlatforms()
{
    const struct
    {
        const char *text;
        QKeySequence::StandardKey key;
    } expected[] = {{"&Open…", QKeySequence::Open},
                    {"&Save Project", QKeySequence::Save},
                    {"Save Project &As…", QKeySequence::SaveAs},
                    {"&Paste Image", QKeySequence::Paste},
                    {"&Copy Result", QKeySequence::Copy},
                    {"Zoom &In", QKeySequence::ZoomIn},
                    {"Zoom &Out", QKeySequence::ZoomOut},
                    {"&Quit", QKeySequence::Quit},
                    {"&Settings…", QKeySequence::Preferences},
                    {"&How to Outpaint", QKeySequence::HelpContents}};
    for (const auto &e : expected) {
        QAction *a = action(QString::fromUtf8(e.text));
        QVERIFY2(a, e.text);
        const QList<QKeySequence> platform = QKeySequence::keyBindings(e.key);
        if (platform.isEmpty()) { // none on this platform: a key of our own, never none
            QVERIFY2(!a->shortcut().isEmpty(), e.text);
            continue;
        }
        QVERIFY2(a->shortcuts().contains(platform.constFirst()), e.text);
    }
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("undoAction"))
                ->shortcuts()
                .contains(QKeySequence(QKeySequence::Undo)));
}

void TestAccessibility::helpExplainsAndAboutSaysWhatRuns()
{
    QVERIFY(action(QStringLiteral("&How to Outpaint")));
    QVERIFY(action(QStringLiteral("&About Outframe")));
    const QString howTo = howToOutpaintText(m_window);
    for (const QKeySequence &key :
         {QKeySequence(QKeySequence::Open), QKeySequence(Qt::CTRL | Qt::Key_Return),
          QKeySequence(Qt::CTRL | Qt::Key_E)})
        QVERIFY2(howTo.contains(key.toString(QKeySequence::NativeText).toHtmlEscaped()),
                 qPrintable(key.toString()));

    AboutDialog about;
    QStringList texts;
    for (QLabel *label : about.findChildren<QLabel *>())
        texts << label->text();
    const QString all = texts.join(u'\n');
    QVERIFY(all.contains(QString::fromLatin1(qVersion())));
    QVERIFY(all.contains(QStringLiteral("GPL-3.0-or-later")));
    QVERIFY(all.contains(QStringLiteral(OUTFRAME_VERSION_FOR_TEST)));
    QVERIFY(all.contains(QStringLiteral("href=")));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
