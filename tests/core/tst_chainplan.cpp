// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Planning canvases beyond the service's 4,194,304 px: every job within the limit, every
// reference made only of pixels known before its wave, the whole canvas covered, and the
// tiles of one wave independent of each other.
#include "chainplan.h"
#include "placement.h"

#include <QRandomGenerator>
#include <QRegion>
#include <QTest>

using namespace outframe;

class TestChainPlan : public QObject
{
    Q_OBJECT

private slots:
    void plansHoldTheRules_data();
    void plansHoldTheRules();
    void panoramaIsAFewTiles();
    void smallCanvasIsOneJob();
    void randomPlacementsHoldTheRules();
    void refusals_data();
    void refusals();
    void costIsTheSumOfItsJobs();
};

namespace {

// Checks every rule of a plan; returns the first broken one (empty when none is).
QString brokenRule(const ChainPlan &plan)
{
    const QRect canvas(QPoint(0, 0), plan.canvas);
    QRegion known(plan.original);
    for (int wave = 0; wave < plan.waveCount(); ++wave) {
        const QList<ChainTile> tiles = plan.wave(wave);
        if (tiles.isEmpty())
            return QStringLiteral("wave %1 is empty").arg(wave);
        QRegion added;
        for (const ChainTile &tile : tiles) {
            const QString name = QStringLiteral("tile %1").arg(tile.index);
            if (qint64(tile.rect.width()) * tile.rect.height() > Placement::kMaxPixels)
                return name + " is over 4,194,304 px";
            if (tile.rect.width() < Placement::kMinSide || tile.rect.height() < Placement::kMinSide)
                return name + " is under 64 px on a side";
            if (!canvas.contains(tile.rect))
                return name + " leaves the canvas";
            if (!tile.rect.contains(tile.reference) || tile.reference.isEmpty())
                return name + "'s reference is not inside it";
            if (!QRegion(tile.reference).subtracted(known).isEmpty())
                return name + "'s reference holds pixels not known before its wave";
            if (!tile.rect.contains(tile.fresh))
                return name + "'s new pixels lie outside it";
            if (tile.side != ChainSide::Whole && known.intersects(tile.fresh))
                return name + " would write known pixels";
            added += tile.fresh;
        }
        known += added;
    }
    if (!QRegion(canvas).subtracted(known).isEmpty())
        return QStringLiteral("the plan leaves part of the canvas unmade");
    for (int i = 0; i < plan.tiles.size(); ++i)
        if (plan.tiles[i].index != i)
            return QStringLiteral("tile indexes are not in order");
    return {};
}

QRect centred(QSize canvas, QSize reference)
{
    return QRect(QPoint((canvas.width() - reference.width()) / 2,
                        (canvas.height() - reference.height()) / 2),
                 reference);
}

} // namespace

void TestChainPlan::plansHoldTheRules_data()
{
    QTest::addColumn<QSize>("canvas");
    QTest::addColumn<QRect>("reference");
    QTest::newRow("panorama 8192 x 2048 from 2048 x 1024")
        << QSize(8192, 2048) << centred({8192, 2048}, {2048, 1024});
    QTest::newRow("6000 x 4000 around a 4800 x 3200 photo at its own resolution")
        << QSize(6000, 4000) << centred({6000, 4000}, {4800, 3200});
    QTest::newRow("16384 x 4096 from 4096 x 2048")
        << QSize(16384, 4096) << centred({16384, 4096}, {4096, 2048});
    QTest::newRow("16384 x 16384 from 1024 x 1024")
        << QSize(16384, 16384) << centred({16384, 16384}, {1024, 1024});
    QTest::newRow("image in the top-left corner") << QSize(6000, 3000) << QRect(0, 0, 1500, 1000);
    QTest::newRow("tiny image on a large canvas") << QSize(8000, 2000) << QRect(3980, 990, 40, 30);
    QTest::newRow("image overhanging the canvas (auto-crop)")
        << QSize(5000, 3000) << QRect(-500, -200, 2000, 1500);
    QTest::newRow("tall canvas") << QSize(2048, 9000) << centred({2048, 9000}, {1500, 2000});
}

