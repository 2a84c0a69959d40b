// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "anchorpicker.h"
#include "appsettings.h"
#include "canvascontroller.h"
#include "canvastesthelpers.h"
#include "canvasview.h"
#include "credentialstore.h"
#include "editingdocument.h"
#include "generatepanel.h"
#include "imageintake.h"
#include "mainwindow.h"
#include "marginfields.h"
#include "messagebar.h"
#include "placementpanel.h"
#include "placementsummary.h"
#include "resultsworkspace.h"
#include "studio.h"
#include "studiotesthelpers.h"

#include <QBuffer>
#include <QCheckBox>
#include <QClipboard>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

#include <cmath>
#include <memory>

using namespace outframe;
using testing::drag;

// The whole window: fields and canvas in sync, presets and quick actions, Generate's reasons,
// and every way an image comes in.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void canvasDragUpdatesFields();
    void fieldsMoveTheCanvas();
    void centredCheckboxes();
    void scaleField();
    void aspectPresets_data();
    void aspectPresets();
    void quickActions();
    void typedSizeKeepsTheAnchoredEdge();
    void pixelsAddedOnOneSide();
    void invalidPlacementDisablesGenerate_data();
    void invalidPlacementDisablesGenerate();
    void autoCropShadeIsExplained();
    void offlineEngineNeedsNoKey();
    void generateNeedsAKey();
    void dropOfFileLoadsIt();
    void dropOfSeveralFilesSaysWhichIsTheReference();
    void dropOfImageDataLoadsIt_data();
    void dropOfImageDataLoadsIt();
    void dropOfWebLinkDownloadsIt_data();
    void dropOfWebLinkDownloadsIt();
    void pasteLoadsClipboardImage();
    void unreadableFileLeavesAppRunning();
    void largePhotoStartsScaledDown();
    void recentFilesReopen();
    void quitIsCtrlQ();
    void titleShowsTheProjectAndUnsavedWork();
    void toolbarButtonsKeepTheirPlace();

private:
    QString writeImage(const QString &name, QSize size, const char *format = "PNG");
    void load(const QString &path);
    void typeInto(QAbstractSpinBox *box, const QString &text);
    QToolButton *button(const QString &text) const;
    void dropOnWindow(const QMimeData *mime);

    QTemporaryDir m_dir;
    std::unique_ptr<Studio> m_studio;
    MainWindow *m_window = nullptr;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("OutframeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    // No key anywhere: nothing in these tests may talk to a real service.
    qunsetenv("BFL_API_KEY");
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_studio = startStudio(new MemoryCredentialStore);
    m_window = m_studio->window();
    m_window->resize(1300, 850);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestMainWindow::cleanup()
{
    m_window = nullptr;
    m_studio.reset();
}

QString TestMainWindow::writeImage(const QString &name, QSize size, const char *format)
{
    QImage image(size, QImage::Format_RGB32);
    for (int y = 0; y < size.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < size.width(); ++x)
            line[x] = qRgb(x % 256, y % 256, 90);
    }
    const QString path = m_dir.filePath(name);
    if (!image.save(path, format))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestMainWindow::load(const QString &path)
{
    QSignalSpy loaded(m_window, &MainWindow::referenceLoaded);
    m_window->openFile(path);
    QVERIFY(loaded.wait(5000));
}

void TestMainWindow::typeInto(QAbstractSpinBox *box, const QString &text)
{
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Return);
}

// A drop is delivered, as from a real drag, to the widget that accepted the drag's entry.
void TestMainWindow::dropOnWindow(const QMimeData *mime)
{
    const QPoint at = m_window->canvas()->mapTo(m_window, QPoint(200, 200));
    QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, {});
    QApplication::sendEvent(m_window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, mime, Qt::LeftButton, {});
    QApplication::sendEvent(m_window, &drop);
}

