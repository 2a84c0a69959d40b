// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Generate ▸ Batch: several images, or the current one in every format, made into a folder with
// each item's status as it goes; stopping keeps a batch that outframe-cli --resume finishes.
#include "batchdialog.h"
#include "batchrun.h"
#include "englishplurals.h"
#include "formatframes.h"
#include "generationcontroller.h"
#include "mainwindow.h"
#include "servicesettings.h"
#include "studio.h"
#include "studiotesthelpers.h"

#include <QCheckBox>
#include <QColorSpace>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace outframe;

namespace {
// A batch here is up to two offline fills of about 4 MP. That takes seconds in a release
// build but about 45 s in the ASan build on two idle cores, and ctest runs two tests at once:
// the bound only has to catch a batch that never finishes.
constexpr int kBatchBoundMs = 180'000;
} // namespace

class TestBatchDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyFormatOfTheCurrentImage();
    void severalImagesGrownByPercent();
    void aBrokenImageFailsAloneInItsRow();
    void closingStopsAndLeavesItResumable();

private:
    QString image(const QString &name, QSize size, int seed);
    BatchDialog *openDialog();

    QTemporaryDir m_dir;
    std::unique_ptr<Studio> m_studio;
};

void TestBatchDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("OutframeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_batchdialog"));
    qunsetenv("BFL_API_KEY");
    installEnglishPlurals(qApp);
}

void TestBatchDialog::init()
{
    QSettings().clear();
    QDir(m_dir.filePath("results")).removeRecursively();
    QDir(m_dir.filePath("out")).removeRecursively();
    {
        ServiceSettings settings;
        settings.setResultsDirectory(m_dir.filePath(QStringLiteral("results")));
    }
    m_studio = startStudio();
    m_studio->window()->show();
    // No key: the window turns to the offline engine once the lookup has said so.
    QTRY_VERIFY(m_studio->generation()->isKeyLookupDone());
    QCoreApplication::processEvents();
}

void TestBatchDialog::cleanup()
{
    m_studio.reset();
}

QString TestBatchDialog::image(const QString &name, QSize size, int seed)
{
    QImage picture(size, QImage::Format_RGB32);
    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x)
            picture.setPixel(x, y, qRgb((x * 3 + seed * 50) % 256, (y * 5 + seed) % 256, 120));
    const QString path = m_dir.filePath(name);
    picture.save(path);
    return path;
}

BatchDialog *TestBatchDialog::openDialog()
{
    m_studio->window()->showBatch();
    auto *dialog = m_studio->window()->findChild<BatchDialog *>();
    if (dialog)
        dialog->setOutputFolder(m_dir.filePath("out"));
    return dialog;
}

void TestBatchDialog::everyFormatOfTheCurrentImage()
{
    const QString harbour = image("harbour.png", QSize(240, 160), 1);
    QSignalSpy loaded(m_studio->window(), &MainWindow::referenceLoaded);
    m_studio->window()->openFile(harbour);
    QVERIFY(loaded.wait(5000));
    BatchDialog *dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->inputs(), QStringList{harbour}); // the current image, ready
    for (const char *ratio : {"4:5", "9:16"})
        dialog->formatBox(ratio)->setChecked(false); // 1:1 and 16:9 stay
    QSignalSpy finished(dialog, &BatchDialog::batchFinished);
    QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
    QVERIFY(finished.wait(kBatchBoundMs));
    QCOMPARE(finished.first().first().toBool(), false);

    QCOMPARE(QDir(m_dir.filePath("out")).entryList(QDir::Files),
             (QStringList{"harbour-16x9.png", "harbour-1x1.png"}));
    for (const QString name : {"harbour-16x9.png", "harbour-1x1.png"}) {
        const QImage out(m_dir.filePath("out/" + name));
        const double ratio = name.contains("16x9") ? 16.0 / 9.0 : 1.0;
        QVERIFY(std::abs(double(out.width()) / out.height() / ratio - 1) < 0.01);
        QVERIFY(qint64(out.width()) * out.height() <= 4'194'304);
        const QRect placed((out.width() - 240) / 2, (out.height() - 160) / 2, 240, 160);
        QImage in(harbour);
        QImage got = out.copy(placed).convertToFormat(in.format());
        got.setColorSpace(in.colorSpace());
        QCOMPARE(got, in);
    }
    QTreeWidget *rows = dialog->itemsView();
    QCOMPARE(rows->topLevelItemCount(), 2);
    for (int i = 0; i < 2; ++i)
        QCOMPARE(rows->topLevelItem(i)->text(2), jobStatusText(JobStatus::Done));
    QVERIFY(BatchRun::unfinishedFolders(m_dir.filePath("results")).isEmpty());
    const auto *status = dialog->findChild<QLabel *>(QStringLiteral("batchStatus"));
    QVERIFY(status);
    QVERIFY2(status->text().startsWith(QStringLiteral("2 of 2 made")), qPrintable(status->text()));
}

