package vn.gazette.bench;

/**
 * The word lists the synthetic corpus is made of. Every province name is in the project's
 * {@code content/provinces.yaml}; tags are plain words and spaces (safe in a YAML flow list) with distinct slugs.
 */
final class Words {

    private Words() {
    }

    /** Land-border provinces, with the province each was merged into on 1 July 2025 (null when unchanged). */
    static final String[][] PROVINCES = {
        {"Lạng Sơn", null}, {"Cao Bằng", null}, {"Hà Giang", "Tuyên Quang"}, {"Lào Cai", null},
        {"Quảng Ninh", null}, {"Điện Biên", null}, {"Lai Châu", null}, {"Sơn La", null},
        {"Thanh Hóa", null}, {"Nghệ An", null}, {"Hà Tĩnh", null}, {"Quảng Bình", "Quảng Trị"},
        {"Quảng Trị", null}, {"Kon Tum", "Quảng Ngãi"}, {"Gia Lai", null}, {"Đắk Nông", "Lâm Đồng"},
        {"Bình Phước", "Đồng Nai"}, {"Tây Ninh", null}, {"Long An", "Tây Ninh"}, {"An Giang", null},
        {"Kiên Giang", "An Giang"}, {"Đồng Tháp", null},
    };

    /** Topics, most common first: the generator draws them with falling weights. */
    static final String[] TAGS = {
        "thông tin đối ngoại", "tập huấn", "biên giới", "chuyển đổi số", "dân tộc thiểu số", "tuyên truyền",
        "nông thôn mới", "giảm nghèo", "cải cách hành chính", "an ninh trật tự", "du lịch", "báo chí",
        "văn hóa", "giáo dục", "y tế", "bồi dưỡng nghiệp vụ", "hội thảo", "khảo sát", "cửa khẩu", "biên phòng",
        "quốc phòng", "chủ quyền lãnh thổ", "cột mốc", "tuần tra chung", "chợ biên giới", "xuất nhập khẩu",
        "phòng chống buôn lậu", "phòng chống ma túy", "mua bán người", "dân quân", "hợp tác quốc tế",
        "ngoại giao nhân dân", "giao lưu hữu nghị", "kết nghĩa bản", "hội nhập quốc tế",
        "người Việt ở nước ngoài", "biển đảo", "truyền thanh cơ sở", "truyền hình", "xuất bản", "thông tin cơ sở",
        "mạng xã hội", "tin giả", "phát ngôn", "truyền thông chính sách", "quảng bá hình ảnh", "tọa đàm",
        "hội nghị trực tuyến", "chính quyền số", "kinh tế số", "xã hội số", "dịch vụ công trực tuyến",
        "chữ ký số", "an toàn thông tin", "an ninh mạng", "dữ liệu dân cư", "hạ tầng viễn thông",
        "sóng di động", "bưu chính", "thương mại điện tử", "thanh toán không dùng tiền mặt", "kỹ năng số",
        "người có uy tín", "an sinh xã hội", "nhà ở cho hộ nghèo", "bảo hiểm y tế", "bảo hiểm xã hội",
        "việc làm", "đào tạo nghề", "xuất khẩu lao động", "trẻ em", "bình đẳng giới", "phụ nữ", "thanh niên",
        "người cao tuổi", "người khuyết tật", "cựu chiến binh", "gia đình", "tảo hôn", "nông nghiệp",
        "chăn nuôi", "trồng trọt", "lâm nghiệp", "trồng rừng", "phòng cháy rừng", "dược liệu", "cây chè",
        "cây quế", "cây hồi", "lúa gạo", "cây ăn quả", "thủy sản", "hợp tác xã", "sản phẩm OCOP",
        "khởi nghiệp", "doanh nghiệp", "thu hút đầu tư", "xúc tiến thương mại", "du lịch cộng đồng",
        "làng nghề", "giao thông", "điện lưới", "nước sạch", "thủy lợi", "khoáng sản", "đất đai", "quy hoạch",
        "đô thị", "ngân sách", "thuế", "tín dụng chính sách", "kho bạc", "hải quan", "năng lượng tái tạo",
        "lễ hội", "di sản", "di tích", "bảo tàng", "thư viện", "nghệ nhân", "dân ca", "trang phục dân tộc",
        "ẩm thực", "chữ viết dân tộc", "thể thao", "trường bán trú", "xóa mù chữ", "trạm y tế xã", "tiêm chủng",
        "phòng chống dịch", "dinh dưỡng trẻ em", "an toàn thực phẩm", "môi trường", "rác thải",
        "biến đổi khí hậu", "phòng chống thiên tai", "sạt lở đất", "rét đậm rét hại", "hạn hán",
        "tổ chức bộ máy", "sáp nhập đơn vị hành chính", "thi đua khen thưởng", "thanh tra",
        "phòng chống tham nhũng", "tiếp công dân", "dân vận", "dân chủ cơ sở", "phổ biến pháp luật",
        "hòa giải cơ sở", "trợ giúp pháp lý", "hộ tịch", "bầu cử", "hội đồng nhân dân", "mặt trận tổ quốc",
        "công đoàn", "hội nông dân", "tôn giáo", "an toàn giao thông", "phòng cháy chữa cháy",
        "khoa học công nghệ", "sở hữu trí tuệ",
    };