QToolButton *TestMainWindow::button(const QString &text) const
{
    const auto buttons = m_window->placementPanel()->findChildren<QToolButton *>();
    for (QToolButton *b : buttons) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

void TestMainWindow::canvasDragUpdatesFields()
{
    load(writeImage(QStringLiteral("a.png"), QSize(600, 400)));
    CanvasView *canvas = m_window->canvas();
    canvas->controller()->setSnapping(false);
    PlacementPanel *panel = m_window->placementPanel();
    QVERIFY(panel->centreXBox()->isChecked());
    const QPoint from = canvas->referenceRect().center().toPoint();
    drag(canvas, from, from + QPoint(-40, 25), 20);
    const QPoint offset = m_studio->document()->placement().resolvedOffset();
    QCOMPARE(panel->xField()->value(), offset.x());
    QCOMPARE(panel->yField()->value(), offset.y());
    QVERIFY(!panel->centreXBox()->isChecked());

    const QPoint handle =
        canvas->controller()->handleCentre(FrameEdge::Right | FrameEdge::Bottom).toPoint();
    drag(canvas, handle, handle + QPoint(30, 30), 10);
    QCOMPARE(panel->widthField()->value(), m_studio->document()->placement().canvasSize().width());
    QCOMPARE(panel->heightField()->value(),
             m_studio->document()->placement().canvasSize().height());
    QVERIFY(m_window->summary()->sizeText().startsWith(QStringLiteral("%1 × %2 px")
                                                           .arg(panel->widthField()->value())
                                                           .arg(panel->heightField()->value())));
}

void TestMainWindow::fieldsMoveTheCanvas()
{
    load(writeImage(QStringLiteral("b.png"), QSize(600, 400)));
    PlacementPanel *panel = m_window->placementPanel();
    CanvasView *canvas = m_window->canvas();
    typeInto(panel->widthField(), QStringLiteral("1500"));
    QCOMPARE(m_studio->document()->placement().canvasSize().width(), 1500);
    QCOMPARE(canvas->frameRect().width(), std::round(1500 * canvas->zoom()));
    typeInto(panel->xField(), QStringLiteral("-20"));
    QCOMPARE(m_studio->document()->placement().offsetX(), std::optional<int>(-20));
    QCOMPARE(canvas->referenceRect().left(), std::round(canvas->canvasToView(QPointF(-20, 0)).x()));
    typeInto(panel->heightField(), QStringLiteral("700"));
    QCOMPARE(m_studio->document()->placement().canvasSize(), QSize(1500, 700));
    // One undo step per committed value.
    QCOMPARE(m_studio->document()->undoStack()->count(), 3);
    m_studio->document()->undoStack()->undo();
    QCOMPARE(panel->heightField()->value(), 600);
}

void TestMainWindow::centredCheckboxes()
{
    load(writeImage(QStringLiteral("c.png"), QSize(600, 400)));
    PlacementPanel *panel = m_window->placementPanel();
    typeInto(panel->yField(), QStringLiteral("13"));
    QVERIFY(!panel->centreYBox()->isChecked());
    QTest::mouseClick(panel->centreYBox(), Qt::LeftButton);
    QCOMPARE(m_studio->document()->placement().offsetY(), std::optional<int>());
    // Centred follows the frame: a taller frame keeps the image in the middle.
    typeInto(panel->heightField(), QStringLiteral("1000"));
    QCOMPARE(m_studio->document()->placement().resolvedOffset().y(), 300);
    QCOMPARE(panel->yField()->value(), 300);
}

void TestMainWindow::scaleField()
{
    load(writeImage(QStringLiteral("d.png"), QSize(600, 400)));
    typeInto(m_window->placementPanel()->scaleField(), QStringLiteral("50"));
    const Placement &p = m_studio->document()->placement();
    QCOMPARE(p.referenceScale(), 0.5);
    QCOMPARE(p.referenceSize(), QSize(300, 200));
    QCOMPARE(m_window->canvas()->referenceRect().width(),
             std::round(300 * m_window->canvas()->zoom()));
}

void TestMainWindow::aspectPresets_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<double>("ratio");
    QTest::newRow("1:1") << QStringLiteral("1:1") << 1.0;
    QTest::newRow("4:5") << QStringLiteral("4:5") << 0.8;
    QTest::newRow("3:2") << QStringLiteral("3:2") << 1.5;
    QTest::newRow("4:3") << QStringLiteral("4:3") << 4.0 / 3.0;
    QTest::newRow("16:9") << QStringLiteral("16:9") << 16.0 / 9.0;
    QTest::newRow("9:16") << QStringLiteral("9:16") << 9.0 / 16.0;
    QTest::newRow("21:9") << QStringLiteral("21:9") << 21.0 / 9.0;
    QTest::newRow("image") << QStringLiteral("Image") << 600.0 / 400.0;
}

