// failOn=none (as a -D user property): the finding is logged and reported, the build passes.
def log = new File(basedir, 'build.log').text
assert log.contains('] namespace-not-allowed: HTTPRoute shop/web')
assert log.contains('[INFO] gwdns: 1 error, 0 warnings, 0 notes in 2 files (3 objects)')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/gwdns/gwdns.sarif').isFile()
