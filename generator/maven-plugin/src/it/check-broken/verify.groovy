// The check names the article, line and column of the broken link, ends with the summary, and writes no site.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("[ERROR] content/articles/lien-ket-hong.md:5:5: error: link '/bao-cao/' leads to no page or file of the site: check the address (an article can also be linked by its file, e.g. ../2018/bai-viet.md)")
assert log.contains('1 error in 1 file (listed above)')
assert log.contains('BUILD FAILURE')
assert !log.contains('at vn.gazette') : 'no stack trace for a content error'
assert !new File(basedir, 'site-output').exists()
return true
