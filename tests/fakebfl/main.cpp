// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
// fakebfl: the fake FLUX API for demos and manual runs of outframe-cli.
//   fakebfl [--port N] [--duration-ms N] [--key KEY] [--status S] [--regional] [--older-schema]
// It prints its base URL, then serves until interrupted.
#include "fakebflserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fakebfl"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A fake FLUX outpainting API on 127.0.0.1 for tests and demos (never the real one)."));
    parser.addHelpOption();
    const QCommandLineOption portOption(
        QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (default: any free one)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption durationOption(
        QStringLiteral("duration-ms"), QStringLiteral("Time from submit to Ready (default 3000)."),
        QStringLiteral("ms"), QStringLiteral("3000"));
    const QCommandLineOption keyOption(QStringLiteral("key"),
                                       QStringLiteral("The only API key accepted (default: any)."),
                                       QStringLiteral("key"));
    const QCommandLineOption statusOption(
        QStringLiteral("status"),
        QStringLiteral("Final status: Ready, Error, \"Request Moderated\", \"Content Moderated\"."),
        QStringLiteral("status"), QStringLiteral("Ready"));
    const QCommandLineOption regionalOption(QStringLiteral("regional"),
                                            QStringLiteral("Give polling URLs on a second port."));
    const QCommandLineOption olderSchemaOption(
        QStringLiteral("older-schema"),
        QStringLiteral("Serve the older submit schema (no mode, safety_tolerance, disable_pup)."));
    parser.addOptions(
        {portOption, durationOption, keyOption, statusOption, regionalOption, olderSchemaOption});
    parser.process(app);

    outframe::test::FakeBflServer server;
    auto plan = server.taskPlan();
    plan.durationMs = parser.value(durationOption).toInt();
    plan.finalStatus = parser.value(statusOption);
    plan.regionalPolling = parser.isSet(regionalOption);
    if (plan.finalStatus == QLatin1String("Error"))
        plan.finalDetails = QJsonObject{{QStringLiteral("error"), QStringLiteral("Demo failure")}};
    server.setTaskPlan(plan);
    server.setApiKey(parser.value(keyOption).toUtf8());
    if (parser.isSet(olderSchemaOption))
        server.setSchema(outframe::test::FakeBflServer::Schema::Older);
    if (!server.listen(QSslConfiguration(), quint16(parser.value(portOption).toUInt()))) {
        QTextStream(stderr) << "fakebfl: cannot listen on 127.0.0.1\n";
        return 1;
    }
    QTextStream out(stdout);
    out << server.baseUrl().toString() << Qt::endl;
    QObject::connect(&server, &outframe::test::FakeBflServer::requestReceived, &server,
                     [](const outframe::test::FakeBflServer::Request &request) {
                         QTextStream(stderr) << request.method << ' ' << request.path
                                             << (request.hasKey() ? "  (x-key)" : "") << '\n';
                     });
    return QCoreApplication::exec();
}
