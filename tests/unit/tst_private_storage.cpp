// Unit: the user's data folders end up 0700 and their files 0600 whatever the umask, existing
// ones are tightened, and links are left alone.

#include "platform/PrivateStorage.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace ov;

namespace {

mode_t modeOf(const QString &path)
{
    struct stat st
    {};
    ::lstat(QFile::encodeName(path).constData(), &st);
    return st.st_mode & 0777;
}

void touch(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::WriteOnly);
}

} // namespace

class TestPrivateStorage : public QObject
{
    Q_OBJECT

private slots:
    void existingFoldersAndFilesAreTightened()
    {
        const mode_t old = ::umask(022); // what most systems have: files 644, folders 755
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("data"));
        QDir().mkpath(root + QStringLiteral("/cache/demo"));
        touch(root + QStringLiteral("/cache/demo/us_1.sqlite"));
        touch(root + QStringLiteral("/settings.ini"));
        QFile::link(root + QStringLiteral("/settings.ini"), root + QStringLiteral("/link"));
        ::umask(old);
        QCOMPARE(modeOf(root + QStringLiteral("/cache/demo/us_1.sqlite")), mode_t(0644));

        QCOMPARE(PrivateStorage::tighten({root}), 5); // 3 folders, 2 files; not the link
        QCOMPARE(modeOf(root), mode_t(0700));
        QCOMPARE(modeOf(root + QStringLiteral("/cache")), mode_t(0700));
        QCOMPARE(modeOf(root + QStringLiteral("/cache/demo")), mode_t(0700));
        QCOMPARE(modeOf(root + QStringLiteral("/cache/demo/us_1.sqlite")), mode_t(0600));
        QCOMPARE(modeOf(root + QStringLiteral("/settings.ini")), mode_t(0600));
        QCOMPARE(PrivateStorage::tighten({root}), 0); // nothing left to do
    }

    void newOnesArePrivateWhateverTheUmask()
    {
        const mode_t old = ::umask(022);
        QTemporaryDir dir;
        QVERIFY(PrivateStorage::makePrivateDir(dir.filePath(QStringLiteral("a/b"))));
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("a"))), mode_t(0700));
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("a/b"))), mode_t(0700));
        // A folder that was there already is not ours to change.
        QDir().mkdir(dir.filePath(QStringLiteral("shared")));
        QFile::setPermissions(dir.filePath(QStringLiteral("shared")),
                              QFileDevice::Permissions(0x7755)); // rwxr-xr-x
        QVERIFY(PrivateStorage::makePrivateDir(dir.filePath(QStringLiteral("shared/mine"))));
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("shared"))), mode_t(0755));
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("shared/mine"))), mode_t(0700));
        QVERIFY(PrivateStorage::makePrivateFile(dir.filePath(QStringLiteral("a/b/c.sqlite"))));
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("a/b/c.sqlite"))), mode_t(0600));
        PrivateStorage::restrictNewFiles();
        touch(dir.filePath(QStringLiteral("later.json")));
        QDir().mkdir(dir.filePath(QStringLiteral("later")));
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("later.json"))), mode_t(0600));
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("later"))), mode_t(0700));
        ::umask(old);
    }
};

QTEST_GUILESS_MAIN(TestPrivateStorage)
#include "tst_private_storage.moc"