void TestMainWindow::aspectPresets()
{
    QFETCH(QString, label);
    QFETCH(double, ratio);
    load(writeImage(QStringLiteral("e.png"), QSize(600, 400)));
    typeInto(m_window->placementPanel()->widthField(), QStringLiteral("1000"));
    QToolButton *preset = button(label);
    QVERIFY(preset);
    QTest::mouseClick(preset, Qt::LeftButton);
    const Placement &p = m_studio->document()->placement();
    const QSize c = p.canvasSize();
    QVERIFY2(std::abs(double(c.width()) / c.height() / ratio - 1.0) < 0.005,
             qPrintable(QStringLiteral("%1 x %2").arg(c.width()).arg(c.height())));
    QVERIFY(p.isValid());
    QVERIFY(preset->font().bold()); // the matching preset reads as chosen
    // The view had not been zoomed or panned: it refits, the whole new frame is in view.
    CanvasView *canvas = m_window->canvas();
    QVERIFY(QRectF(canvas->rect()).contains(canvas->frameRect()));
}

void TestMainWindow::quickActions()
{
    load(writeImage(QStringLiteral("f.png"), QSize(800, 500)));
    PlacementPanel *panel = m_window->placementPanel();
    // Extend grows the frame it has (1200 x 750 at first) by a quarter on every side.
    QTest::mouseClick(button(QStringLiteral("Extend 25 %")), Qt::LeftButton);
    QCOMPARE(m_studio->document()->placement().canvasSize(), QSize(1800, 1125));
    typeInto(panel->xField(), QStringLiteral("0"));
    QTest::mouseClick(button(QStringLiteral("Centre image")), Qt::LeftButton);
    QCOMPARE(m_studio->document()->placement().offsetX(), std::optional<int>());
    QCOMPARE(m_studio->document()->placement().resolvedOffset(), QPoint(500, 312));
    QTest::mouseClick(button(QStringLiteral("Fit to 4 MP")), Qt::LeftButton);
    const qint64 pixels = m_studio->document()->placement().outputPixels();
    QVERIFY(pixels <= Placement::kMaxPixels);
    QVERIFY(pixels > Placement::kMaxPixels - 5000);
}