    /** Syllables for invented district and commune names. */
    static final String[] SYLLABLES = {
        "Bản", "Bình", "Cẩm", "Chiềng", "Đà", "Đông", "Hà", "Hòa", "Hoàng", "Hồng", "Hưng", "Kim", "Khánh",
        "Lạc", "Lâm", "Long", "Lũng", "Minh", "Mường", "Na", "Nậm", "Ngọc", "Nghĩa", "Pắc", "Phú", "Phúc",
        "Quan", "Quang", "Sìn", "Sơn", "Tà", "Tân", "Thanh", "Thạch", "Thượng", "Tiến", "Trà", "Trung",
        "Tùng", "Vân", "Vĩnh", "Xuân", "Yên", "Mai", "Châu", "Lộc", "Phong", "Định", "Hải", "Cường",
    };

    static final String[] FAMILY_NAMES = {
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý", "Nông",
        "Lương", "Triệu", "Hà", "Lò", "Đinh", "Mai", "Tô", "Hứa", "Chu", "Sầm", "Vi",
    };
    static final String[] MIDDLE_NAMES = {"Văn", "Thị", "Đức", "Minh", "Thanh", "Ngọc", "Hữu", "Quang", "Thu",
        "Xuân", "Kim", "Anh", "Công", "Hồng"};
    static final String[] GIVEN_NAMES = {
        "An", "Bắc", "Chiến", "Dung", "Duy", "Giang", "Hà", "Hải", "Hằng", "Hiền", "Hoa", "Huệ", "Hùng",
        "Hương", "Khoa", "Lan", "Liên", "Linh", "Lực", "Mạnh", "Nam", "Ngân", "Nhàn", "Phúc", "Quyết",
        "Sang", "Tài", "Thảo", "Thắm", "Thịnh", "Thơ", "Thương", "Toàn", "Trang", "Tú", "Vinh", "Xuyến", "Yên",
    };

    static final String[] ROLES = {
        "Phó Chủ tịch Ủy ban nhân dân tỉnh", "Giám đốc Sở Thông tin và Truyền thông",
        "Phó Giám đốc Sở Ngoại vụ", "Phó Trưởng ban Tuyên giáo Tỉnh ủy", "Chủ tịch Ủy ban nhân dân huyện",
        "Trưởng phòng Văn hóa và Thông tin huyện", "Chính trị viên Đồn Biên phòng",
        "Giảng viên Học viện Báo chí và Tuyên truyền", "Chuyên viên Cục Thông tin đối ngoại",
        "Tổng Biên tập Báo tỉnh", "Chủ tịch Hội Nhà báo tỉnh", "Bí thư Đảng ủy xã", "Trưởng bản",
        "Phó Giám đốc Trung tâm Văn hóa, Thể thao và Truyền thông huyện", "Phó Giám đốc Sở Y tế",
    };

