package vn.gazette;

import java.util.List;

/**
 * The five conference blocks of the sample archive (content/articles), as the exports must give them back: newest
 * start first, the 2018 survey visit last. Written out by hand from the articles' front matter, so that a test
 * compares the exports with the source and not with the code that wrote them.
 */
final class SampleConferences {

    static final String HOST = "https://luutru.example.gov.vn";

    /** A speaker and the role written beside the name. */
    record Speaker(String name, String role) {
    }

    /**
     * One conference.
     *
     * @param path the article's site path
     * @param sites connected sites, or null
     * @param participants participants, or null
     */
    record Conference(String path, String title, String kind, String start, String end, int days, String province,
            String provinceNow, String organizer, List<String> partners, List<String> locations, String format,
            Integer sites, Integer participants, List<Speaker> speakers, List<String> topics, String articleDate,
            String summary) {

        /** The article's path without its outer slashes. */
        String id() {
            return path.substring(1, path.length() - 1);
        }

        String url() {
            return HOST + path;
        }
    }

    static final Conference LANG_SON = new Conference(ConferenceIndexTest.LANG_SON,
            "Tập huấn thông tin đối ngoại cho cán bộ hai huyện biên giới Tràng Định và Văn Lãng", "training",
            "2023-09-22", "2023-09-22", 1, "Lạng Sơn", "Lạng Sơn", "Sở Thông tin và Truyền thông tỉnh Lạng Sơn",
            List.of("UBND huyện Tràng Định", "UBND huyện Văn Lãng"), List.of("huyện Tràng Định", "huyện Văn Lãng"),
            "in-person", null, 130,
            List.of(new Speaker("Phan Thu Hồng", "Trưởng phòng Nghiệp vụ, Cục Thông tin đối ngoại, Bộ TT&TT")),
            List.of("vị trí, vai trò của thông tin đối ngoại trong tình hình mới",
                    "bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia",
                    "xây dựng biên giới hòa bình, hữu nghị, hợp tác và phát triển", "công tác dân tộc, chính sách dân tộc"),
            "2023-09-22", "Ngày 22/9/2023, Sở Thông tin và Truyền thông Lạng Sơn cùng UBND hai huyện Tràng Định, Văn "
                    + "Lãng tập huấn nghiệp vụ thông tin đối ngoại cho hơn 130 cán bộ cơ sở và lực lượng biên phòng.");

    static final Conference CAO_BANG = new Conference(ConferenceIndexTest.CAO_BANG,
            "Cao Bằng tập huấn công tác thông tin đối ngoại năm 2023", "training", "2023-09-14", "2023-09-15", 2,
            "Cao Bằng", "Cao Bằng", "UBND tỉnh Cao Bằng", List.of(), List.of("tỉnh Cao Bằng"), "in-person", null, null,
            List.of(new Speaker("Tạp chí Cộng sản", "báo cáo viên"),
                    new Speaker("Học viện Quốc tế - Bộ Công an", "báo cáo viên")),
            List.of("kỹ năng tiếp xúc, cung cấp thông tin cho báo chí", "truyền thông trong thời đại số",
                    "xử lý khủng hoảng truyền thông", "đấu tranh với thông tin sai trái trên không gian mạng",
                    "quyền của đồng bào dân tộc thiểu số", "chủ quyền biển, đảo và an ninh biên giới",
                    "thời sự quốc tế và đối ngoại địa phương", "truyền thông về quyền con người"),
            "2023-09-14", "Ngày 14/9/2023, UBND tỉnh Cao Bằng khai mạc lớp tập huấn hai ngày về thông tin đối ngoại, "
                    + "với báo cáo viên của Tạp chí Cộng sản và Học viện Quốc tế - Bộ Công an. Nội dung tập trung vào kỹ "
                    + "năng làm việc với báo chí, truyền thông số và đấu tranh với thông tin sai trái.");