// Canvas Size as in a paint program: with the top-left anchor clicked, a typed W and H grow
// the frame to the right and down, the image keeps its distance to the top-left corner,
// and Ctrl+Z takes the width back.
void TestMainWindow::typedSizeKeepsTheAnchoredEdge()
{
    load(writeImage(QStringLiteral("a.png"), QSize(800, 500)));
    PlacementPanel *panel = m_window->placementPanel();
    const QPoint before = m_studio->document()->placement().resolvedOffset(); // (200, 125)
    QTest::mouseClick(panel->anchorPicker()->button(Qt::AlignLeft | Qt::AlignTop), Qt::LeftButton);
    QCOMPARE(panel->anchorPicker()->anchor(), Qt::AlignLeft | Qt::AlignTop);
    typeInto(panel->widthField(), QStringLiteral("1600"));
    typeInto(panel->heightField(), QStringLiteral("900"));
    QCOMPARE(m_studio->document()->placement().canvasSize(), QSize(1600, 900));
    QCOMPARE(m_studio->document()->placement().resolvedOffset(), before);

    // Bottom right: the frame grows to the left and up; the image keeps its distance to the
    // bottom-right corner.
    QTest::mouseClick(panel->anchorPicker()->button(Qt::AlignRight | Qt::AlignBottom),
                      Qt::LeftButton);
    typeInto(panel->widthField(), QStringLiteral("2000"));
    QCOMPARE(m_studio->document()->placement().resolvedOffset(), before + QPoint(400, 0));
    // Extend 25 % grows the left and the top only.
    QTest::mouseClick(button(QStringLiteral("Extend 25 %")), Qt::LeftButton);
    QCOMPARE(m_studio->document()->placement().canvasSize(), QSize(2500, 1125));
    QCOMPARE(m_studio->document()->placement().resolvedOffset(), before + QPoint(900, 225));

    QTest::keyClick(panel->widthField(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_studio->document()->placement().canvasSize(), QSize(2000, 900));
}

// "Add 500 px on the left": one field, Enter, one undo step.
void TestMainWindow::pixelsAddedOnOneSide()
{
    load(writeImage(QStringLiteral("m.png"), QSize(800, 500)));
    PlacementPanel *panel = m_window->placementPanel();
    const Placement before = m_studio->document()->placement();
    QSpinBox *left = panel->marginFields()->field(Qt::LeftEdge);
    typeInto(left, QStringLiteral("500"));
    QCOMPARE(m_studio->document()->placement().canvasSize(), before.canvasSize() + QSize(500, 0));
    QCOMPARE(m_studio->document()->placement().resolvedOffset(),
             before.resolvedOffset() + QPoint(500, 0));
    QCOMPARE(left->value(), 0); // ready for the next addition

    // Several sides at once with the button; negative crops.
    typeInto(panel->marginFields()->field(Qt::TopEdge), QStringLiteral("0"));
    panel->marginFields()->field(Qt::RightEdge)->setValue(100);
    panel->marginFields()->field(Qt::BottomEdge)->setValue(-25);
    QTest::mouseClick(panel->marginFields()->addButton(), Qt::LeftButton);
    QCOMPARE(m_studio->document()->placement().canvasSize(), before.canvasSize() + QSize(600, -25));
    m_studio->document()->undoStack()->undo();
    m_studio->document()->undoStack()->undo();
    QCOMPARE(m_studio->document()->placement().canvasSize(), before.canvasSize());
}

void TestMainWindow::invalidPlacementDisablesGenerate_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("x");
    QTest::addColumn<QString>("reason");
    // Over 4 MP is made by a chain of jobs (tst_bigcanvas); beyond 16384 px a side, nothing.
    QTest::newRow("over 16384 px a side")
        << 17000 << 2100 << 100 << QStringLiteral("at most 16384 px");
    QTest::newRow("under 64 px") << 50 << 600 << 0 << QStringLiteral("at least 64 px");
    QTest::newRow("image outside")
        << 900 << 600 << 5000 << QStringLiteral("entirely outside the canvas");
    QTest::newRow("needs auto-crop") << 900 << 600 << -30 << QStringLiteral("turn on auto-crop");
}

void TestMainWindow::invalidPlacementDisablesGenerate()
{
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(int, x);
    QFETCH(QString, reason);
    load(writeImage(QStringLiteral("g.png"), QSize(600, 400)));
    PlacementPanel *panel = m_window->placementPanel();
    typeInto(panel->widthField(), QString::number(width));
    typeInto(panel->heightField(), QString::number(height));
    typeInto(panel->xField(), QString::number(x));
    GeneratePanel *generate = m_window->generatePanel();
    QVERIFY(!generate->generateButton()->isEnabled());
    QVERIFY(!generate->generateAction()->isEnabled());
    QVERIFY2(generate->blockReason().contains(reason), qPrintable(generate->blockReason()));
    // The same reason is on show under the canvas.
    QVERIFY2(m_window->summary()->problemText().contains(reason),
             qPrintable(m_window->summary()->problemText()));
}

void TestMainWindow::autoCropShadeIsExplained()
{
    load(writeImage(QStringLiteral("h.png"), QSize(600, 400)));
    typeInto(m_window->placementPanel()->xField(), QStringLiteral("-150"));
    QVERIFY(m_window->summary()->problemText().contains(QStringLiteral("auto-crop")));
    QTest::mouseClick(m_window->placementPanel()->autoCropBox(), Qt::LeftButton);
    QVERIFY(m_studio->document()->placement().isValid());
    QVERIFY2(m_window->summary()->problemText().contains(QStringLiteral("removes the shaded 25 %")),
             qPrintable(m_window->summary()->problemText()));
}

