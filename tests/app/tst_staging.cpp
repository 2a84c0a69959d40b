// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvasview.h"
#include "document.h"
#include "editingdocument.h"
#include "generatepanel.h"
#include "imageintake.h"
#include "mainwindow.h"
#include "placementpanel.h"
#include "projectfile.h"
#include "resultsworkspace.h"
#include "servicesettings.h"
#include "stagingstrip.h"
#include "studio.h"
#include "studiotesthelpers.h"
#include "taskjournal.h"

#include <QAction>
#include <QColorSpace>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace outframe;

// Choosing among results through the real window: the staging strip over the canvas, its
// mouse and keys, Keep and Discard with undo, More, and the seeds that make a result again.
// The offline engine makes every result (no key).
class TestStaging : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void variationsArriveTogetherWithSeedsOfTheirOwn();
    void hoverAndArrowsShowEachOnTheCanvas();
    void enterKeepsTheShownOneAndUndoBringsTheSetBack();
    void escapeDiscardsAndNothingIsLost();
    void keepAllKeepsTheOthersHidden();
    void moreMakesMoreForTheSamePlacement();
    void generateAgainWithThisSeedRepeatsThePixels();
    void copyTakesTheShownResult();
    void typingInAFieldDoesNotFlip();
    void stagedResultsAreSavedWithTheProject();

private:
    void openImage();
    // Generates `count` variations with Ctrl+Return and waits until all wait in the strip.
    void generate(int count);
    Document *document() const { return m_studio->document()->document(); }
    StagingStrip *strip() const { return m_window->stagingStrip(); }
    // The canvas shows `id`'s result once its preview is rendered.
    void waitShown(quint64 id);

    QTemporaryDir m_dir;
    std::unique_ptr<Studio> m_studio;
    MainWindow *m_window = nullptr;
};

void TestStaging::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("OutframeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_staging"));
    qunsetenv("BFL_API_KEY");
}

void TestStaging::init()
{
    QDir(TaskJournal::defaultDirectory()).removeRecursively();
    QSettings().clear();
    ServiceSettings().setResultsDirectory(m_dir.filePath(QStringLiteral("results")));
    m_studio = startStudio();
    m_window = m_studio->window();
    m_window->resize(1300, 850);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTRY_VERIFY(m_studio->generation()->isKeyLookupDone());
    QCOMPARE(m_window->generatePanel()->engine(), ResultEngine::Local); // no key: offline
}

void TestStaging::cleanup()
{
    m_window = nullptr;
    m_studio.reset();
}

