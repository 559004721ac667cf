package vn.gazette;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gazette.SampleConferences.Conference;
import vn.gazette.render.ConferenceExports;

/** conferences.json of the sample archive, read back with Jackson and checked field by field and against its schema. */
class ConferenceJsonExportTest {

    private static final List<String> FIELDS = List.of("id", "url", "title", "kind", "start", "end", "days", "province",
            "provinceNow", "organizer", "partners", "locations", "format", "sites", "participants", "speakers", "topics",
            "articleDate", "summary");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    static Path dir;

    static Path out;
    static JsonNode json;
    static JsonNode schema;

    @BeforeAll
    static void buildTheSampleArchive() throws IOException {
        out = dir.resolve("site-output");
        BuildResult result = Generator.create().build(BuildRequest.of(ProjectFiles.sampleContent(), out)
                .withTheme(ProjectFiles.defaultTheme()));
        assertThat(result.problems()).isEmpty();
        json = MAPPER.readTree(out.resolve("hoi-nghi-tap-huan/conferences.json").toFile());
        try (InputStream in = ConferenceExports.class.getResourceAsStream("conferences.schema.json")) {
            schema = MAPPER.readTree(in);
        }
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        assertThat(array.isArray()).as("%s is an array", array).isTrue();
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.textValue()));
        return texts;
    }

    private static void assertNullableText(JsonNode node, String expected, String what) {
        if (expected == null) {
            assertThat(node.isNull()).as(what + " is null").isTrue();
        } else {
            assertThat(node.textValue()).as(what).isEqualTo(expected);
        }
    }

    private static void assertNullableInt(JsonNode node, Integer expected, String what) {
        if (expected == null) {
            assertThat(node.isNull()).as(what + " is null").isTrue();
        } else {
            assertThat(node.isInt()).as(what + " is a number").isTrue();
            assertThat(node.intValue()).as(what).isEqualTo(expected);
        }
    }

    private static void assertConference(JsonNode actual, Conference expected) {
        String id = expected.id();
        assertThat(names(actual)).as(id).containsExactlyElementsOf(FIELDS);
        assertThat(actual.get("id").textValue()).isEqualTo(id);
        assertThat(actual.get("url").textValue()).as(id).isEqualTo(expected.url());
        assertThat(actual.get("title").textValue()).as(id).isEqualTo(expected.title());
        assertThat(actual.get("kind").textValue()).as(id).isEqualTo(expected.kind());
        assertThat(actual.get("start").textValue()).as(id).isEqualTo(expected.start());
        assertThat(actual.get("end").textValue()).as(id).isEqualTo(expected.end());
        assertThat(actual.get("days").isInt()).as(id).isTrue();
        assertThat(actual.get("days").intValue()).as(id).isEqualTo(expected.days());
        assertNullableText(actual.get("province"), expected.province(), id + " province");
        assertNullableText(actual.get("provinceNow"), expected.provinceNow(), id + " provinceNow");
        assertNullableText(actual.get("organizer"), expected.organizer(), id + " organizer");
        assertThat(texts(actual.get("partners"))).as(id).containsExactlyElementsOf(expected.partners());
        assertThat(texts(actual.get("locations"))).as(id).containsExactlyElementsOf(expected.locations());
        assertThat(actual.get("format").textValue()).as(id).isEqualTo(expected.format());
        assertNullableInt(actual.get("sites"), expected.sites(), id + " sites");
        assertNullableInt(actual.get("participants"), expected.participants(), id + " participants");
        List<String> speakers = new ArrayList<>();
        for (JsonNode speaker : actual.get("speakers")) {
            assertThat(names(speaker)).as(id).containsExactly("name", "role");
            speakers.add(speaker.get("name").textValue() + " | " + speaker.get("role").textValue());
        }
        assertThat(speakers).as(id).containsExactlyElementsOf(
                expected.speakers().stream().map(s -> s.name() + " | " + s.role()).toList());
        assertThat(texts(actual.get("topics"))).as(id).containsExactlyElementsOf(expected.topics());
        assertThat(actual.get("articleDate").textValue()).as(id).isEqualTo(expected.articleDate());
        assertNullableText(actual.get("summary"), expected.summary(), id + " summary");
    }

    @Test
    void theDocumentNamesItsSchemaVersionSiteAndCount() {
        assertThat(names(json)).containsExactly("$schema", "version", "site", "count", "conferences");
        assertThat(json.get("$schema").textValue())
                .isEqualTo("https://luutru.example.gov.vn/hoi-nghi-tap-huan/conferences.schema.json");
        assertThat(json.get("version").isInt()).isTrue();
        assertThat(json.get("version").intValue()).isEqualTo(1);
        assertThat(json.get("site").get("title").textValue()).isEqualTo("Lưu trữ Thông tin đối ngoại");
        assertThat(json.get("site").get("url").textValue()).isEqualTo("https://luutru.example.gov.vn/");
        assertThat(json.get("count").intValue()).isEqualTo(5);
        assertThat(json.get("conferences").size()).isEqualTo(5);
    }

    @Test
    void everyKindIsExportedNewestFirst() {
        List<String> ids = new ArrayList<>();
        json.get("conferences").forEach(c -> ids.add(c.get("id").textValue()));
        assertThat(ids).containsExactly(
                "articles/2023/lang-son-tap-huan-thong-tin-doi-ngoai-trang-dinh-van-lang",
                "articles/2023/cao-bang-tap-huan-thong-tin-doi-ngoai-2023",
                "articles/2023/ha-giang-boi-duong-thong-tin-doi-ngoai-mien-nui-bien-gioi",
                "articles/2022/long-an-tap-huan-thong-tin-doi-ngoai-truc-tuyen",
                "articles/2018/lang-son-tiep-doan-khao-sat-thong-tin-doi-ngoai");
    }

    @Test
    void theOneDayTrainingInLangSonIsExportedFieldByField() {
        assertConference(json.get("conferences").get(0), SampleConferences.LANG_SON);
    }

    @Test
    void theTwoDayTrainingInCaoBangHasItsEndAndTwoDays() {
        assertConference(json.get("conferences").get(1), SampleConferences.CAO_BANG);
    }

    @Test
    void theTrainingInHaGiangNamesTuyenQuangAsItsProvinceToday() {
        assertConference(json.get("conferences").get(2), SampleConferences.HA_GIANG);
    }

    @Test
    void theOnlineTrainingInLongAnHasItsSitesAndTayNinhAsItsProvinceToday() {
        assertConference(json.get("conferences").get(3), SampleConferences.LONG_AN);
    }

    @Test
    void theSurveyVisitIsExportedWithItsKind() {
        assertConference(json.get("conferences").get(4), SampleConferences.SURVEY);
    }

    @Test
    void theExportValidatesAgainstItsSchema() {
        assertThat(JsonSchemaSubset.violations(schema, json)).isEmpty();
    }

    @Test
    void theSchemaRequiresEveryFieldTheExportWrites() {
        assertThat(texts(schema.get("required"))).containsExactly("version", "site", "count", "conferences");
        assertThat(texts(schema.at("/properties/conferences/items/required"))).containsExactlyElementsOf(FIELDS);
        assertThat(names(schema.at("/properties/conferences/items/properties"))).containsExactlyElementsOf(FIELDS);
    }

    @Test
    void theSchemaCheckFindsAMissingFieldAWrongKindAndANegativeCount() {
        ObjectNode broken = json.deepCopy();
        ObjectNode first = (ObjectNode) broken.get("conferences").get(0);
        first.remove("id");
        first.put("kind", "meeting");
        first.put("participants", -1);
        ((ArrayNode) first.get("topics")).add(3);
        broken.put("version", 2);
        assertThat(JsonSchemaSubset.violations(schema, broken)).containsExactly(
                "$.version: 2 is not 1",
                "$.conferences[0]: 'id' is missing",
                "$.conferences[0].kind: \"meeting\" is not one of [\"training\",\"workshop\",\"survey\",\"other\"]",
                "$.conferences[0].participants: -1 is less than 0",
                "$.conferences[0].topics[4]: number is not string");
    }

    @Test
    void theSchemaCheckRefusesAKeywordItDoesNotUnderstand() throws IOException {
        JsonNode strict = MAPPER.readTree("{\"type\": \"object\", \"additionalProperties\": false}");
        assertThatThrownBy(() -> JsonSchemaSubset.violations(strict, json))
                .hasMessage("the schema uses 'additionalProperties' at $, which this check does not understand");
    }

    @Test
    void theSchemaIsPublishedWhereTheDocumentSaysItIs() throws IOException {
        Path published = out.resolve("hoi-nghi-tap-huan/conferences.schema.json");
        assertThat(MAPPER.readTree(published.toFile())).isEqualTo(schema);
        assertThat(json.get("$schema").textValue()).isEqualTo("https://luutru.example.gov.vn/"
                + out.relativize(published).toString().replace('\\', '/'));
        assertThat(schema.get("$schema").textValue()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(Files.readString(published)).contains("\"title\": \"Gazette conference record, version 1\"");
    }
}