void TestMainWindow::offlineEngineNeedsNoKey()
{
    load(writeImage(QStringLiteral("i.png"), QSize(120, 80)));
    QTRY_VERIFY(m_studio->generation()->isKeyLookupDone());
    // No key anywhere: the offline engine is chosen, and Generate works at once.
    QCOMPARE(m_window->generatePanel()->engine(), ResultEngine::Local);
    QVERIFY(m_window->generatePanel()->generateButton()->isEnabled());
    // Mode and safety tolerance belong to the service: greyed out for the offline engine.
    auto *mode = m_window->generatePanel()->findChild<QWidget *>(QStringLiteral("mode"));
    auto *safety =
        m_window->generatePanel()->findChild<QWidget *>(QStringLiteral("safetyTolerance"));
    QVERIFY(mode && safety);
    QVERIFY(!mode->isEnabled());
    QVERIFY(!safety->isEnabled());
    // FLUX without a key says why it cannot run, and points back to the offline engine.
    m_window->generatePanel()->setEngine(ResultEngine::Flux);
    QVERIFY(mode->isEnabled());
    QVERIFY(safety->isEnabled());
    QVERIFY(!m_window->generatePanel()->generateButton()->isEnabled());
    QVERIFY(m_window->generateBlockReason().contains(QStringLiteral("offline engine")));
    m_window->generatePanel()->setEngine(ResultEngine::Local);
    QVERIFY(m_window->generatePanel()->generateButton()->isEnabled());
    QSignalSpy added(m_window, &MainWindow::resultAdded);
    QTest::mouseClick(m_window->generatePanel()->generateButton(), Qt::LeftButton);
    QVERIFY(added.wait(20000));
    const Document *layers = m_window->results()->document();
    QCOMPARE(layers->stagedCount(), 1);
    QCOMPARE(layers->staged().at(0).engine, ResultEngine::Local);
    QCOMPARE(layers->staged().at(0).image.size(), m_studio->document()->placement().canvasSize());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->canvas()->hasResult(), 30000);
}

void TestMainWindow::generateNeedsAKey()
{
    load(writeImage(QStringLiteral("k.png"), QSize(600, 400)));
    QTRY_VERIFY(m_studio->generation()->isKeyLookupDone());
    QVERIFY(m_studio->document()->placement().isValid());
    m_window->generatePanel()->setEngine(ResultEngine::Flux);
    QVERIFY(!m_window->generatePanel()->generateButton()->isEnabled());
    QVERIFY2(m_window->generateBlockReason().contains(QStringLiteral("API key")),
             qPrintable(m_window->generateBlockReason()));
}

void TestMainWindow::dropOfFileLoadsIt()
{
    const QString path = writeImage(QStringLiteral("dropped.png"), QSize(320, 200));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QSignalSpy loaded(m_window, &MainWindow::referenceLoaded);
    dropOnWindow(&mime);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(m_studio->document()->reference().size(), QSize(320, 200));
    QCOMPARE(m_studio->document()->referenceName(), QStringLiteral("dropped.png"));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("dropped.png")));
    QCOMPARE(m_studio->settings()->recentFiles().value(0), QFileInfo(path).absoluteFilePath());
}

void TestMainWindow::dropOfSeveralFilesSaysWhichIsTheReference()
{
    const QString first = writeImage(QStringLiteral("first.png"), QSize(300, 200));
    const QString second = writeImage(QStringLiteral("second.png"), QSize(200, 300));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(first), QUrl::fromLocalFile(second)});
    QSignalSpy loaded(m_window, &MainWindow::referenceLoaded);
    dropOnWindow(&mime);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(m_studio->document()->referenceName(), QStringLiteral("first.png"));
    QVERIFY(m_window->messageBar()->isVisible());
    QVERIFY2(m_window->messageBar()->text().contains(QStringLiteral("first.png becomes the "
                                                                    "reference")),
             qPrintable(m_window->messageBar()->text()));
}