void TestStaging::openImage()
{
    // Structure the fill can continue in several ways, so that seeds visibly differ.
    QImage image(240, 160, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            image.setPixelColor(x, y, QColor((x * 7) % 256, (y * 13) % 256, ((x ^ y) * 5) % 256));
    QSignalSpy loaded(m_window, &MainWindow::referenceLoaded);
    m_studio->intake()->openImage(image, QStringLiteral("pattern.png"));
    QVERIFY(loaded.wait(5000));
}

void TestStaging::generate(int count)
{
    auto *variations =
        m_window->generatePanel()->findChild<QSpinBox *>(QStringLiteral("variations"));
    QVERIFY(variations);
    variations->setValue(count);
    const int before = document()->stagedCount();
    m_window->canvas()->setFocus();
    QTest::keyClick(m_window->canvas(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(
        document()->hasPendingJobs() || document()->stagedCount() == before + count, 5000);
    QVERIFY(strip()->isVisible()); // placeholders show while the jobs run
    QTRY_COMPARE_WITH_TIMEOUT(document()->stagedCount(), before + count, 60000);
    QTRY_VERIFY(!document()->hasPendingJobs());
}

void TestStaging::waitShown(quint64 id)
{
    QCOMPARE(document()->shownStagedId(), id);
    const int index = document()->stagedIndexOf(id);
    QVERIFY(index >= 0);
    QSignalSpy rendered(m_window->results(), &ResultsWorkspace::compositeRendered);
    QVERIFY(rendered.wait(10000));
    QVERIFY(m_window->canvas()->hasResult());
}

void TestStaging::variationsArriveTogetherWithSeedsOfTheirOwn()
{
    openImage();
    generate(3);
    QCOMPARE(document()->layerCount(), 0); // nothing is a layer until the artist keeps it
    QTRY_COMPARE(strip()->cellCount(), 3);
    const QList<ResultLayer> &staged = document()->staged();
    QSet<std::uint64_t> seeds;
    for (const ResultLayer &l : staged) {
        QVERIFY(l.seed.has_value());
        seeds.insert(*l.seed);
    }
    QCOMPARE(seeds.size(), 3);
    // Different seeds, different fills: flipping through them shows something new each time.
    QVERIFY(staged.at(0).image != staged.at(1).image);
    QVERIFY(staged.at(1).image != staged.at(2).image);
    QVERIFY(strip()->caption().contains(QStringLiteral("1 of 3")));
    QVERIFY(strip()->caption().contains(QString::number(*staged.at(0).seed)));
    // The strip lies over the canvas: the canvas keeps its size.
    QVERIFY(m_window->canvas()->rect().contains(strip()->geometry()));
}

void TestStaging::hoverAndArrowsShowEachOnTheCanvas()
{
    openImage();
    generate(3);
    const QList<quint64> ids = {document()->staged().at(0).id, document()->staged().at(1).id,
                                document()->staged().at(2).id};
    QCOMPARE(document()->shownStagedId(), ids.at(0));

    QTest::mouseMove(strip(), strip()->cellRect(1).center());
    QTRY_COMPARE(document()->shownStagedId(), ids.at(1));
    waitShown(ids.at(1));

    m_window->canvas()->setFocus();
    QTest::keyClick(m_window->canvas(), Qt::Key_Right);
    QCOMPARE(document()->shownStagedId(), ids.at(2));
    QTest::keyClick(m_window->canvas(), Qt::Key_Right); // wraps around
    QCOMPARE(document()->shownStagedId(), ids.at(0));
    QTest::keyClick(m_window->canvas(), Qt::Key_Left);
    QCOMPARE(document()->shownStagedId(), ids.at(2));
    // Flipping is not an edit: nothing to undo.
    QCOMPARE(m_studio->document()->undoStack()->count(), 0);
}

void TestStaging::enterKeepsTheShownOneAndUndoBringsTheSetBack()
{
    openImage();
    generate(3);
    const ResultLayer third = document()->staged().at(2);
    m_window->canvas()->setFocus();
    QTest::keyClick(m_window->canvas(), Qt::Key_Right);
    QTest::keyClick(m_window->canvas(), Qt::Key_Right);
    QTest::keyClick(m_window->canvas(), Qt::Key_Return); // Keep
    QCOMPARE(document()->stagedCount(), 0);
    QCOMPARE(document()->layerCount(), 1);
    QCOMPARE(document()->layer(0).image, third.image);
    QCOMPARE(document()->layer(0).seed, third.seed);
    QCOMPARE(document()->activeLayerId(), document()->layer(0).id);
    QTRY_VERIFY(!strip()->isVisible());

    QTest::keyClick(m_window->canvas(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(document()->layerCount(), 0);
    QCOMPARE(document()->stagedCount(), 3);
    QCOMPARE(document()->shownStagedId(), third.id); // as it was before Keep
    QVERIFY(strip()->isVisible());
}

void TestStaging::escapeDiscardsAndNothingIsLost()
{
    openImage();
    generate(2);
    const QList<ResultLayer> set = document()->staged();
    m_window->canvas()->setFocus();
    QTest::keyClick(m_window->canvas(), Qt::Key_Escape);
    QCOMPARE(document()->stagedCount(), 0);
    QCOMPARE(document()->layerCount(), 0);
    QTRY_VERIFY(!strip()->isVisible());
    QTest::keyClick(m_window->canvas(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(document()->staged(), set);
}

void TestStaging::keepAllKeepsTheOthersHidden()
{
    openImage();
    generate(3);
    QTest::mouseMove(strip(), strip()->cellRect(0).center()); // the pointer comes from cell 1
    QTest::mouseMove(strip(), strip()->cellRect(1).center());
    QTRY_COMPARE(document()->shownStagedIndex(), 1);
    const quint64 chosen = document()->shownStagedId();
    QTest::mouseClick(strip()->keepAllButton(), Qt::LeftButton);
    QCOMPARE(document()->stagedCount(), 0);
    QCOMPARE(document()->layerCount(), 3);
    // The chosen one on top and shown, the others under it, hidden.
    QCOMPARE(document()->layer(2).id, chosen);
    QVERIFY(document()->layer(2).visible);
    QVERIFY(!document()->layer(0).visible);
    QVERIFY(!document()->layer(1).visible);
    QCOMPARE(document()->activeLayerId(), chosen);
}

void TestStaging::moreMakesMoreForTheSamePlacement()
{
    openImage();
    generate(2);
    const Placement madeWith = document()->staged().at(0).placement;
    // The artist moves the image after looking at the results, then asks for more of them.
    m_window->canvas()->setFocus();
    QTest::keyClick(m_window->canvas(), Qt::Key_Escape);
    QTest::keyClick(m_window->canvas(), Qt::Key_Z, Qt::ControlModifier); // the set is back
    QCOMPARE(document()->stagedCount(), 2);
    Placement moved = document()->placement();
    moved.setOffset(moved.resolvedOffset() + QPoint(10, 0));
    m_studio->document()->editPlacement(moved, QStringLiteral("Move"));
    QVERIFY(document()->placement() != madeWith);

    QTest::mouseClick(strip()->moreButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(document()->stagedCount(), 4, 60000);
    for (const ResultLayer &l : document()->staged())
        QCOMPARE(l.placement, madeWith);
}

void TestStaging::generateAgainWithThisSeedRepeatsThePixels()
{
    openImage();
    generate(2);
    m_window->canvas()->setFocus();
    QTest::keyClick(m_window->canvas(), Qt::Key_Right);
    const ResultLayer second = document()->staged().at(1);
    QTest::keyClick(m_window->canvas(), Qt::Key_Return);
    QCOMPARE(document()->layerCount(), 1);
    // Moved since: the seed's placement is the result's own, not the current one.
    Placement moved = document()->placement();
    moved.setOffset(moved.resolvedOffset() + QPoint(30, 0));
    m_studio->document()->editPlacement(moved, QStringLiteral("Move"));

    QAction *again = m_window->againWithSeedAction();
    QVERIFY(again->isEnabled());
    QTest::keyClick(m_window->canvas(), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(document()->stagedCount(), 1, 60000);
    const ResultLayer remade = document()->staged().at(0);
    QCOMPARE(remade.seed, second.seed);
    QCOMPARE(remade.placement, second.placement);
    QCOMPARE(remade.image, second.image); // bit for bit
}

void TestStaging::copyTakesTheShownResult()
{
    openImage();
    generate(2);
    m_window->canvas()->setFocus();
    QTest::keyClick(m_window->canvas(), Qt::Key_Right);
    const ResultLayer shown = document()->staged().at(1);
    // Copy (or Export) right away: what the canvas shows is what it takes, kept first.
    m_window->results()->copyToClipboard();
    QCOMPARE(document()->layerCount(), 1);
    QCOMPARE(document()->layer(0).id, shown.id);
    QCOMPARE(document()->stagedCount(), 0);
    QCOMPARE(m_studio->document()->undoStack()->undoText(), QStringLiteral("Keep Result"));
}

void TestStaging::typingInAFieldDoesNotFlip()
{
    openImage();
    generate(2);
    QSpinBox *width = m_window->placementPanel()->widthField();
    width->setFocus();
    QTRY_VERIFY(width->hasFocus());
    const quint64 shown = document()->shownStagedId();
    QTest::keyClick(width, Qt::Key_Left);
    QTest::keyClick(width, Qt::Key_Escape);
    QCOMPARE(document()->shownStagedId(), shown);
    QCOMPARE(document()->stagedCount(), 2); // Esc in a field is no Discard
}

void TestStaging::stagedResultsAreSavedWithTheProject()
{
    openImage();
    generate(2);
    m_window->canvas()->setFocus();
    QTest::keyClick(m_window->canvas(), Qt::Key_Right);
    const DocumentState state = document()->state();
    const QString path = m_dir.filePath(QStringLiteral("staged.outframe"));
    QString error;
    QVERIFY2(ProjectFile::save(state, path, &error), qPrintable(error));
    const ProjectFile::Loaded loaded = ProjectFile::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    // Field by field in tst_projectfile; here: the same results, seeds and pixels, shown one.
    QCOMPARE(loaded.state.staged.size(), 2);
    QCOMPARE(loaded.state.shownStagedId, state.shownStagedId);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(loaded.state.staged.at(i).id, state.staged.at(i).id);
        QCOMPARE(loaded.state.staged.at(i).seed, state.staged.at(i).seed);
        QImage a = loaded.state.staged.at(i).image.convertToFormat(QImage::Format_RGB32);
        QImage b = state.staged.at(i).image.convertToFormat(QImage::Format_RGB32);
        a.setColorSpace(QColorSpace());
        b.setColorSpace(QColorSpace());
        QCOMPARE(a, b);
    }
}

QTEST_MAIN(TestStaging)
#include "tst_staging.moc"
