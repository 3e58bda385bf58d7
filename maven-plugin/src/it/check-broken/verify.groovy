// Findings fail the build: each is logged the way the compiler plugin logs errors, IDEs link it,
// and the SARIF report is written before the build fails.
def log = new File(basedir, 'build.log').text
def route = new File(basedir, 'manifests/route.yaml').canonicalPath
assert log.contains("[ERROR] ${route}:[8,7] namespace-not-allowed: HTTPRoute shop/web gets no DNS record: Gateway infra/public does not accept routes from namespace `shop`. parentRefs[0] (Gateway infra/public): listener `https` of Gateway infra/public refuses it")
assert log.contains('gwdns: findings at or above error: 1 error, 0 warnings, 0 notes in 2 files (3 objects)')
assert log.contains('BUILD FAILURE')
// No stack trace: findings are a build failure, not an error of the plugin.
assert !(log =~ /(?m)^\s+at [a-z]/)
assert log.contains('MojoFailureException')
def sarif = new File(basedir, 'target/gwdns/gwdns.sarif')
def results = new groovy.json.JsonSlurper().parse(sarif).runs[0].results
assert results*.ruleId == ['namespace-not-allowed']
// Relative to the repository root (here the gwdns work tree that holds the cloned project).
assert results[0].locations[0].physicalLocation.artifactLocation.uri.endsWith('check-broken/manifests/route.yaml')
