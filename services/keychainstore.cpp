#include "keychainstore.h"

#include "logcategories.h"

#include <qt6keychain/keychain.h>

namespace qd {

namespace {

bool unavailable(QKeychain::Error e)
{
    return e == QKeychain::NoBackendAvailable || e == QKeychain::NotImplemented || e == QKeychain::OtherError
           || e == QKeychain::AccessDenied;
}

} // namespace

KeychainStore::KeychainStore(QObject *parent)
    : QObject(parent)
{
}

void KeychainStore::read(const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(service(), this);
    job->setKey(key);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *j) {
        auto *r = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (r->error() == QKeychain::NoError)
            emit readDone(key, true, r->textData(), QString(), false);
        else if (r->error() == QKeychain::EntryNotFound)
            emit readDone(key, false, QString(), QString(), false);
        else
            emit readDone(key, false, QString(), r->errorString(), unavailable(r->error()));
        if (r->error() != QKeychain::NoError && r->error() != QKeychain::EntryNotFound)
            qCWarning(lcRunner).noquote() << "keychain read failed:" << r->errorString();
    });
    job->start();
}

void KeychainStore::write(const QString &key, const QString &secret)
{
    auto *job = new QKeychain::WritePasswordJob(service(), this);
    job->setKey(key);
    job->setTextData(secret);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError) {
            emit writeDone(key, true, QString(), false);
            return;
        }
        qCWarning(lcRunner).noquote() << "keychain write failed:" << j->errorString();
        emit writeDone(key, false, j->errorString(), unavailable(j->error()));
    });
    job->start();
}

} // namespace qd
