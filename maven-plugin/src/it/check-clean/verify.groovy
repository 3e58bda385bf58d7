// A clean repository passes, logs its summary and writes an empty SARIF report.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] gwdns: 0 errors, 0 warnings, 0 notes in 2 files (3 objects)')
assert log.contains('BUILD SUCCESS')
def sarif = new File(basedir, 'target/gwdns/gwdns.sarif')
assert sarif.isFile()
def run = new groovy.json.JsonSlurper().parse(sarif).runs[0]
assert run.tool.driver.name == 'gwdns'
assert run.results.isEmpty()
// The build directory is never analyzed: the report written there is not read back.
assert !log.contains('gwdns.sarif:')
