// Each module of the reactor analyzes its own manifests and writes its own report; the parent,
// which only manages the plugin, analyzes nothing.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('[INFO] gwdns: 0 errors, 0 warnings, 0 notes in 2 files (3 objects)')
assert log.contains('gwdns: 0 errors, 0 warnings, 1 note in 1 file (2 objects)')
def results = { module -> new groovy.json.JsonSlurper().parse(new File(basedir, module + '/target/gwdns/gwdns.sarif')).runs[0].results }
assert results('dns-public').isEmpty()
assert results('dns-internal')*.ruleId == ['gatewayclass-not-found']
assert !new File(basedir, 'target/gwdns').exists()
