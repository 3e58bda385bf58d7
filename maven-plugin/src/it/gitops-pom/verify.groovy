// A repository without Java: a ten-line pom, and `mvn gwdns:check gwdns:plan` by prefix.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('[INFO] gwdns: 0 errors, 0 warnings, 0 notes in 2 files (3 objects)')
assert log =~ /\[INFO\] shop\.example\.com +A +203\.0\.113\.10/
def plan = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/gwdns/gwdns-plan.json'))
assert plan.endpoints*.dnsName == ['shop.example.com']
assert plan.endpoints[0].targets == ['203.0.113.10']
assert new File(basedir, 'target/gwdns/gwdns-plan.md').text.contains('| `shop.example.com` | A | 203.0.113.10 |')
assert new File(basedir, 'target/gwdns/gwdns.sarif').isFile()
