// -Dgwdns.skip: nothing analyzed, nothing written, the build passes despite broken manifests.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] gwdns: skipped')
assert !log.contains('namespace-not-allowed')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/gwdns').exists()
