// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "statuscolours.h"

#include <QTest>

using namespace outframe;

Q_DECLARE_METATYPE(outframe::Status)

// Status text stays readable (WCAG AA, 4.5:1) on a light and on a dark theme, and keeps the
// hue that says what it is.
class TestStatusColours : public QObject
{
    Q_OBJECT

private slots:
    void ratioOfKnownPairs();
    void readableOnLightAndDark_data();
    void readableOnLightAndDark();
};

void TestStatusColours::ratioOfKnownPairs()
{
    QCOMPARE(qRound(contrastRatio(Qt::black, Qt::white) * 100), 2100);
    QCOMPARE(contrastRatio(Qt::red, Qt::red), 1.0);
    // #767676 on white is the lightest grey that passes AA: a known reference value.
    QVERIFY(qAbs(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
}

static QPalette paletteWith(const QColor &window, const QColor &base, const QColor &text)
{
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Text, text);
    return p;
}

void TestStatusColours::readableOnLightAndDark_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<int>("role");
    QTest::addColumn<Status>("status");
    QTest::addColumn<int>("hue");
    // Fusion's light palette and a typical dark one (the app's colours were tuned on dark).
    const QPalette light = paletteWith(QColor(0xef, 0xef, 0xef), Qt::white, Qt::black);
    const QPalette dark =
        paletteWith(QColor(0x2b, 0x2b, 0x2b), QColor(0x1e, 0x1e, 0x1e), QColor(0xee, 0xee, 0xee));
    const struct
    {
        const char *name;
        Status status;
        int hue;
    } statuses[] = {{"error", Status::Error, 0},
                    {"warning", Status::Warning, 38},
                    {"success", Status::Success, 131}};
    for (const auto &[paletteName, palette] : {std::pair{"light", light}, std::pair{"dark", dark}})
        for (const auto &s : statuses)
            for (const auto &[roleName, role] :
                 {std::pair{"window", QPalette::Window}, std::pair{"base", QPalette::Base}})
                QTest::addRow("%s %s on %s", s.name, paletteName, roleName)
                    << palette << int(role) << s.status << s.hue;
}

void TestStatusColours::readableOnLightAndDark()
{
    QFETCH(QPalette, palette);
    QFETCH(int, role);
    QFETCH(Status, status);
    QFETCH(int, hue);
    const auto background = QPalette::ColorRole(role);
    const QColor colour = statusColour(status, palette, background);
    const double ratio = contrastRatio(colour, palette.color(background));
    qInfo("%s on %s: %.2f:1", qPrintable(colour.name()),
          qPrintable(palette.color(background).name()), ratio);
    QVERIFY2(ratio >= kMinimumContrast, qPrintable(QString::number(ratio)));
    // Still red, amber or green: neither black nor white, and near its own hue.
    QVERIFY(colour.hslSaturationF() > 0.3);
    const int delta = std::abs(colour.hslHue() - hue);
    QVERIFY2(std::min(delta, 360 - delta) <= 6, qPrintable(QString::number(colour.hslHue())));
}

QTEST_MAIN(TestStatusColours)
#include "tst_statuscolours.moc"
