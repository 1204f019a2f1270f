#include "core/dns/CaaPolicy.h"

#include <QTest>

// RFC 8659 §4 (and RFC 8657's validationmethods) as CertDesk applies it to the CA's identities.
class TestCaaPolicy final : public QObject
{
    Q_OBJECT

private:
    static DnsRecord caa(const QString &tag, const QString &value, int flags = 0)
    {
        DnsRecord record;
        record.name = QStringLiteral("example.com");
        record.type = DnsRecordType::CAA;
        record.fields = {QString::number(flags), tag, value};
        return record;
    }

    const QStringList m_ca{QStringLiteral("letsencrypt.org")};

private Q_SLOTS:

    void noRecordsAllowEveryone() { QVERIFY(CaaPolicy::evaluate({}, false, m_ca).allowed); }

    void issueMustNameTheCa()
    {
        QVERIFY(CaaPolicy::evaluate({caa(QStringLiteral("issue"), QStringLiteral("letsencrypt.org"))}, false, m_ca)
                    .allowed);
        QVERIFY(CaaPolicy::evaluate(
                    {caa(QStringLiteral("issue"), QStringLiteral("LetsEncrypt.org; accounturi=x"))}, false, m_ca)
                    .allowed);
        const CaaPolicy::Verdict other =
            CaaPolicy::evaluate({caa(QStringLiteral("issue"), QStringLiteral("pki.goog"))}, false, m_ca);
        QVERIFY(!other.allowed);
        QVERIFY(other.reason.contains(QStringLiteral("pki.goog")));
    }

    void emptyIssueForbidsEveryone()
    {
        const CaaPolicy::Verdict none =
            CaaPolicy::evaluate({caa(QStringLiteral("issue"), QStringLiteral(";"))}, false, m_ca);
        QVERIFY(!none.allowed);
        QVERIFY(none.reason.contains(QStringLiteral("every CA")));
    }

    void onlyIodefRestrictsNothing()
    {
        QVERIFY(CaaPolicy::evaluate({caa(QStringLiteral("iodef"), QStringLiteral("mailto:x@example.com"))}, false, m_ca)
                    .allowed);
    }

    void wildcardsUseIssuewildWhenPresentAndIssueOtherwise()
    {
        const QList<DnsRecord> set = {caa(QStringLiteral("issue"), QStringLiteral("letsencrypt.org")),
                                      caa(QStringLiteral("issuewild"), QStringLiteral(";"))};
        QVERIFY(CaaPolicy::evaluate(set, false, m_ca).allowed);
        QVERIFY(!CaaPolicy::evaluate(set, true, m_ca).allowed);
        QVERIFY(
            CaaPolicy::evaluate({caa(QStringLiteral("issue"), QStringLiteral("letsencrypt.org"))}, true, m_ca).allowed);
        // issuewild never restricts a non-wildcard name.
        QVERIFY(CaaPolicy::evaluate({caa(QStringLiteral("issuewild"), QStringLiteral(";"))}, false, m_ca).allowed);
    }

    void unknownCriticalPropertyForbids()
    {
        QVERIFY(!CaaPolicy::evaluate({caa(QStringLiteral("issue"), QStringLiteral("letsencrypt.org")),
                                      caa(QStringLiteral("tbs"), QStringLiteral("x"), 128)},
                                     false,
                                     m_ca)
                     .allowed);
        QVERIFY(CaaPolicy::evaluate({caa(QStringLiteral("issue"), QStringLiteral("letsencrypt.org")),
                                     caa(QStringLiteral("tbs"), QStringLiteral("x"), 0)},
                                    false,
                                    m_ca)
                    .allowed);
    }

    void validationMethodsMustIncludeDns01()
    {
        QVERIFY(!CaaPolicy::evaluate(
                     {caa(QStringLiteral("issue"), QStringLiteral("letsencrypt.org; validationmethods=http-01"))},
                     false,
                     m_ca)
                     .allowed);
        QVERIFY(CaaPolicy::evaluate(
                    {caa(QStringLiteral("issue"), QStringLiteral("letsencrypt.org; validationmethods=http-01,dns-01"))},
                    false,
                    m_ca)
                    .allowed);
    }
};

QTEST_GUILESS_MAIN(TestCaaPolicy)
#include "TestCaaPolicy.moc"