void TestBatchDialog::severalImagesGrownByPercent()
{
    BatchDialog *dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(!dialog->startButton()->isEnabled()); // nothing to make yet
    dialog->addInputs({image("a.png", QSize(200, 100), 2), image("b.png", QSize(120, 120), 3),
                       image("c.png", QSize(160, 90), 4)});
    const QList<QRadioButton *> modes = dialog->findChildren<QRadioButton *>();
    QCOMPARE(modes.size(), 2);
    modes.last()->click(); // grow the sides: 25 % left and right
    QVERIFY(dialog->startButton()->isEnabled());
    QSignalSpy finished(dialog, &BatchDialog::batchFinished);
    QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
    QVERIFY(finished.wait(kBatchBoundMs));
    QCOMPARE(QImage(m_dir.filePath("out/a.png")).size(), QSize(300, 100));
    QCOMPARE(QImage(m_dir.filePath("out/b.png")).size(), QSize(180, 120));
    QCOMPARE(QImage(m_dir.filePath("out/c.png")).size(), QSize(240, 90));
}

void TestBatchDialog::aBrokenImageFailsAloneInItsRow()
{
    BatchDialog *dialog = openDialog();
    QFile broken(m_dir.filePath("broken.png"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("not an image");
    broken.close();
    dialog->addInputs({image("ok.png", QSize(100, 80), 5), broken.fileName()});
    dialog->findChildren<QRadioButton *>().last()->click();
    QSignalSpy finished(dialog, &BatchDialog::batchFinished);
    QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
    QVERIFY(finished.wait(kBatchBoundMs));
    QTreeWidget *rows = dialog->itemsView();
    QCOMPARE(rows->topLevelItem(0)->text(2), jobStatusText(JobStatus::Done));
    QVERIFY2(rows->topLevelItem(1)->text(2).contains("broken.png"),
             qPrintable(rows->topLevelItem(1)->text(2)));
    QVERIFY(QFile::exists(m_dir.filePath("out/ok.png")));
}

void TestBatchDialog::closingStopsAndLeavesItResumable()
{
    BatchDialog *dialog = openDialog();
    QStringList inputs;
    for (int i = 0; i < 6; ++i)
        inputs << image(QStringLiteral("big-%1.png").arg(i), QSize(900, 600), i);
    dialog->addInputs(inputs); // every format of each: 24 jobs of about 4 MP
    QSignalSpy finished(dialog, &BatchDialog::batchFinished);
    QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
    QVERIFY(dialog->isRunning());
    dialog->reject(); // Close
    QVERIFY(finished.count() == 1 || finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), true);
    const QStringList left = BatchRun::unfinishedFolders(m_dir.filePath("results"));
    QCOMPARE(left.size(), 1);
    const auto manifest = BatchManifest::load(left.first(), nullptr);
    QVERIFY(manifest);
    QCOMPARE(manifest->items.size(), 24);
    QVERIFY(manifest->settledCount() < 24);
}

QTEST_MAIN(TestBatchDialog)
#include "tst_batchdialog.moc"
