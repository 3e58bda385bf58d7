// external-dns options and formats given as -D user properties take effect: with --namespace=other
// external-dns never looks at the route in `shop`, so its rejection is only a note (route-filtered
// explains why it gets no record) and the build passes; the three requested reports are written.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/gwdns/gwdns.json'))
assert json.findings*.ruleId.contains('route-filtered')
assert new File(basedir, 'target/gwdns/TEST-gwdns.xml').text.contains('<testsuites name="gwdns"')
assert new File(basedir, 'target/gwdns/gwdns.md').text.startsWith('## gwdns')
assert !new File(basedir, 'target/gwdns/gwdns.sarif').exists()
