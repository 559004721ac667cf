// The plugin built the site with the theme inside the Gazette jar, using the baseUrl parameter.
def page = new File(basedir, 'site-output/articles/2024/tap-huan-dien-bien/index.html')
assert page.isFile() : "article page missing: ${page}"
def html = page.getText('UTF-8')
assert html.contains('<h1>Tập huấn thông tin đối ngoại ở Điện Biên</h1>')
assert html.contains('<link rel="canonical" href="https://staging.example.gov.vn/luu-tru/articles/2024/tap-huan-dien-bien/">')
assert html.contains('href="/luu-tru/css/gazette.css"')
assert new File(basedir, 'site-output/css/gazette.css').isFile()
assert new File(basedir, 'site-output/index.html').isFile()
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /\[INFO\] Built 11 pages \(36 files, 0 unchanged\) into .*site-output in [0-9.]+ s/
// a plain line per stage, as it finishes
assert log =~ /\[INFO\] content: 1 article in [0-9.]+ s/
assert log =~ /\[INFO\] render: 11 pages \([0-9]+ links checked\) in [0-9.]+ s/
assert new File(basedir, 'site-output/schedule.json').getText('UTF-8') == '{"version":1,"nextChange":null}\n'
return true