    /** Organizers; {@code %s} is the province. */
    static final String[] ORGANIZERS = {
        "Sở Thông tin và Truyền thông tỉnh %s", "Ban Tuyên giáo Tỉnh ủy %s", "Sở Ngoại vụ tỉnh %s",
        "Ủy ban nhân dân tỉnh %s", "Hội Nhà báo tỉnh %s", "Bộ đội Biên phòng tỉnh %s",
        "Sở Văn hóa, Thể thao và Du lịch tỉnh %s", "Trường Chính trị tỉnh %s",
    };
    static final String[] PARTNERS = {
        "Cục Thông tin đối ngoại", "Cục Báo chí", "Học viện Báo chí và Tuyên truyền", "Đài Tiếng nói Việt Nam",
        "Thông tấn xã Việt Nam", "Ủy ban Dân tộc", "Ban Biên giới và Lãnh thổ", "Hội Nông dân tỉnh",
        "Tỉnh đoàn", "Hội Liên hiệp Phụ nữ tỉnh", "Viettel tỉnh", "VNPT tỉnh",
    };
    static final String[] CONFERENCE_TOPICS = {
        "kỹ năng viết tin, bài", "quản lý cổng thông tin điện tử", "phát ngôn và cung cấp thông tin cho báo chí",
        "xử lý tình huống truyền thông", "nhận diện và phản bác thông tin sai lệch", "bảo đảm an toàn thông tin",
        "khai thác mạng xã hội trong tuyên truyền", "kỹ thuật chụp ảnh", "làm video ngắn trên điện thoại",
        "vận hành đài truyền thanh thông minh", "tuyên truyền về chủ quyền biên giới",
        "giới thiệu hình ảnh địa phương với bạn bè quốc tế", "chính sách đối với đồng bào dân tộc thiểu số",
        "lễ tân đối ngoại", "sử dụng chữ ký số", "hướng dẫn dịch vụ công trực tuyến",
        "bảo vệ dữ liệu cá nhân", "kinh nghiệm của các tỉnh bạn", "đánh giá hiệu quả tuyên truyền",
        "xây dựng tin bài bằng tiếng dân tộc", "kỹ năng thuyết trình", "quy chế quản lý biên giới",
    };

    static final String[] EVENTS = {"hội nghị tập huấn", "lớp bồi dưỡng", "hội thảo", "buổi tọa đàm",
        "chuyến khảo sát", "buổi giao lưu"};

