// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Every format from one image: each frame of its ratio (within 1 %), as large as one job
// allows, holding the image at its scale where the anchor puts it.
#include "formatframes.h"

#include <QTest>

using namespace outframe;

class TestFormatFrames : public QObject
{
    Q_OBJECT

private slots:
    void framesHaveTheirRatioAndHoldTheImage_data();
    void framesHaveTheirRatioAndHoldTheImage();
    void anchorsPutTheImageOnTheirSide();
    void aTallImageInAWideFormatNeedsAChain();
    void parsing();
};

void TestFormatFrames::framesHaveTheirRatioAndHoldTheImage_data()
{
    QTest::addColumn<QSize>("image");
    QTest::addColumn<double>("scale");
    QTest::newRow("photo 1600 x 1067") << QSize(1600, 1067) << 1.0;
    QTest::newRow("24 MP photo at 30 %") << QSize(6000, 4000) << 0.3;
    QTest::newRow("small square") << QSize(300, 300) << 1.0;
}

void TestFormatFrames::framesHaveTheirRatioAndHoldTheImage()
{
    QFETCH(QSize, image);
    QFETCH(double, scale);
    Placement current(QSize(2000, 2000), image);
    current.setReferenceScale(scale);
    for (const char *text : {"1:1", "4:5", "9:16", "16:9", "3:2", "21:9"}) {
        const AspectRatio ratio = *parseAspectRatio(text);
        const Placement p = placementForFormat(current, ratio, FormatAnchor::Centre);
        const QSize c = p.canvasSize();
        const double error = std::abs(double(c.width()) / c.height() / ratio.value() - 1);
        QVERIFY2(error < 0.01,
                 qPrintable(QString::fromLatin1(text) +
                            QStringLiteral(": %1 x %2").arg(c.width()).arg(c.height())));
        QCOMPARE(p.referenceScale(), scale);
        QVERIFY(p.isValid() || p.outputPixels() > Placement::kMaxPixels);
        QVERIFY(QRect(QPoint(0, 0), c).contains(p.referenceRect()));
        if (p.outputPixels() <= Placement::kMaxPixels) {
            // As large as one job allows: one more row of the ratio would pass the limit.
            QVERIFY(qint64(c.width() + ratio.width) * (c.height() + ratio.height) >
                    Placement::kMaxPixels);
        }
    }
}

void TestFormatFrames::anchorsPutTheImageOnTheirSide()
{
    const Placement current(QSize(2000, 2000), QSize(1000, 800));
    const AspectRatio wide = *parseAspectRatio("16:9");
    const Placement left = placementForFormat(current, wide, FormatAnchor::Left);
    QCOMPARE(left.referenceRect().left(), 0);
    QVERIFY(std::abs(left.referenceRect().center().y() - left.canvasRect().center().y()) <= 1);
    const Placement right = placementForFormat(current, wide, FormatAnchor::Right);
    QCOMPARE(right.referenceRect().right(), right.canvasRect().right());
    const AspectRatio tall = *parseAspectRatio("9:16");
    QCOMPARE(placementForFormat(current, tall, FormatAnchor::Top).referenceRect().top(), 0);
    const Placement bottom = placementForFormat(current, tall, FormatAnchor::Bottom);
    QCOMPARE(bottom.referenceRect().bottom(), bottom.canvasRect().bottom());
    const Placement centre = placementForFormat(current, tall, FormatAnchor::Centre);
    QVERIFY(std::abs(centre.referenceRect().center().x() - centre.canvasRect().center().x()) <= 1);
}

void TestFormatFrames::aTallImageInAWideFormatNeedsAChain()
{
    // 2000 px tall at 21:9 needs 4667 px of width: more than one job can make.
    const Placement current(QSize(2400, 2400), QSize(1500, 2000));
    const Placement p =
        placementForFormat(current, *parseAspectRatio("21:9"), FormatAnchor::Centre);
    QVERIFY(p.outputPixels() > Placement::kMaxPixels);
    QCOMPARE(p.canvasSize().height(), 2000);
    QVERIFY(std::abs(double(p.canvasSize().width()) / p.canvasSize().height() / (21.0 / 9) - 1) <
            0.01);
}

void TestFormatFrames::parsing()
{
    QString error;
    const auto ratios = parseAspectRatios("1:1, 4:5,9:16,16:9,4:5", &error);
    QVERIFY(ratios);
    QCOMPARE(ratios->size(), 4); // the repeated 4:5 once
    QCOMPARE(aspectFileTag(ratios->at(1)), QStringLiteral("4x5"));
    QVERIFY(!parseAspectRatios("1:1,wide", &error));
    QVERIFY2(error.contains("“wide”"), qPrintable(error));
    QVERIFY(!parseAspectRatio("0:1"));
    QVERIFY(!parseAspectRatio("1:1000"));
    QCOMPARE(formatAnchorFromName("Center"), FormatAnchor::Centre);
    QVERIFY(!formatAnchorFromName("middle"));
}

QTEST_GUILESS_MAIN(TestFormatFrames)
#include "tst_formatframes.moc"
