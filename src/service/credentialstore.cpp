// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <optional>

namespace outframe {

namespace {

// Errors that mean "there is no keychain to talk to", as opposed to "no key stored".
bool meansNoKeychain(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented ||
           error == QKeychain::OtherError || error == QKeychain::AccessDenied ||
           error == QKeychain::AccessDeniedByUser || error == QKeychain::CouldNotDeleteEntry;
}

} // namespace

QString CredentialStore::environmentKey()
{
    return qEnvironmentVariable("BFL_API_KEY").trimmed();
}

QString CredentialStore::noKeychainMessage()
{
    return tr("No system keychain is running (Secret Service), so the API key cannot be kept "
              "there. Outframe never writes it to a plain file: set BFL_API_KEY in the "
              "environment instead.");
}

void CredentialStore::load(Order order)
{
    m_order = order;
    const QString env = environmentKey();
    if (order == Order::EnvironmentFirst && !env.isEmpty()) {
        KeyLookup lookup;
        lookup.key = env;
        lookup.source = KeyLookup::Source::Environment;
        // Queued, so a caller connecting after load() still hears it.
        QMetaObject::invokeMethod(
            this, [this, lookup] { emit keyLoaded(lookup); }, Qt::QueuedConnection);
        return;
    }
    readSecret();
}

void CredentialStore::secretRead(const QString &key, bool available, const QString &problem)
{
    KeyLookup lookup;
    lookup.keychainAvailable = available;
    if (!key.isEmpty()) {
        lookup.key = key;
        lookup.source = KeyLookup::Source::Keychain;
        emit keyLoaded(lookup);
        return;
    }
    const QString env = environmentKey();
    if (!env.isEmpty()) {
        lookup.key = env;
        lookup.source = KeyLookup::Source::Environment;
    }
    if (!available) {
        lookup.notice = env.isEmpty() ? problem
                                      : tr("No system keychain is running (Secret Service); using "
                                           "BFL_API_KEY from the environment.");
    }
    emit keyLoaded(lookup);
}

KeyLookup CredentialStore::loadAndWait(Order order, int timeoutMs)
{
    std::optional<KeyLookup> result;
    QEventLoop loop;
    const QMetaObject::Connection connection =
        connect(this, &CredentialStore::keyLoaded, &loop, [&](const KeyLookup &lookup) {
            result = lookup;
            loop.quit();
        });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    load(order);
    if (!result)
        loop.exec();
    disconnect(connection);
    if (result)
        return *result;
    KeyLookup lookup;
    lookup.keychainAvailable = false;
    lookup.key = environmentKey();
    lookup.source = lookup.key.isEmpty() ? KeyLookup::Source::None : KeyLookup::Source::Environment;
    lookup.notice = tr("The system keychain did not answer.");
    return lookup;
}

void KeychainCredentialStore::readSecret()
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext file
    job->setKey(keyName());
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *done) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(done);
        if (read->error() == QKeychain::NoError) {
            secretRead(read->textData().trimmed(), true, QString());
        } else if (read->error() == QKeychain::EntryNotFound) {
            secretRead(QString(), true, QString());
        } else {
            secretRead(QString(), !meansNoKeychain(read->error()), noKeychainMessage());
        }
    });
    job->start();
}

void KeychainCredentialStore::store(const QString &key)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyName());
    job->setTextData(key.trimmed());
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *done) {
        if (done->error() == QKeychain::NoError)
            emit stored(true, tr("The API key is stored in the system keychain."));
        else if (meansNoKeychain(done->error()))
            emit stored(false, noKeychainMessage());
        else
            emit stored(false, tr("The keychain refused to store the key."));
    });
    job->start();
}

void KeychainCredentialStore::erase()
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyName());
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *done) {
        if (done->error() == QKeychain::NoError || done->error() == QKeychain::EntryNotFound)
            emit erased(true, tr("The stored API key was removed."));
        else
            emit erased(false, noKeychainMessage());
    });
    job->start();
}

void MemoryCredentialStore::readSecret()
{
    QMetaObject::invokeMethod(
        this,
        [this] { secretRead(m_available ? m_key : QString(), m_available, noKeychainMessage()); },
        Qt::QueuedConnection);
}

void MemoryCredentialStore::store(const QString &key)
{
    QMetaObject::invokeMethod(
        this,
        [this, key] {
            if (!m_available) {
                emit stored(false, noKeychainMessage());
                return;
            }
            m_key = key.trimmed();
            emit stored(true, QString());
        },
        Qt::QueuedConnection);
}

void MemoryCredentialStore::erase()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_available) {
                emit erased(false, noKeychainMessage());
                return;
            }
            m_key.clear();
            emit erased(true, QString());
        },
        Qt::QueuedConnection);
}

} // namespace outframe
