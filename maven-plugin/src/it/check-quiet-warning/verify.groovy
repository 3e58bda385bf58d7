// Under -q Maven prints errors only: the finding that failed the build is logged as an error, with
// its file and position, and nothing else is printed but the failure.
def log = new File(basedir, 'build.log').text
def route = new File(basedir, 'manifests/route.yaml').canonicalPath
assert log.contains("[ERROR] ${route}:[8,40] annotation-misplaced: ")
assert log.contains('gwdns: findings at or above warning: 0 errors, 1 warning, 0 notes')
assert !log.contains('[INFO]')
assert new File(basedir, 'target/gwdns/gwdns.sarif').isFile()
