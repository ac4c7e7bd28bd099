#include "backupinventory.h"
#include "backupmanifest.h"
#include "backupverifier.h"
#include "pgcustomverifier.h"
#include "sha256.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace qd;
using namespace Qt::StringLiterals;
using State = Backup::Verification;

// Real pg_dump output (tests/fixtures/pgdump, made by make-fixtures.sh from a
// throwaway PostgreSQL), real gzip and tar output, damaged by the test.
class TestBackupVerifier final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    const QString m_fixtures = QStringLiteral(QD_SOURCE_DIR "/tests/fixtures/pgdump");
    int m_n = 0;

    QString fixture(const QString &ext) const { return m_fixtures + u"/sigmatrade_20261120_030000."_s + ext; }

    // A copy in the temp folder, optionally cut to `keep` bytes.
    QString copy(const QString &from, qint64 keep = -1)
    {
        const QString to = m_dir.filePath(u"c%1_"_s.arg(++m_n) + QFileInfo(from).fileName());
        QFile::copy(from, to);
        QFile f(to);
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        if (keep >= 0)
            f.resize(keep);
        return to;
    }

    QString write(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(data);
        return path;
    }

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }

    // The real gzip binary (Essential on Debian).
    QString gzipped(const QString &path)
    {
        QProcess p;
        p.setStandardOutputFile(path + u".gz"_s);
        p.start(u"gzip"_s, {u"-c"_s, path});
        p.waitForFinished();
        return path + u".gz"_s;
    }

    static bool havePgRestore() { return !PgCustomVerifier::pgRestore().isEmpty(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(fixture(u"sql"_s)), "tests/fixtures/pgdump is missing");
    }

    void plainDump()
    {
        const BackupVerification v = BackupVerifier::verify(fixture(u"sql"_s));
        QCOMPARE(v.state, State::Ok);
        QCOMPARE(v.format, u"pg_dump SQL"_s);
        // The digest is the file's, as sha256sum would print it.
        QCOMPARE(v.sha256, Sha256::ofFile(fixture(u"sql"_s)));
        QCOMPARE(v.sha256.size(), 64);
        QCOMPARE(v.bytesRead, QFileInfo(fixture(u"sql"_s)).size());
    }

    void plainDumpTruncated_data()
    {
        QTest::addColumn<double>("share");
        QTest::newRow("10%") << 0.1;
        QTest::newRow("half") << 0.5;
        QTest::newRow("99%") << 0.99;
    }

    void plainDumpTruncated()
    {
        QFETCH(double, share);
        const qint64 size = QFileInfo(fixture(u"sql"_s)).size();
        // The fixture ends with the trailer and \unrestrict: cutting before
        // the trailer must fail, however little is missing.
        const QByteArray all = readAll(fixture(u"sql"_s));
        const qint64 trailer = all.lastIndexOf("-- PostgreSQL database dump complete");
        QVERIFY(trailer > 0);
        const qint64 keep = qMin(qint64(double(size) * share), trailer - 1);
        const BackupVerification v = BackupVerifier::verify(copy(fixture(u"sql"_s), keep));
        QCOMPARE(v.state, State::Corrupt);
        QVERIFY2(v.reason.contains(u"truncated"_s), qPrintable(v.reason));
        QVERIFY(v.sha256.isEmpty());
    }

    void plainDumpLinesAfterTrailer()
    {
        // Newer pg_dump writes \unrestrict after the trailer; the fixture has it.
        QVERIFY(readAll(fixture(u"sql"_s)).trimmed().split('\n').last().startsWith("\\unrestrict"));
        // Without it (older pg_dump) it is whole too.
        QByteArray all = readAll(fixture(u"sql"_s));
        all.truncate(all.lastIndexOf("\\unrestrict"));
        QCOMPARE(BackupVerifier::verify(write(u"old_pg_dump.sql"_s, all)).state, State::Ok);
        // With Windows line ends too.
        QByteArray crlf = all;
        crlf.replace("\n", "\r\n");
        QCOMPARE(BackupVerifier::verify(write(u"crlf.sql"_s, crlf)).state, State::Ok);
        // But SQL after the trailer is not what pg_dump wrote.
        QCOMPARE(BackupVerifier::verify(write(u"appended.sql"_s, all + "DROP TABLE trades;\n")).state, State::Corrupt);
    }

    void gzippedPlainDump()
    {
        const QString gz = gzipped(copy(fixture(u"sql"_s)));
        const BackupVerification v = BackupVerifier::verify(gz);
        QCOMPARE(v.state, State::Ok);
        QCOMPARE(v.format, u"gzip · pg_dump SQL"_s);
        QCOMPARE(v.sha256, Sha256::ofFile(gz));

        // A whole gzip stream around a dump that never finished: gzip -t
        // says OK, the dump inside is still useless.
        const QByteArray all = readAll(fixture(u"sql"_s));
        const QString cut = write(u"cut_20261120_030000.sql"_s, all.left(all.size() / 2));
        const BackupVerification inner = BackupVerifier::verify(gzipped(cut));
        QCOMPARE(inner.state, State::Corrupt);
        QVERIFY2(inner.reason.contains(u"gzip stream is intact"_s), qPrintable(inner.reason));

        // And a cut gzip stream is caught by the inflater.
        const BackupVerification stream = BackupVerifier::verify(copy(gz, QFileInfo(gz).size() / 2));
        QCOMPARE(stream.state, State::Corrupt);
        QVERIFY2(stream.reason.contains(u"truncated"_s), qPrintable(stream.reason));
    }

    void customDump()
    {
        if (!havePgRestore())
            QSKIP("pg_restore is not installed (postgresql-client); scripts/test installs it");
        const BackupVerification v = BackupVerifier::verify(fixture(u"dump"_s));
        QVERIFY2(v.state == State::Ok, qPrintable(v.reason));
        QVERIFY2(v.format.startsWith(u"pg_dump custom (format 1."_s), qPrintable(v.format));
        QCOMPARE(v.sha256, Sha256::ofFile(fixture(u"dump"_s)));
    }

    void customDumpHalf()
    {
        if (!havePgRestore())
            QSKIP("pg_restore is not installed (postgresql-client); scripts/test installs it");
        const QString half = copy(fixture(u"dump"_s), QFileInfo(fixture(u"dump"_s)).size() / 2);
        // The quick check lists the table of contents of the half dump, as
        // pg_restore --list does, and so it may not say OK...
        const PgCustomVerifier::Result quick = PgCustomVerifier::verify(half, PgCustomVerifier::Depth::Quick);
        QVERIFY(quick.tocListed);
        QCOMPARE(quick.outcome, PgCustomVerifier::Outcome::CouldNotCheck);
        // ...the full check reads the data and finds it missing.
        const BackupVerification v = BackupVerifier::verify(half);
        QCOMPARE(v.state, State::Corrupt);
        QVERIFY2(v.reason.contains(u"end of file"_s), qPrintable(v.reason));
    }

    void customDumpDamagedHeader()
    {
        QByteArray data = readAll(fixture(u"dump"_s));
        data[5] = char(9);   // major version 9 does not exist
        const BackupVerification v = BackupVerifier::verify(write(u"badheader.dump"_s, data));
        QCOMPARE(v.state, State::Corrupt);
    }

    void customDumpWithoutPgRestore()
    {
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", m_dir.path().toLocal8Bit());
        const BackupVerification v = BackupVerifier::verify(fixture(u"dump"_s));
        qputenv("PATH", path);
        // Never OK without the tool that reads the data.
        QCOMPARE(v.state, State::CouldNotCheck);
        QVERIFY2(v.reason.contains(u"pg_restore is not installed"_s), qPrintable(v.reason));
    }

    void directoryDump()
    {
        if (!havePgRestore())
            QSKIP("pg_restore is not installed (postgresql-client); scripts/test installs it");
        const BackupVerification v = BackupVerifier::verify(fixture(u"dir"_s));
        QVERIFY2(v.state == State::Ok, qPrintable(v.reason));
        QVERIFY2(v.format.startsWith(u"pg_dump directory"_s), qPrintable(v.format));
        QCOMPARE(v.sha256.size(), 64);

        // A data file cut short.
        const QString dir = m_dir.filePath(u"dirdump"_s);
        QDir().mkpath(dir);
        for (const QString &f : QDir(fixture(u"dir"_s)).entryList(QDir::Files))
            QFile::copy(fixture(u"dir"_s) + u'/' + f, dir + u'/' + f);
        QString biggest;
        for (const QFileInfo &fi : QDir(dir).entryInfoList({u"*.dat.gz"_s}, QDir::Files, QDir::Size))
            if (biggest.isEmpty())
                biggest = fi.absoluteFilePath();
        QFile::setPermissions(biggest, QFile::ReadOwner | QFile::WriteOwner);
        QFile(biggest).resize(QFileInfo(biggest).size() / 2);
        QCOMPARE(BackupVerifier::verify(dir).state, State::Corrupt);
    }

    void directoryDumpInsideAFolderBackup()
    {
        if (!havePgRestore())
            QSKIP("pg_restore is not installed (postgresql-client); scripts/test installs it");
        // backup-…/db/ is a pg_dump -Fd archive beside other files: it is read
        // as one archive, not its toc.dat as if it were a custom dump.
        const QString folder = m_dir.filePath(u"backup-20261120-040000"_s);
        QDir().mkpath(folder + u"/db"_s);
        for (const QString &f : QDir(fixture(u"dir"_s)).entryList(QDir::Files))
            QFile::copy(fixture(u"dir"_s) + u'/' + f, folder + u"/db/"_s + f);
        QFile::copy(fixture(u"sql"_s), folder + u"/schema.sql"_s);
        const BackupVerification v = BackupVerifier::verify(folder);
        QVERIFY2(v.state == State::Ok, qPrintable(v.reason));
        QVERIFY2(v.reason.startsWith(u"2 "_s), qPrintable(v.reason));   // the archive and the SQL file

        // Its toc.dat alone is not an archive: could not check, not corrupt.
        const BackupVerification toc = BackupVerifier::verify(folder + u"/db/toc.dat"_s);
        QCOMPARE(toc.state, State::CouldNotCheck);
    }

    void tarDump()
    {
        const BackupVerification v = BackupVerifier::verify(fixture(u"tar"_s));
        QVERIFY2(v.state == State::Ok, qPrintable(v.reason));
        QCOMPARE(v.format, u"tar"_s);
        QCOMPARE(v.sha256, Sha256::ofFile(fixture(u"tar"_s)));

        const qint64 size = QFileInfo(fixture(u"tar"_s)).size();
        for (const double share : {0.3, 0.6}) {
            const BackupVerification cut = BackupVerifier::verify(copy(fixture(u"tar"_s), qint64(double(size) * share)));
            QVERIFY2(cut.state == State::Corrupt, qPrintable(QString::number(share) + u": "_s + cut.reason));
        }
    }

    // Cut exactly where a member begins: every member before it reads to its
    // end, and libarchive calls that a whole archive. The missing end-of-archive
    // blocks give it away.
    void tarCutBetweenMembers()
    {
        const QByteArray tar = readAll(fixture(u"tar"_s));
        qint64 lastHeader = -1;
        for (qint64 at = 0; at + 512 <= tar.size();) {
            const QByteArray header = tar.mid(at, 512);
            if (header.count('\0') == 512)
                break;
            lastHeader = at;
            const qint64 size = header.mid(124, 12).trimmed().replace('\0', "").toLongLong(nullptr, 8);
            at += 512 + (size + 511) / 512 * 512;
        }
        QVERIFY(lastHeader > 0);
        const QString cut = write(u"cut_between.tar"_s, tar.left(lastHeader));
        const BackupVerification v = BackupVerifier::verify(cut);
        QCOMPARE(v.state, State::Corrupt);
        QVERIFY2(v.reason.contains(u"end-of-archive"_s), qPrintable(v.reason));
        // The same inside a whole gzip stream.
        const BackupVerification gz = BackupVerifier::verify(gzipped(cut));
        QCOMPARE(gz.state, State::Corrupt);
        QCOMPARE(gz.format, u"tar.gz"_s);
    }

    void tarGz()
    {
        // A service folder as the seeds back them up: tar czf.
        const QString folder = m_dir.filePath(u"service"_s);
        QDir().mkpath(folder + u"/config"_s);
        write(u"service/config/bot.yaml"_s, QByteArray(20000, 'y'));
        write(u"service/state.json"_s, "{\"open_orders\": []}");
        const QString tgz = m_dir.filePath(u"service-20261120.tar.gz"_s);
        QCOMPARE(QProcess::execute(u"tar"_s, {u"czf"_s, tgz, u"-C"_s, m_dir.path(), u"service"_s}), 0);
        const BackupVerification v = BackupVerifier::verify(tgz);
        QVERIFY2(v.state == State::Ok, qPrintable(v.reason));
        QCOMPARE(v.format, u"tar.gz"_s);
        QCOMPARE(BackupVerifier::verify(copy(tgz, QFileInfo(tgz).size() - 20)).state, State::Corrupt);
    }

    void otherFormats()
    {
        const BackupVerification parquet = BackupVerifier::verify(write(u"trades.parquet"_s, "PAR1\x15\x04\x15\x10 data PAR1"));
        QCOMPARE(parquet.state, State::CouldNotCheck);
        QCOMPARE(parquet.format, u"parquet"_s);

        const BackupVerification text = BackupVerifier::verify(write(u"notes.sql"_s, "INSERT INTO trades VALUES (1);\n"));
        QCOMPARE(text.state, State::CouldNotCheck);

        const BackupVerification empty = BackupVerifier::verify(write(u"empty.sql.gz"_s, QByteArray()));
        QCOMPARE(empty.state, State::Corrupt);

        const BackupVerification gone = BackupVerifier::verify(m_dir.filePath(u"gone.sql.gz"_s));
        QCOMPARE(gone.state, State::CouldNotCheck);

        // The extension says gzip, the content says otherwise.
        const BackupVerification liar = BackupVerifier::verify(write(u"liar.sql.gz"_s, readAll(fixture(u"sql"_s))));
        QCOMPARE(liar.state, State::Ok);
        QCOMPARE(liar.format, u"pg_dump SQL"_s);
    }

    void folderBackup()
    {
        const QString folder = m_dir.filePath(u"backup-20261120-030000"_s);
        QDir().mkpath(folder + u"/db"_s);
        QFile::copy(fixture(u"sql"_s), folder + u"/db/sigmatrade.sql"_s);
        gzipped(folder + u"/db/sigmatrade.sql"_s);
        QFile::remove(folder + u"/db/sigmatrade.sql"_s);
        BackupVerification v = BackupVerifier::verify(folder);
        QCOMPARE(v.state, State::Ok);
        QCOMPARE(v.sha256.size(), 64);

        // A file without a verifier: the folder cannot be called OK.
        write(u"backup-20261120-030000/trades.parquet"_s, "PAR1 PAR1");
        v = BackupVerifier::verify(folder);
        QCOMPARE(v.state, State::CouldNotCheck);
        QVERIFY2(v.reason.contains(u"trades.parquet"_s), qPrintable(v.reason));

        // A corrupt file makes the folder corrupt, and says which.
        QFile gz(folder + u"/db/sigmatrade.sql.gz"_s);
        QVERIFY(gz.open(QIODevice::ReadWrite));
        gz.resize(gz.size() - 100);
        gz.close();
        v = BackupVerifier::verify(folder);
        QCOMPARE(v.state, State::Corrupt);
        QVERIFY2(v.reason.startsWith(u"db/sigmatrade.sql.gz: "_s), qPrintable(v.reason));
    }

    void cancel()
    {
        std::atomic<bool> cancelled{true};
        const BackupVerification v = BackupVerifier::verify(fixture(u"sql"_s), &cancelled);
        QVERIFY(v.cancelled);
        QCOMPARE(v.state, State::Unverified);
    }

    // The manifest: a second run reads nothing whose size and mtime are
    // unchanged, and a recheck notices content that changed in place.
    void manifestCacheAndChange()
    {
        QTemporaryDir folder;
        const QString dump = folder.filePath(u"sigmatrade_20261120_030000.sql"_s);
        QVERIFY(QFile::copy(fixture(u"sql"_s), dump));
        QFile::setPermissions(dump, QFile::ReadOwner | QFile::WriteOwner);

        Profile profile;
        BackupSetSpec spec;
        spec.name = u"daily"_s;
        spec.folder = folder.path();
        spec.pattern = u"sigmatrade_{YYYYMMDD}_{HHMMSS}.sql"_s;
        profile.backups.append(spec);
        const QDateTime now = QDateTime(QDate(2026, 11, 20), QTime(4, 0), Qt::UTC);
        const QString manifestFile = m_dir.filePath(u"manifest/incidents.db"_s);

        BackupInventory::Options o;
        o.verify = true;
        {
            BackupManifest manifest(manifestFile);
            QVERIFY(manifest.load());
            o.manifest = &manifest;
            const auto sets = BackupInventory::run(profile, now, o);
            QCOMPARE(sets.first().backups.first().verification, State::Ok);
            QVERIFY(manifest.save());
        }
        QVERIFY(QFile::exists(manifestFile));

        // Damage the dump in place, keeping its size and mtime: the cache
        // (keyed by size and mtime) still says OK...
        const QDateTime mtime = QFileInfo(dump).lastModified();
        {
            QFile f(dump);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 at = f.readAll().lastIndexOf("dump complete");
            QVERIFY(at > 0);
            f.seek(at);
            f.write("dump COMPLETE");
            f.flush();
            f.setFileTime(mtime, QFileDevice::FileModificationTime);
        }
        BackupManifest manifest(manifestFile);
        QVERIFY(manifest.load());
        QCOMPARE(manifest.size(), 1);
        o.manifest = &manifest;
        auto sets = BackupInventory::run(profile, now, o);
        QCOMPARE(sets.first().backups.first().verification, State::Ok);

        // ...a recheck reads it again, finds it damaged and that it changed.
        o.recheck = true;
        sets = BackupInventory::run(profile, now, o);
        const Backup b = sets.first().backups.first();
        QCOMPARE(b.verification, State::Corrupt);
        QVERIFY(b.changedSinceVerified);
        QVERIFY2(b.verificationReason.contains(u"changed since it was verified OK"_s), qPrintable(b.verificationReason));
        bool found = false;
        for (const BackupFinding &f : sets.first().analysis.findings)
            found = found || (f.kind == BackupFinding::Kind::Corrupt && f.severity == BackupFinding::Severity::Critical);
        QVERIFY(found);
        QCOMPARE(BackupInventory::exitCode(sets), int(BackupInventory::Critical));
    }

    // The manifest that lived in backup-manifest.json moves into the store
    // on the first load, first SHA-256 and all; the JSON file is left as it was.
    void manifestMovesIntoTheStore()
    {
        QTemporaryDir folder;
        const QString store = folder.filePath(u"incidents.db"_s);
        const QByteArray legacy = R"({"version": 1, "backups": [{"path": "/backups/daily_20261120.sql", "size": 1200,
            "modified": "2026-11-20T03:00:00.000Z", "state": "ok", "format": "SQL", "reason": "", "sha256": "aa11",
            "verified_at": "2026-11-20T04:00:00.000Z", "first_sha256": "ff00", "first_verified_at": "2026-11-19T04:00:00.000Z"}]})";
        {
            QFile f(BackupManifest::legacyPath(store));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(legacy);
        }
        {
            BackupManifest manifest(store);
            QString error;
            QVERIFY2(manifest.load(&error), qPrintable(error));
            QCOMPARE(manifest.size(), 1);
        }
        QFile::rename(BackupManifest::legacyPath(store), BackupManifest::legacyPath(store) + u".old"_s);
        BackupManifest manifest(store);
        QVERIFY(manifest.load());
        const auto entry = manifest.lookup(u"/backups/daily_20261120.sql"_s);
        QVERIFY(entry);
        QCOMPARE(entry->state, State::Ok);
        QCOMPARE(entry->firstSha256, QByteArray("ff00"));
        QCOMPARE(entry->firstVerifiedAt, QDateTime(QDate(2026, 11, 19), QTime(4, 0), Qt::UTC));
        // A new verdict for another backup is added beside it.
        Backup b;
        b.path = u"/backups/daily_20261121.sql"_s;
        b.verification = State::Ok;
        b.sha256 = "bb22";
        manifest.record(b);
        QVERIFY(manifest.save());
        BackupManifest again(store);
        QVERIFY(again.load());
        QCOMPARE(again.size(), 2);
        QCOMPARE(readAll(BackupManifest::legacyPath(store) + u".old"_s), legacy);
    }

    void manifestUnreadableIsKept()
    {
        const QString file = write(u"broken-store.db"_s, "{ not a database at all, but long enough to be looked at by SQLite }");
        BackupManifest manifest(file);
        QString error;
        QVERIFY(!manifest.load(&error));
        QVERIFY2(error.contains(u"broken-store.db"_s), qPrintable(error));
        Backup b;
        b.path = u"/x"_s;
        b.verification = State::Ok;
        b.sha256 = "00";
        manifest.record(b);
        QVERIFY(!manifest.save(&error));
        QCOMPARE(readAll(file), QByteArray("{ not a database at all, but long enough to be looked at by SQLite }"));
    }
};

QTEST_GUILESS_MAIN(TestBackupVerifier)
#include "tst_backupverifier.moc"
