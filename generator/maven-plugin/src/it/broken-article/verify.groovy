// The error names file, line and column, says what to write, and the previous output is untouched.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("[ERROR] content/articles/sai-ngay.md:3:7: error: 'date' is not a date: \"28/10/2020\" (write 2020-10-28: year-month-day)")
assert log.contains('BUILD FAILURE')
assert !log.contains('at vn.gazette') : 'no stack trace for a content error'
assert new File(basedir, 'previous-site/index.html').getText('UTF-8') == 'previous build\n'
return true