void TestChainPlan::plansHoldTheRules()
{
    QFETCH(QSize, canvas);
    QFETCH(QRect, reference);
    const ChainPlanResult result = planChain(canvas, reference);
    QVERIFY2(result.problem.isEmpty(), qPrintable(result.problem));
    QCOMPARE(result.plan.original, reference & QRect(QPoint(0, 0), canvas));
    const QString broken = brokenRule(result.plan);
    QVERIFY2(broken.isEmpty(), qPrintable(broken));
}

void TestChainPlan::panoramaIsAFewTiles()
{
    const ChainPlan plan = planChain({8192, 2048}, centred({8192, 2048}, {2048, 1024})).plan;
    // One 2048 x 2048 job over and under the image, then two strips on each side, the left
    // and the right side running together.
    QCOMPARE(plan.tiles.size(), 5);
    QCOMPARE(plan.waveCount(), 3);
    QCOMPARE(plan.wave(1).size(), 2);
    for (const ChainTile &tile : plan.tiles)
        QVERIFY2(tile.reference.width() * qint64(tile.reference.height()) * 4 >=
                     tile.rect.width() * qint64(tile.rect.height()),
                 "each tile keeps at least a quarter of itself as known context");
}

void TestChainPlan::smallCanvasIsOneJob()
{
    const QRect reference = centred({2048, 2048}, {1000, 800});
    const ChainPlan plan = planChain({2048, 2048}, reference).plan;
    QCOMPARE(plan.tiles.size(), 1);
    QCOMPARE(plan.tiles[0].rect, QRect(0, 0, 2048, 2048));
    QCOMPARE(plan.tiles[0].reference, reference);
}

void TestChainPlan::randomPlacementsHoldTheRules()
{
    QRandomGenerator random(20261202);
    for (int i = 0; i < 300; ++i) {
        const QSize canvas(random.bounded(64, 16385), random.bounded(64, 16385));
        const QSize image(random.bounded(1, canvas.width() + 1),
                          random.bounded(1, canvas.height() + 1));
        const QRect reference(
            QPoint(random.bounded(-image.width() / 2, canvas.width() - image.width() / 2),
                   random.bounded(-image.height() / 2, canvas.height() - image.height() / 2)),
            image);
        const ChainPlanResult result = planChain(canvas, reference);
        const QString where = QStringLiteral("%1 x %2 around (%3, %4) %5 x %6: ")
                                  .arg(canvas.width())
                                  .arg(canvas.height())
                                  .arg(reference.x())
                                  .arg(reference.y())
                                  .arg(image.width())
                                  .arg(image.height());
        QVERIFY2(result.problem.isEmpty(), qPrintable(where + result.problem));
        const QString broken = brokenRule(result.plan);
        QVERIFY2(broken.isEmpty(), qPrintable(where + broken));
    }
}

void TestChainPlan::refusals_data()
{
    QTest::addColumn<QSize>("canvas");
    QTest::addColumn<QRect>("reference");
    QTest::addColumn<QString>("message");
    QTest::newRow("wider than 16384")
        << QSize(16385, 2000) << QRect(0, 0, 100, 100) << "at most 16384 px";
    QTest::newRow("under 64") << QSize(8000, 63) << QRect(0, 0, 10, 10) << "at least 64 px";
    QTest::newRow("image outside")
        << QSize(8000, 2000) << QRect(9000, 0, 10, 10) << "outside the canvas";
}

void TestChainPlan::refusals()
{
    QFETCH(QSize, canvas);
    QFETCH(QRect, reference);
    QFETCH(QString, message);
    const ChainPlanResult result = planChain(canvas, reference);
    QVERIFY(result.plan.isEmpty());
    QVERIFY2(result.problem.contains(message), qPrintable(result.problem));
}

void TestChainPlan::costIsTheSumOfItsJobs()
{
    const ChainPlan plan = planChain({8192, 2048}, centred({8192, 2048}, {2048, 1024})).plan;
    double expected = 0;
    for (const ChainTile &tile : plan.tiles)
        expected += 10.0 * ((qint64(tile.rect.width()) * tile.rect.height() + 1024 * 1024 - 1) /
                            (1024 * 1024));
    QCOMPARE(plan.estimatedCredits(), expected);
    QCOMPARE(plan.estimatedCredits(20.0), 2 * expected);
}

QTEST_GUILESS_MAIN(TestChainPlan)
#include "tst_chainplan.moc"