void TestMainWindow::dropOfImageDataLoadsIt_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("png bytes") << QStringLiteral("image/png");
    QTest::newRow("jpeg bytes") << QStringLiteral("image/jpeg");
    QTest::newRow("QImage") << QStringLiteral("qimage");
}

void TestMainWindow::dropOfImageDataLoadsIt()
{
    QFETCH(QString, kind);
    QImage image(257, 133, QImage::Format_RGB32);
    image.fill(QColor(200, 30, 60));
    QMimeData mime;
    if (kind == QLatin1String("qimage")) {
        mime.setImageData(image);
    } else {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, kind == QLatin1String("image/png") ? "PNG" : "JPEG");
        mime.setData(kind, bytes);
    }
    QVERIFY(ImageIntake::canAccept(&mime));
    QSignalSpy loaded(m_window, &MainWindow::referenceLoaded);
    dropOnWindow(&mime);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(m_studio->document()->reference().size(), QSize(257, 133));
    QVERIFY(m_studio->document()->referencePath().isEmpty());
}

void TestMainWindow::dropOfWebLinkDownloadsIt_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("200") << 200;
    QTest::newRow("404") << 404;
}

// A browser drags an image's address: the app downloads it (from a server on loopback here).
void TestMainWindow::dropOfWebLinkDownloadsIt()
{
    QFETCH(int, status);
    QImage image(211, 97, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    connect(&server, &QTcpServer::newConnection, this, [&server, png, status] {
        QTcpSocket *socket = server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket, png, status] {
            if (!socket->readAll().contains("\r\n\r\n"))
                return;
            const QByteArray body = status == 200 ? png : QByteArray("not here");
            socket->write(QByteArray("HTTP/1.1 ") + QByteArray::number(status) +
                          (status == 200 ? " OK" : " Not Found") +
                          "\r\nContent-Type: image/png\r\nConnection: close\r\n"
                          "Content-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
    });
    QMimeData mime;
    mime.setUrls(
        {QUrl(QStringLiteral("http://127.0.0.1:%1/pics/lake.png").arg(server.serverPort()))});
    QSignalSpy loaded(m_window, &MainWindow::referenceLoaded);
    QSignalSpy failed(m_window, &MainWindow::loadFailed);
    dropOnWindow(&mime);
    if (status == 200) {
        QVERIFY(loaded.wait(5000));
        QCOMPARE(m_studio->document()->reference().size(), QSize(211, 97));
        QCOMPARE(m_studio->document()->referenceName(), QStringLiteral("lake.png"));
    } else {
        QVERIFY(failed.wait(5000));
        QVERIFY2(m_window->messageBar()->text().contains(QStringLiteral("Could not download")),
                 qPrintable(m_window->messageBar()->text()));
        QVERIFY(!m_studio->document()->hasReference());
    }
}

void TestMainWindow::pasteLoadsClipboardImage()
{
    QImage image(140, 90, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QApplication::clipboard()->setImage(image);
    QSignalSpy loaded(m_window, &MainWindow::referenceLoaded);
    m_window->canvas()->setFocus();
    QTest::keyClick(m_window->canvas(), Qt::Key_V, Qt::ControlModifier);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(m_studio->document()->reference().size(), QSize(140, 90));
}

void TestMainWindow::unreadableFileLeavesAppRunning()
{
    load(writeImage(QStringLiteral("good.png"), QSize(300, 200)));
    const QString bad = m_dir.filePath(QStringLiteral("broken.jpg"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not a JPEG");
    file.close();
    QSignalSpy failed(m_window, &MainWindow::loadFailed);
    m_window->openFile(bad);
    QVERIFY(failed.wait(5000));
    QVERIFY(m_window->messageBar()->isVisible());
    QCOMPARE(m_window->messageBar()->kind(), MessageBar::Kind::Error);
    QVERIFY2(m_window->messageBar()->text().contains(QStringLiteral("broken.jpg")),
             qPrintable(m_window->messageBar()->text()));
    // The image that was open is still there.
    QCOMPARE(m_studio->document()->referenceName(), QStringLiteral("good.png"));
    QCOMPARE(m_studio->document()->reference().size(), QSize(300, 200));
}

void TestMainWindow::largePhotoStartsScaledDown()
{
    load(writeImage(QStringLiteral("big.jpg"), QSize(4000, 3000), "JPEG"));
    const Placement &p = m_studio->document()->placement();
    QVERIFY(p.referenceScale() < 1.0);
    QVERIFY(p.isValid());
    QCOMPARE(m_window->placementPanel()->scaleField()->value(),
             std::round(p.referenceScale() * 1000.0) / 10.0);
    QVERIFY(m_window->messageBar()->text().contains(QStringLiteral("starts scaled to")));
}

void TestMainWindow::recentFilesReopen()
{
    const QString first = writeImage(QStringLiteral("one.png"), QSize(120, 80));
    const QString second = writeImage(QStringLiteral("two.png"), QSize(90, 90));
    load(first);
    load(second);
    const QStringList recent = m_studio->settings()->recentFiles();
    QCOMPARE(recent.value(0), QFileInfo(second).absoluteFilePath());
    QCOMPARE(recent.value(1), QFileInfo(first).absoluteFilePath());
    QAction *entry = nullptr;
    const auto actions = m_window->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->text().endsWith(QStringLiteral("one.png")))
            entry = action;
    }
    QVERIFY(entry);
    QSignalSpy loaded(m_window, &MainWindow::referenceLoaded);
    entry->trigger();
    QVERIFY(loaded.wait(5000));
    QCOMPARE(m_studio->document()->referenceName(), QStringLiteral("one.png"));
    QCOMPARE(m_studio->settings()->recentFiles().value(0), QFileInfo(first).absoluteFilePath());
}

void TestMainWindow::quitIsCtrlQ()
{
    const auto actions = m_window->findChildren<QAction *>();
    bool found = false;
    for (QAction *action : actions) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Q))
            found = action->text().contains(QStringLiteral("Quit"));
    }
    QVERIFY(found);
}

