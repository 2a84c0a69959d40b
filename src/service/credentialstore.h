// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace outframe {

// The outcome of looking for the API key.
struct KeyLookup
{
    enum class Source { None, Environment, Keychain };
    QString key; // the secret: never log it, never show it
    Source source = Source::None;
    // Plain words for the artist when the keychain could not be used (empty otherwise), e.g.
    // "No system keychain is running, ... using BFL_API_KEY from the environment." Never
    // contains the key.
    QString notice;
    bool keychainAvailable = true;

    bool found() const { return !key.isEmpty(); }
};

// Where the API key lives: the system keychain (service name "Outframe"), or the BFL_API_KEY
// environment variable. Never a plaintext file. All calls are asynchronous (a keychain may
// ask the user to unlock it); each emits exactly one signal.
//
//     auto *store = new KeychainCredentialStore(this);
//     connect(store, &CredentialStore::keyLoaded, this, [](const KeyLookup &k) { ... });
//     store->load(); // keychain first, then BFL_API_KEY
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    enum class Order {
        KeychainFirst,    // the app: the key the artist stored wins
        EnvironmentFirst, // the CLI: BFL_API_KEY wins, else the stored key
    };

    using QObject::QObject;

    // Finds the key; emits keyLoaded.
    void load(Order order = Order::KeychainFirst);
    // Keeps `key` in the keychain; emits stored. Fails (with a message) when no keychain is
    // running: the key is then never written anywhere else.
    virtual void store(const QString &key) = 0;
    // Removes the stored key; emits erased.
    virtual void erase() = 0;

    // For command-line use: load() and wait (running a local event loop) for the answer.
    KeyLookup loadAndWait(Order order, int timeoutMs = 10'000);

    static QString environmentKey(); // BFL_API_KEY, trimmed
    static QString serviceName() { return QStringLiteral("Outframe"); }
    static QString keyName() { return QStringLiteral("bfl-api-key"); }

signals:
    void keyLoaded(const outframe::KeyLookup &lookup);
    void stored(bool ok, const QString &message);
    void erased(bool ok, const QString &message);

protected:
    // Reads the stored key; must call secretRead() once, possibly later.
    virtual void readSecret() = 0;
    // `available` false: there is no keychain to ask (the reason in `problem`).
    void secretRead(const QString &key, bool available, const QString &problem);
    static QString noKeychainMessage();

private:
    Order m_order = Order::KeychainFirst;
};

// The system keychain through QtKeychain (Secret Service on Linux). Headless machines and CI
// have none: it then says so and falls back to BFL_API_KEY.
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    using CredentialStore::CredentialStore;
    void store(const QString &key) override;
    void erase() override;

protected:
    void readSecret() override;
};

// A keychain in memory, for tests; setAvailable(false) acts like a machine without one.
class MemoryCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    using CredentialStore::CredentialStore;
    void setAvailable(bool available) { m_available = available; }
    QString storedKey() const { return m_key; }
    void store(const QString &key) override;
    void erase() override;

protected:
    void readSecret() override;

private:
    QString m_key;
    bool m_available = true;
};

} // namespace outframe

Q_DECLARE_METATYPE(outframe::KeyLookup)
