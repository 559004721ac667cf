def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Skipping the Gazette site build.')
assert !new File(basedir, 'site-output').exists()
return true