    static final Conference HA_GIANG = new Conference(ConferenceIndexTest.HA_GIANG,
            "Hà Giang bồi dưỡng nghiệp vụ thông tin đối ngoại cho cán bộ vùng miền núi, biên giới", "training",
            "2023-08-02", "2023-08-02", 1, "Hà Giang", "Tuyên Quang", "tỉnh Hà Giang",
            List.of("Cục Thông tin đối ngoại, Bộ Thông tin và Truyền thông"), List.of("tỉnh Hà Giang"), "in-person",
            null, null, List.of(),
            List.of("quan điểm chỉ đạo của Đảng, Nhà nước về thông tin đối ngoại",
                    "đối tượng, phương châm, nội dung thông tin đối ngoại", "thành tựu của công tác thông tin đối ngoại",
                    "triển khai thông tin đối ngoại tại địa phương"),
            "2023-08-02", "Ngày 2/8/2023, tỉnh Hà Giang cùng Cục Thông tin đối ngoại, Bộ Thông tin và Truyền thông mở "
                    + "chương trình bồi dưỡng kiến thức, nghiệp vụ cho đội ngũ làm thông tin đối ngoại ở vùng miền núi, "
                    + "biên giới và vùng đồng bào dân tộc thiểu số.");

    static final Conference LONG_AN = new Conference(ConferenceIndexTest.LONG_AN,
            "Long An tập huấn trực tuyến công tác thông tin đối ngoại năm 2022", "training", "2022-06-01",
            "2022-06-01", 1, "Long An", "Tây Ninh", "Sở Thông tin và Truyền thông tỉnh Long An", List.of(),
            List.of("tỉnh Long An"), "online", 15, null,
            List.of(new Speaker("Đinh Tiến Dũng",
                    "Phó Cục trưởng Cục Thông tin đối ngoại, Bộ Thông tin và Truyền thông")),
            List.of("quán triệt quan điểm, nhiệm vụ thông tin đối ngoại theo Nghị quyết Đại hội XIII của Đảng",
                    "nhiệm vụ và định hướng thông tin đối ngoại của chính quyền các cấp, sở, ngành"),
            "2022-06-01T09:47:00+07:00", "Sáng 01/6/2022, Sở Thông tin và Truyền thông tỉnh Long An tổ chức hội "
                    + "nghị trực tuyến tập huấn công tác thông tin đối ngoại, nối với 15 điểm cầu ở các huyện, thị xã, "
                    + "thành phố.");

    static final Conference SURVEY = new Conference(ConferenceIndexTest.SURVEY,
            "Lạng Sơn làm việc với đoàn công tác liên ngành Trung ương khảo sát công tác thông tin đối ngoại", "survey",
            "2018-10-31", "2018-10-31", 1, "Lạng Sơn", "Lạng Sơn", "Đoàn công tác liên ngành Trung ương",
            List.of("Thường trực Tỉnh ủy Lạng Sơn", "Huyện ủy Cao Lộc"),
            List.of("tỉnh Lạng Sơn", "huyện Cao Lộc", "Cửa khẩu Quốc tế Hữu Nghị"), "in-person", null, null,
            List.of(new Speaker("Bùi Trường Giang", "Phó Trưởng Ban Tuyên giáo Trung ương, Trưởng đoàn công tác"),
                    new Speaker("Hoàng Văn Nghiệm", "Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh, Trưởng Ban "
                            + "Chỉ đạo công tác thông tin đối ngoại tỉnh Lạng Sơn")),
            List.of("kết quả thông tin đối ngoại năm 2018", "thông tin đối ngoại biên giới", "vấn đề dân tộc, tôn giáo",
                    "an ninh tư tưởng", "nguồn lực cho thông tin đối ngoại"),
            "2018-10-31", "Ngày 31/10/2018, lãnh đạo tỉnh Lạng Sơn tiếp đoàn công tác liên ngành Trung ương do Phó "
                    + "Trưởng Ban Tuyên giáo Trung ương Bùi Trường Giang dẫn đầu. Đoàn tìm hiểu kết quả thông tin đối "
                    + "ngoại của tỉnh và định hướng nhiệm vụ cho năm 2019.");

    /** Every kind, newest start first: the order of all three exports. */
    static final List<Conference> ALL = List.of(LANG_SON, CAO_BANG, HA_GIANG, LONG_AN, SURVEY);

    private SampleConferences() {
    }
}