    static final String[] SUBJECTS = {
        "Ủy ban nhân dân tỉnh", "Sở Thông tin và Truyền thông", "các xã biên giới", "đội ngũ cán bộ cơ sở",
        "lực lượng Biên phòng", "người dân trong bản", "Ban Chỉ đạo của tỉnh", "Hội Liên hiệp Phụ nữ",
        "Đoàn Thanh niên", "chính quyền các cấp", "ngành giáo dục", "ngành y tế", "Phòng Văn hóa và Thông tin",
        "các doanh nghiệp trên địa bàn", "nhiều hợp tác xã", "các trường học", "già làng, trưởng bản",
        "Mặt trận Tổ quốc các cấp", "Công an tỉnh", "các cơ quan báo chí", "đài truyền thanh các xã",
        "các tổ công nghệ số cộng đồng", "cán bộ, đảng viên", "hội viên nông dân", "các đơn vị liên quan",
    };
    static final String[] MODALS = {"đã", "đang", "sẽ", "tiếp tục", "chủ động", "tích cực", "từng bước",
        "đã và đang", "thường xuyên"};
    static final String[] VERBS = {
        "triển khai", "tổ chức", "đẩy mạnh", "nâng cao", "củng cố", "hỗ trợ", "hướng dẫn", "kiểm tra",
        "rà soát", "đánh giá", "tháo gỡ", "phối hợp thực hiện", "tuyên truyền về", "vận động", "duy trì",
        "mở rộng", "đầu tư cho", "cải thiện", "đổi mới", "hoàn thiện", "quảng bá", "giới thiệu", "kết nối",
        "theo dõi", "lồng ghép", "huy động", "bảo vệ", "phát huy", "nhân rộng", "đa dạng hóa",
    };
    static final String[] OBJECTS = {
        "công tác tuyên truyền", "mô hình sinh kế", "hạ tầng số", "kế hoạch năm", "các lớp tập huấn",
        "nguồn vốn vay ưu đãi", "đường giao thông nông thôn", "hệ thống loa truyền thanh", "các điểm trường",
        "phong trào thi đua", "sản phẩm đặc trưng của địa phương", "việc cấp giấy chứng nhận",
        "tình hình an ninh khu vực biên giới", "các thủ tục hành chính", "nhận thức của người dân",
        "vai trò của người có uy tín", "các hoạt động giao lưu", "quan hệ hữu nghị với địa phương nước bạn",
        "chất lượng thông tin", "những cách làm hay", "các chương trình mục tiêu quốc gia", "vùng nguyên liệu",
        "đời sống văn hóa tinh thần", "tủ sách pháp luật", "kỹ năng nghề nghiệp", "hoạt động của tổ hòa giải",
        "dữ liệu về dân cư", "các tuyến tin bài", "nội dung trên trang thông tin điện tử", "nguồn nhân lực",
    };
    static final String[] MANNERS = {"một cách đồng bộ", "theo hướng bền vững", "ngày càng hiệu quả",
        "kịp thời, đúng quy định", "phù hợp với điều kiện thực tế", "bằng nhiều hình thức phong phú",
        "sát với nhu cầu của cơ sở", "một cách thiết thực"};
    static final String[] PLACES = {"trên địa bàn tỉnh", "tại các xã vùng cao", "ở khu vực biên giới",
        "tại các thôn, bản đặc biệt khó khăn", "trong toàn huyện", "ở vùng đồng bào dân tộc thiểu số",
        "tại các khu dân cư", "dọc tuyến biên giới"};
    static final String[] PURPOSES = {"nhằm nâng cao đời sống người dân", "góp phần giữ vững an ninh trật tự",
        "qua đó tạo đồng thuận trong nhân dân", "để người dân tiếp cận thông tin nhanh hơn",
        "nhằm thu hút thêm nguồn lực đầu tư", "góp phần xây dựng đường biên giới hòa bình, hữu nghị",
        "để hoàn thành các chỉ tiêu đề ra", "nhằm phát huy bản sắc văn hóa các dân tộc"};
    static final String[] OPENERS = {"Thời gian qua,", "Bên cạnh đó,", "Ngoài ra,", "Từ đầu năm,",
        "Theo báo cáo,", "Đáng chú ý,", "Tuy vậy,", "Trong thời gian tới,", "Những năm gần đây,", "Nhờ vậy,"};
    static final String[] QUALITIES = {"tích cực", "rõ nét", "đáng ghi nhận", "khả quan", "vững chắc",
        "thiết thực", "đồng bộ", "nổi bật"};
    static final String[] UNITS = {"lượt người", "tin, bài", "hộ gia đình", "buổi tuyên truyền", "học viên",
        "cuốn sách", "mô hình", "điểm cầu"};

    static final String[] HEADINGS = {
        "Nhiều kết quả tích cực", "Khó khăn còn ở phía trước", "Định hướng thời gian tới",
        "Tiếng nói từ cơ sở", "Nội dung trọng tâm", "Cách làm mới", "Vai trò của người đứng đầu",
        "Phối hợp chặt chẽ", "Chuyển biến trong nhận thức", "Đổi mới cách tuyên truyền",
        "Bài học kinh nghiệm", "Những con số biết nói", "Hướng đi bền vững", "Sự vào cuộc của cả hệ thống",
        "Kiến nghị, đề xuất",
    };
    static final String[][] TABLE_HEADS = {
        {"Đơn vị", "Số lượt", "Tỷ lệ (%)"}, {"Nội dung", "Kế hoạch", "Thực hiện"},
        {"Địa bàn", "Số hộ", "Kinh phí (triệu đồng)"}, {"Năm", "Số tin, bài", "Người tham gia"},
        {"Hạng mục", "Khối lượng", "Tiến độ (%)"},
    };
}
