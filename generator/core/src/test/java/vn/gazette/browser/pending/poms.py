import re
root='/tmp/theme-dev/'
p=root+'pom.xml'; s=open(p).read()
s=s.replace('''    <selenium.version>4.52.0</selenium.version>
''','''    <selenium.version>4.52.0</selenium.version>
    <axe.version>4.11.1</axe.version>
    <nu.validator.version>26.5.2</nu.validator.version>
''',1)
s=s.replace('''      <dependency>
        <groupId>org.seleniumhq.selenium</groupId>
        <artifactId>selenium-support</artifactId>
        <version>${selenium.version}</version>
      </dependency>
''','''      <dependency>
        <groupId>org.seleniumhq.selenium</groupId>
        <artifactId>selenium-support</artifactId>
        <version>${selenium.version}</version>
      </dependency>
      <dependency>
        <!-- axe-core's accessibility rules, run in the browser tests; its own Selenium and driver downloader are left
             out: the pinned Selenium and the system's chromedriver are used -->
        <groupId>com.deque.html.axe-core</groupId>
        <artifactId>selenium</artifactId>
        <version>${axe.version}</version>
        <exclusions>
          <exclusion>
            <groupId>org.seleniumhq.selenium</groupId>
            <artifactId>selenium-java</artifactId>
          </exclusion>
          <exclusion>
            <groupId>io.github.bonigarcia</groupId>
            <artifactId>webdrivermanager</artifactId>
          </exclusion>
        </exclusions>
      </dependency>
      <dependency>
        <!-- the Nu HTML Checker (the W3C validator) as a library, offline -->
        <groupId>nu.validator</groupId>
        <artifactId>validator</artifactId>
        <version>${nu.validator.version}</version>
      </dependency>
''',1)
open(p,'w').write(s)
p=root+'generator/core/pom.xml'; s=open(p).read()
s=s.replace('''    <dependency>
      <groupId>org.seleniumhq.selenium</groupId>
      <artifactId>selenium-support</artifactId>
      <scope>test</scope>
    </dependency>
''','''    <dependency>
      <groupId>org.seleniumhq.selenium</groupId>
      <artifactId>selenium-support</artifactId>
      <scope>test</scope>
    </dependency>
    <dependency>
      <groupId>com.deque.html.axe-core</groupId>
      <artifactId>selenium</artifactId>
      <scope>test</scope>
    </dependency>
''',1)
open(p,'w').write(s)
p=root+'generator/bench/pom.xml'; s=open(p).read()
s=s.replace('''    <dependency>
      <groupId>org.assertj</groupId>
      <artifactId>assertj-core</artifactId>
      <scope>test</scope>
    </dependency>
''','''    <dependency>
      <groupId>org.assertj</groupId>
      <artifactId>assertj-core</artifactId>
      <scope>test</scope>
    </dependency>
    <dependency>
      <groupId>nu.validator</groupId>
      <artifactId>validator</artifactId>
      <scope>test</scope>
    </dependency>
''',1)
open(p,'w').write(s)
