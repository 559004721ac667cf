package vn.gazette.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The folders a site's files are in, as the look for files no build wrote walks them. */
class ForeignFilesTest {

    @Test
    void everyFolderOfEveryPathIsThereOnceAndTheTopOneIsNot() {
        Set<String> paths = new LinkedHashSet<>(List.of("index.html", "tin/2015/06/a/index.html",
                "tin/2015/06/b/index.html", "tin/2015/index.html", "tin/2016/01/c/index.html", "the/index.html",
                "tag/đà-nẵng/index.html"));

        assertThat(ForeignFiles.folders(paths)).containsExactlyInAnyOrder("tin", "tin/2015", "tin/2015/06",
                "tin/2015/06/a", "tin/2015/06/b", "tin/2016", "tin/2016/01", "tin/2016/01/c", "the", "tag",
                "tag/đà-nẵng");
    }

    /**
     * A path whose inner folder is already there adds no more, so the order of the paths must not matter: a deep
     * path first and a shallow one after, or the other way round, give the same folders as adding every prefix.
     */
    @Test
    void theFoldersDoNotDependOnTheOrderOfThePaths() {
        Random random = new Random(16);
        for (int round = 0; round < 200; round++) {
            List<String> list = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                StringBuilder path = new StringBuilder();
                int depth = random.nextInt(5);
                for (int d = 0; d < depth; d++) {
                    path.append((char) ('a' + random.nextInt(3))).append('/');
                }
                list.add(path.append("f").append(random.nextInt(3)).append(".html").toString());
            }
            java.util.Collections.shuffle(list, random);
            Set<String> expected = new TreeSet<>();
            for (String path : list) {
                for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
                    expected.add(path.substring(0, slash));
                }
            }
            assertThat(new TreeSet<>(ForeignFiles.folders(new LinkedHashSet<>(list)))).isEqualTo(expected);
        }
    }

    @Test
    void eachFolderComesAfterTheOneItIsInAndEveryFolderComesOnce() {
        Set<String> folders = ForeignFiles.folders(new LinkedHashSet<>(List.of("a/b/c/d/index.html", "a/index.html",
                "a/b-c/index.html", "a/b/x.html", "z/y/index.html", "a/b/c/e/f/index.html")));
        String[] inOrder = ForeignFiles.byDepth(folders);
        assertThat(inOrder).containsExactlyInAnyOrderElementsOf(folders);
        List<String> seen = new ArrayList<>();
        for (String folder : inOrder) {
            if (folder.contains("/")) {
                assertThat(seen).as(folder).contains(folder.substring(0, folder.lastIndexOf('/')));
            }
            seen.add(folder);
        }
    }

    @Test
    void theUnionOfPathSetsIsTheFirstSetItselfOnlyWhenItHoldsTheOthers() {
        Set<String> first = Set.of("a.html", "b/index.html", "c.xml");
        assertThat(OutputFolder.union(first, Set.of("a.html"), Set.of("c.xml", "b/index.html"))).isSameAs(first);
        assertThat(OutputFolder.union(first, Set.of("a.html", "d.html"), Set.of()))
                .containsExactlyInAnyOrder("a.html", "b/index.html", "c.xml", "d.html");
        assertThat(OutputFolder.union(first, Set.of(), Set.of("e.html")))
                .containsExactlyInAnyOrder("a.html", "b/index.html", "c.xml", "e.html");
        assertThat(OutputFolder.union(Set.of("a.html"), first, Set.of())).isEqualTo(first);
    }
}
