// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "accessibilitychecks.h"
#include "canvasview.h"
#include "credentialstore.h"
#include "editingdocument.h"
#include "exportdialog.h"
#include "generatepanel.h"
#include "generationcontroller.h"
#include "imageintake.h"
#include "mainwindow.h"
#include "placementpanel.h"
#include "studio.h"
#include "studiotesthelpers.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QImageReader>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace outframe;

// From an image to an exported JPEG with the keyboard alone, on the real window and the
// offline engine: Ctrl+O and its file dialog, arrow keys and a typed field reached by Tab,
// Ctrl+Return, Ctrl+E and its dialog's mnemonics. Every control passed on the way has a
// name a screen reader can say.
class TestKeyboardPath : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void openPlaceGenerateExport();

private:
    // Runs `drive` on the modal dialog of type T once it is up, while `open` blocks in it.
    template<typename T>
    bool whileModal(const std::function<void()> &open, const std::function<void(T *)> &drive);
    void expectNamed(QWidget *w);
    QWidget *tabUntil(const std::function<bool(QWidget *)> &found);

    QTemporaryDir m_dir;
    std::unique_ptr<Studio> m_studio;
    MainWindow *m_window = nullptr;
    QStringList m_passed; // the names of the controls the path went through
};

void TestKeyboardPath::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("OutframeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_keyboardpath"));
    qunsetenv("BFL_API_KEY"); // no key: the offline engine, nothing leaves the machine
    qunsetenv("BFL_API_BASE");
}

void TestKeyboardPath::init()
{
    QSettings().clear();
    m_studio = startStudio(new MemoryCredentialStore);
    m_window = m_studio->window();
    m_window->resize(1300, 850);
    m_window->show();
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTRY_VERIFY(m_studio->generation()->isKeyLookupDone());
}

void TestKeyboardPath::cleanup()
{
    m_window = nullptr;
    m_studio.reset();
}

void TestKeyboardPath::expectNamed(QWidget *w)
{
    QVERIFY(w);
    const QString name = testing::accessibleNameOf(w);
    QVERIFY2(testing::hasWords(name), qPrintable(testing::describe(w)));
    m_passed << name;
}

template<typename T>
bool TestKeyboardPath::whileModal(const std::function<void()> &open,
                                  const std::function<void(T *)> &drive)
{
    bool seen = false;
    QTimer::singleShot(0, this, [&] {
        T *dialog = nullptr;
        QTRY_VERIFY((dialog = qobject_cast<T *>(QApplication::activeModalWidget())));
        QTRY_VERIFY(QApplication::focusWidget() &&
                    dialog->isAncestorOf(QApplication::focusWidget()));
        seen = true;
        drive(dialog);
        if (QApplication::activeModalWidget() == dialog) // a failed check left it open
            dialog->reject();
    });
    open();
    return seen;
}

// Tab from the focus on until `found` accepts the focused widget (at most 80 presses).
QWidget *TestKeyboardPath::tabUntil(const std::function<bool(QWidget *)> &found)
{
    for (int i = 0; i < 80; ++i) {
        QWidget *focus = QApplication::focusWidget();
        if (focus && found(focus))
            return focus;
        QTest::keyClick(focus ? focus : m_window, Qt::Key_Tab);
    }
    return nullptr;
}

void TestKeyboardPath::openPlaceGenerateExport()
{
    QImage image(300, 200, QImage::Format_RGB32);
    image.fill(qRgb(40, 120, 200));
    const QString input = m_dir.filePath(QStringLiteral("sky.png"));
    QVERIFY(image.save(input));

    // Ctrl+O, then the file dialog by keys: its name field has the focus; type and Return.
    QSignalSpy loaded(m_window, &MainWindow::referenceLoaded);
    QVERIFY(whileModal<QFileDialog>(
        [this] { QTest::keyClick(m_window->canvas(), Qt::Key_O, Qt::ControlModifier); },
        [&input](QFileDialog *) {
            QWidget *name = QApplication::focusWidget();
            QVERIFY(qobject_cast<QLineEdit *>(name));
            qobject_cast<QLineEdit *>(name)->clear();
            QTest::keyClicks(name, input);
            QTest::keyClick(name, Qt::Key_Return);
        }));
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(m_studio->document()->referenceName(), QStringLiteral("sky.png"));

    // Place it: the canvas has the focus; three nudges right, one down. (The offscreen
    // platform gives the window back its activation only when asked.)
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    CanvasView *canvas = m_window->canvas();
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(canvas));
    expectNamed(canvas);
    const QPoint before = m_studio->document()->placement().resolvedOffset();
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(canvas, Qt::Key_Right);
    QTest::keyClick(canvas, Qt::Key_Down);
    QCOMPARE(m_studio->document()->placement().resolvedOffset(), before + QPoint(3, 1));

    // The frame's width, reached by Tab and typed.
    QSpinBox *width = m_window->placementPanel()->widthField();
    QVERIFY(tabUntil([width](QWidget *w) { return w == width; }));
    expectNamed(width);
    QTest::keyClick(width, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(width, QStringLiteral("640"));
    QTest::keyClick(width, Qt::Key_Return);
    QTRY_COMPARE(m_studio->document()->placement().canvasSize().width(), 640);

    // Generate with Ctrl+Return, from wherever the focus is, on the offline engine.
    QCOMPARE(m_window->generatePanel()->engine(), ResultEngine::Local);
    expectNamed(m_window->generatePanel()->generateButton());
    QSignalSpy added(m_window, &MainWindow::resultAdded);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(added.wait(30000));
    QTRY_VERIFY_WITH_TIMEOUT(canvas->hasResult(), 30000);

    // Export with Ctrl+E: JPEG chosen with Alt+F and a key, the path with Alt+T, Alt+E.
    const QString output = m_dir.filePath(QStringLiteral("sky-wide.jpg"));
    QVERIFY(whileModal<ExportDialog>(
        [this] { QTest::keyClick(QApplication::focusWidget(), Qt::Key_E, Qt::ControlModifier); },
        [&](ExportDialog *dialog) {
            QTest::keyClick(dialog, Qt::Key_F, Qt::AltModifier);
            auto *format = qobject_cast<QComboBox *>(QApplication::focusWidget());
            QVERIFY(format);
            expectNamed(format);
            QTest::keyClick(format, Qt::Key_Down); // PNG → JPEG
            QCOMPARE(format->currentText(), QStringLiteral("JPEG"));
            QTest::keyClick(dialog, Qt::Key_T, Qt::AltModifier);
            auto *path = qobject_cast<QLineEdit *>(QApplication::focusWidget());
            QVERIFY(path);
            expectNamed(path);
            QTest::keyClick(path, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(path, output);
            auto *exportButton =
                dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            expectNamed(exportButton);
            QCOMPARE(dialog->target(), output);
            QTest::keyClick(path, Qt::Key_E, Qt::AltModifier); // &Export
            QTRY_VERIFY(!dialog->isVisible());
            QCOMPARE(dialog->result(), int(QDialog::Accepted));
        }));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(output), 20000);
    QImageReader written(output);
    QCOMPARE(written.format(), QByteArray("jpeg"));
    QCOMPARE(written.size().width(), 640);
    qInfo("controls passed: %s", qPrintable(m_passed.join(QStringLiteral(", "))));
}

QTEST_MAIN(TestKeyboardPath)
#include "tst_keyboardpath.moc"