// The title bar names the project once the session is saved as one, and marks unsaved work.
void TestMainWindow::titleShowsTheProjectAndUnsavedWork()
{
    load(writeImage(QStringLiteral("t.png"), QSize(600, 400)));
    QVERIFY2(m_window->windowTitle().startsWith(QStringLiteral("t")),
             qPrintable(m_window->windowTitle()));
    const QString project = m_dir.filePath(QStringLiteral("Harbour at dusk.outframe"));
    QSignalSpy saved(m_studio->projects(), &ProjectController::saved);
    m_studio->projects()->save(project);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Harbour at dusk[*] — Outframe"));
    QVERIFY(!m_window->isWindowModified());
    typeInto(m_window->placementPanel()->widthField(), QStringLiteral("1000"));
    QVERIFY(m_window->isWindowModified());
    // Saving again clears the mark.
    m_studio->projects()->save(project);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 2, 10000);
    QVERIFY(!m_window->isWindowModified());
}

// Undo's label in the menu names the step; the toolbar's does not grow with it, so the
// buttons after it stay where the artist's pointer expects them.
void TestMainWindow::toolbarButtonsKeepTheirPlace()
{
    load(writeImage(QStringLiteral("u.png"), QSize(600, 400)));
    auto *toolbar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolbar"));
    QVERIFY(toolbar);
    QToolButton *fit = nullptr;
    QToolButton *undo = nullptr;
    for (QToolButton *b : toolbar->findChildren<QToolButton *>()) {
        if (b->text() == QStringLiteral("Fit in Window"))
            fit = b;
        if (b->text() == QStringLiteral("Undo"))
            undo = b;
    }
    QVERIFY(fit && undo);
    QVERIFY(!undo->isEnabled());
    const QPoint where = fit->pos();
    typeInto(m_window->placementPanel()->widthField(), QStringLiteral("1000"));
    QCoreApplication::processEvents();
    QVERIFY(undo->isEnabled());
    QVERIFY(undo->toolTip().contains(QStringLiteral("frame width")));
    QCOMPARE(fit->pos(), where);
    QTest::mouseClick(undo, Qt::LeftButton);
    QVERIFY(m_studio->document()->placement().canvasSize().width() != 1000);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
