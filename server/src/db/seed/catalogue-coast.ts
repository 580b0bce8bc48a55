import type { CatalogueRegion } from './catalogue-types.ts';

/** Đà Nẵng (with the former Quảng Nam), Quảng Ngãi (with the former Kon Tum), Khánh Hòa (with the former Ninh Thuận). */
export const coast: CatalogueRegion = {
  producers: [
    {
      key: 'nuoc-mam-nam-o', legalName: 'Hợp tác xã Nước mắm Nam Ô', province: 'da-nang', locality: 'làng Nam Ô, phường Hải Vân',
      form: 'cooperative', status: 'verified', contact: 'Lê Văn Thông', readiness: 'good',
      descVi: 'HTX của các nhà thùng ở làng nghề nước mắm Nam Ô hơn 400 năm tuổi bên vịnh Đà Nẵng.',
      lines: [
        {
          vi: 'Nước mắm Nam Ô', en: 'Nam O fish sauce', cat: 'seasonings', stars: 4, hs: '210390', shelf: 730,
          desc: 'Cá cơm than đánh bắt tháng Ba, tháng Tư muối chượp trong chum và thùng gỗ ít nhất mười hai tháng, không pha thêm phụ gia. Nước mắm màu cánh gián đậm, thơm, vị ngọt hậu.',
          descEn: 'Spring-caught anchovies salted in jars and wooden vats for at least twelve months, nothing added: dark amber, fragrant, sweet finish.',
          variants: [
            { vi: 'chai 500 ml 40 độ đạm', en: '500 ml bottle, 40°N', unit: 'bottle', moq: 60, cap: 10000, lead: 5, price: [90000, 120000], pack: 'Chai thủy tinh 500 ml, thùng 12 chai' },
            { vi: 'chai 1 lít 30 độ đạm', en: '1 litre bottle, 30°N', unit: 'bottle', moq: 60, cap: 12000, lead: 5, price: [100000, 130000], pack: 'Chai PET 1 lít, thùng 12 chai' },
          ],
        },
      ],
    },
    {
      key: 'cha-bo-tran-lan', legalName: 'Hộ kinh doanh Chả bò Trần Thị Lan', province: 'da-nang', locality: 'kiệt 52 Ông Ích Khiêm, phường Hải Châu',
      form: 'household', status: 'verified', contact: 'Trần Thị Lan', readiness: 'basic',
      descVi: 'Cơ sở gia đình làm chả bò, giò bò theo công thức ba đời.',
      lines: [
        {
          vi: 'Chả bò Đà Nẵng', en: 'Da Nang beef sausage', cat: 'meat', stars: 3, hs: '160250', shelf: 15, storage: 'chilled',
          desc: 'Thịt bắp bò giã nhuyễn trộn mỡ phần, tiêu hạt, tỏi và nước mắm, gói lá chuối rồi hấp chín. Chả giòn, thơm tiêu, ăn kèm bánh mì hoặc bánh cuốn.',
          variants: [
            { vi: 'cây 500 g', en: '500 g roll', unit: 'piece', moq: 20, cap: 3000, lead: 2, price: [150000, 180000], pack: 'Gói lá chuối, túi hút chân không' },
            { vi: 'theo kg', en: 'per kg', unit: 'kg', moq: 5, cap: 1500, lead: 2, price: [280000, 330000], pack: 'Túi hút chân không 1 kg' },
          ],
        },
      ],
    },
    {
      key: 'rau-tra-que', legalName: 'Hợp tác xã Rau Trà Quế', province: 'da-nang', locality: 'thôn Trà Quế, phường Hội An Tây',
      form: 'cooperative', status: 'verified', contact: 'Nguyễn Văn Tư', readiness: 'good',
      descVi: 'HTX làng rau Trà Quế (tỉnh Quảng Nam cũ) trồng rau thơm bằng rong vó sông, đón khách trải nghiệm làm nông.',
      descEn: 'Tra Que herb village (former Quang Nam), fertilising with river algae and hosting farm experiences.',
      lines: [
        {
          vi: 'Rau thơm Trà Quế Hội An', en: 'Tra Que herbs, Hoi An', cat: 'fresh-produce', stars: 4, hs: '070999', legacy: 'Quảng Nam', shelf: 4, storage: 'chilled',
          desc: 'Húng Láng, tía tô, kinh giới, diếp cá trồng bón bằng rong vó vớt từ sông Cổ Cò, thơm đậm hơn rau nơi khác. Hái buổi sáng, giao cho nhà hàng Đà Nẵng và Hội An trong ngày.',
          variants: [
            { vi: 'rau gia vị hỗn hợp, túi 1 kg', en: 'mixed herbs, 1 kg bag', unit: 'kg', moq: 10, cap: 6000, lead: 1, price: [40000, 60000], pack: 'Túi lưới 1 kg, thùng xốp' },
          ],
        },
        {
          vi: 'Trải nghiệm làm nông làng rau Trà Quế', en: 'Tra Que farming experience', cat: 'community-tourism', stars: 4, legacy: 'Quảng Nam', shelf: null,
          desc: 'Khách mặc áo bà ba, cuốc đất, tưới rau bằng gáo đôi và học nấu bánh xèo, tam hữu cùng nông dân. Kết thúc bằng ngâm chân thảo dược.',
          variants: [
            { vi: 'nửa ngày có lớp nấu ăn, mỗi khách', en: 'half day with cooking class, per guest', unit: 'piece', moq: 2, cap: 1500, lead: 1, price: [450000, 650000], pack: 'Suất cho 1 khách' },
          ],
        },
      ],
    },
    {
      key: 'sam-ngoc-linh-tra-my', legalName: 'Công ty Cổ phần Sâm Ngọc Linh Trà My', province: 'da-nang', locality: 'thôn 2, xã Trà Linh',
      form: 'enterprise', status: 'verified', contact: 'Hồ Văn Lượng', readiness: 'good',
      descVi: 'Trồng sâm Ngọc Linh dưới tán rừng ở Nam Trà My (tỉnh Quảng Nam cũ), liên kết với 200 hộ Xơ Đăng.',
      lines: [
        {
          vi: 'Sâm Ngọc Linh Quảng Nam', en: 'Quang Nam Ngoc Linh ginseng', cat: 'herbal-medicine', stars: 5, hs: '121120', legacy: 'Quảng Nam', shelf: 30, storage: 'chilled',
          desc: 'Sâm Ngọc Linh (Panax vietnamensis) trồng dưới tán rừng ở độ cao trên 1.500 m, thu hoạch từ năm thứ sáu. Mỗi củ có tem truy xuất và phiếu kiểm nghiệm định danh.',
          descEn: 'Panax vietnamensis grown under forest above 1,500 m and harvested from year six, each root with a traceability stamp and an identity test.',
          variants: [
            { vi: 'củ tươi 10–12 củ/kg', en: 'fresh, 10–12 roots per kg', unit: 'kg', moq: 0.5, cap: 30, lead: 7, price: [150000000, 220000000], pack: 'Hộp gỗ lót rêu' },
            { vi: 'củ tươi 20–25 củ/kg', en: 'fresh, 20–25 roots per kg', unit: 'kg', moq: 0.5, cap: 50, lead: 7, price: [90000000, 130000000], pack: 'Hộp gỗ lót rêu' },
          ],
        },
        {
          vi: 'Rượu sâm Ngọc Linh', en: 'Ngoc Linh ginseng liquor', cat: 'alcoholic-drinks', stars: 4, hs: '220890', legacy: 'Quảng Nam', shelf: 1825,
          desc: 'Bình rượu nếp 35 độ ngâm nguyên củ sâm Ngọc Linh năm năm tuổi. Kèm giấy chứng nhận nguồn gốc củ sâm.',
          variants: [
            { vi: 'bình 1,5 lít', en: '1.5 litre jar', unit: 'piece', moq: 2, cap: 100, lead: 7, price: [3500000, 5500000], pack: 'Bình thủy tinh, hộp gỗ' },
          ],
        },
      ],
    },
    {
      key: 'den-long-hoi-an', legalName: 'Hộ kinh doanh Đèn lồng Huỳnh Văn Bảy', province: 'da-nang', locality: 'đường Nguyễn Thị Minh Khai, phường Hội An',
      form: 'household', status: 'verified', contact: 'Huỳnh Văn Bảy', readiness: 'none',
      descVi: 'Xưởng đèn lồng gia đình ở phố cổ Hội An (tỉnh Quảng Nam cũ), làm đèn cho khách sạn, nhà hàng và xuất khẩu.',
      lines: [
        {
          vi: 'Đèn lồng lụa Hội An', en: 'Hoi An silk lantern', cat: 'other-crafts', stars: 3, hs: '940550', legacy: 'Quảng Nam', shelf: null, exportedTo: ['FR', 'AU'],
          desc: 'Khung tre uốn tay, bọc lụa tơ tằm nhiều màu, gấp gọn được để vận chuyển. Có đui đèn và dây điện theo chuẩn nước nhập khẩu.',
          variants: [
            { vi: 'đường kính 30 cm', en: '30 cm diameter', unit: 'piece', moq: 20, cap: 4000, lead: 7, price: [80000, 120000], pack: 'Gấp gọn trong hộp giấy' },
            { vi: 'bộ 10 đèn nhiều màu cho nhà hàng', en: 'set of 10 colours for restaurants', unit: 'box', moq: 5, cap: 300, lead: 10, price: [700000, 1000000], pack: 'Thùng carton 10 đèn' },
          ],
        },
      ],
    },
    {
      key: 'toi-ly-son', legalName: 'Hợp tác xã Tỏi Lý Sơn', province: 'quang-ngai', locality: 'thôn Đông, đặc khu Lý Sơn',
      form: 'cooperative', status: 'verified', contact: 'Võ Văn Hùng', readiness: 'good',
      descVi: 'HTX trồng tỏi trên cát pha tro núi lửa của đảo Lý Sơn, sản phẩm mang chỉ dẫn địa lý.',
      lines: [
        {
          vi: 'Tỏi Lý Sơn', en: 'Ly Son garlic', cat: 'fresh-produce', stars: 4, hs: '070320', shelf: 240,
          desc: 'Tỏi trồng trên lớp cát biển phủ đất núi lửa, tép nhỏ, trắng, cay nồng mà không hăng gắt. Thu hoạch tháng Hai, tháng Ba, phơi khô và treo gác bếp.',
          variants: [
            { vi: 'tỏi chùm loại 1, túi 1 kg', en: 'grade 1 bulbs, 1 kg bag', unit: 'kg', moq: 20, cap: 10000, lead: 3, price: [150000, 200000], pack: 'Túi lưới 1 kg' },
            { vi: 'tỏi cô đơn, hộp 500 g', en: 'solo garlic, 500 g box', unit: 'box', moq: 20, cap: 1500, lead: 3, price: [200000, 280000], pack: 'Hộp giấy 500 g' },
          ],
        },
        {
          vi: 'Tỏi đen Lý Sơn', en: 'Ly Son black garlic', cat: 'functional-foods', stars: 3, hs: '200599', shelf: 365,
          desc: 'Tỏi cô đơn Lý Sơn lên men ở nhiệt độ và độ ẩm kiểm soát trong 45 ngày. Tép đen, dẻo, vị ngọt chua như mứt, không còn mùi hăng.',
          variants: [
            { vi: 'hũ 250 g', en: '250 g jar', unit: 'jar', moq: 30, cap: 3000, lead: 5, price: [180000, 230000], pack: 'Hũ thủy tinh 250 g' },
          ],
        },
      ],
    },
    {
      key: 'mach-nha-thi-pho', legalName: 'Hộ kinh doanh Mạch nha Thi Phổ Phạm Thị Út', province: 'quang-ngai', locality: 'thôn Thi Phổ, xã Mộ Đức',
      form: 'household', status: 'verified', contact: 'Phạm Thị Út', readiness: 'basic',
      descVi: 'Nấu mạch nha và kẹo gương theo nghề của làng Thi Phổ.',
      lines: [
        {
          vi: 'Mạch nha Thi Phổ', en: 'Thi Pho malt syrup', cat: 'confectionery', stars: 4, hs: '170290', shelf: 365,
          desc: 'Mạch nha nấu từ gạo và mầm lúa theo phương pháp lên men truyền thống, trong như mật, dẻo và ngọt thanh. Dùng ăn với bánh tráng hoặc làm kẹo, kho cá.',
          variants: [
            { vi: 'hũ 500 g', en: '500 g jar', unit: 'jar', moq: 50, cap: 6000, lead: 5, price: [50000, 65000], pack: 'Hũ nhựa 500 g' },
          ],
        },
        {
          vi: 'Kẹo gương Thi Phổ', en: 'Thi Pho peanut malt crackers', cat: 'confectionery', stars: 3, shelf: 90,
          desc: 'Lớp mạch nha với đậu phộng rang kẹp giữa hai bánh tráng mè nướng giòn. Món quà quê quen thuộc của Quảng Ngãi.',
          variants: [
            { vi: 'gói 10 chiếc', en: 'pack of 10', unit: 'pack', moq: 50, cap: 5000, lead: 3, price: [25000, 35000], pack: 'Túi nilon 10 chiếc' },
          ],
        },
      ],
    },
    {
      key: 'du-lich-kon-k-tu', legalName: 'Hợp tác xã Du lịch cộng đồng Kon K’Tu', province: 'quang-ngai', locality: 'làng Kon K’Tu, xã Đăk Rơ Wa',
      form: 'cooperative', status: 'verified', contact: 'A Thiêm', readiness: 'none',
      descVi: 'Làng Ba Na bên sông Đăk Bla (tỉnh Kon Tum cũ) đón khách ở nhà sàn, nghe cồng chiêng.',
      lines: [
        {
          vi: 'Homestay làng Ba Na Kon K’Tu', en: 'Kon K’Tu Ba Na village homestay', cat: 'community-tourism', stars: 3, legacy: 'Kon Tum', shelf: null,
          desc: 'Khách ngủ nhà sàn gỗ, đi thuyền độc mộc trên sông Đăk Bla và thưởng thức cơm lam, gà nướng, rượu ghè. Buổi tối có cồng chiêng bên nhà rông.',
          variants: [
            { vi: 'một đêm, mỗi khách', en: 'one night per guest', unit: 'piece', moq: 2, cap: 600, lead: 2, price: [300000, 450000], pack: 'Suất cho 1 khách' },
          ],
        },
        {
          vi: 'Măng khô Kon Tum', en: 'Kon Tum dried bamboo shoots', cat: 'dried-foods', stars: 3, hs: '071290', legacy: 'Kon Tum', months: [6, 7, 8, 9, 10, 11, 12], shelf: 365,
          desc: 'Măng le rừng luộc chín, xé sợi và phơi nắng đến khi vàng khô. Ngâm mềm rồi hầm xương hoặc xào.',
          variants: [
            { vi: 'túi 500 g', en: '500 g bag', unit: 'pack', moq: 30, cap: 2000, lead: 5, price: [120000, 160000], pack: 'Túi zip 500 g' },
          ],
        },
      ],
    },
    {
      key: 'sam-ngoc-linh-tu-mo-rong', legalName: 'Hợp tác xã Sâm Ngọc Linh Tu Mơ Rông', province: 'quang-ngai', locality: 'thôn Tu Thó, xã Tu Mơ Rông',
      form: 'cooperative', status: 'pending', contact: 'A Vinh', readiness: 'basic',
      descVi: 'HTX người Xơ Đăng trồng sâm Ngọc Linh dưới tán rừng dãy Ngọc Linh (tỉnh Kon Tum cũ).',
      lines: [
        {
          vi: 'Sâm Ngọc Linh Kon Tum', en: 'Kon Tum Ngoc Linh ginseng', cat: 'herbal-medicine', stars: 5, hs: '121120', legacy: 'Kon Tum', shelf: 30, storage: 'chilled',
          desc: 'Sâm Ngọc Linh trồng ở độ cao 1.800 m, củ từ sáu năm tuổi, nhiều đốt và rễ chân rết. Mỗi củ có tem truy xuất của tỉnh và được kiểm định ADN.',
          variants: [
            { vi: 'củ tươi 8–10 củ/kg', en: 'fresh, 8–10 roots per kg', unit: 'kg', moq: 0.5, cap: 25, lead: 7, price: [180000000, 250000000], pack: 'Hộp gỗ lót rêu' },
          ],
        },
        {
          vi: 'Trà lá sâm Ngọc Linh', en: 'Ngoc Linh ginseng leaf tea', cat: 'tea', stars: 3, hs: '121190', legacy: 'Kon Tum', shelf: 365,
          desc: 'Lá và hoa sâm Ngọc Linh sấy khô, hãm như trà. Vị đắng nhẹ rồi ngọt hậu.',
          variants: [
            { vi: 'hộp 50 g', en: '50 g box', unit: 'box', moq: 20, cap: 800, lead: 5, price: [300000, 450000], pack: 'Hộp giấy 50 g' },
          ],
        },
      ],
    },
    {
      key: 'yen-sao-vinh-nguyen', legalName: 'Công ty TNHH Yến sào Vĩnh Nguyên', province: 'khanh-hoa', locality: 'số 12 đường Trần Phú, phường Nam Nha Trang',
      form: 'enterprise', status: 'verified', contact: 'Nguyễn Thị Kim Oanh', readiness: 'export',
      descVi: 'Doanh nghiệp khai thác và tinh chế yến đảo, sản xuất nước yến, đạt HACCP và FDA, xuất khẩu sang Trung Quốc, Singapore, Mỹ.',
      descEn: 'Harvests and cleans island swiftlet nests and bottles nest drinks; HACCP and FDA registered, exporting to China, Singapore and the US.',
      lines: [
        {
          vi: 'Yến sào Khánh Hòa tinh chế', en: 'Khanh Hoa cleaned edible bird’s nest', cat: 'dried-foods', stars: 5, hs: '041090', shelf: 730, exportedTo: ['CN', 'SG', 'US'],
          desc: 'Tổ yến đảo được làm sạch lông bằng tay, giữ nguyên sợi và định hình thành tổ. Mỗi hộp có mã truy xuất đến đảo khai thác.',
          variants: [
            { vi: 'hộp 50 g', en: '50 g box', unit: 'box', moq: 10, cap: 1500, lead: 7, price: [1800000, 2500000], pack: 'Hộp nhựa trong, hộp quà' },
            { vi: 'hộp 100 g', en: '100 g box', unit: 'box', moq: 10, cap: 1000, lead: 7, price: [3500000, 4800000], pack: 'Hộp nhựa trong, hộp quà' },
          ],
        },
        {
          vi: 'Nước yến sào đóng lọ', en: 'Bird’s nest drink', cat: 'soft-drinks', stars: 4, hs: '220299', shelf: 540, exportedTo: ['CN'],
          desc: 'Nước yến chưng cách thủy với đường phèn, hàm lượng yến 15 %, tiệt trùng trong lọ thủy tinh. Uống lạnh ngon hơn.',
          variants: [
            { vi: 'hộp 6 lọ 70 ml', en: 'box of 6 × 70 ml', unit: 'box', moq: 50, cap: 20000, lead: 5, price: [180000, 230000], pack: 'Hộp giấy 6 lọ' },
            { vi: 'thùng 30 lọ 70 ml', en: 'case of 30 × 70 ml', unit: 'carton', moq: 10, cap: 5000, lead: 5, price: [700000, 900000], pack: 'Thùng carton 30 lọ' },
          ],
        },
      ],
    },
    {
      key: 'nho-phuoc-thien', legalName: 'Hợp tác xã Nho Phước Thiện', province: 'khanh-hoa', locality: 'thôn Phước Thiện, xã Ninh Phước',
      form: 'cooperative', status: 'verified', contact: 'Trượng Văn Chiến', readiness: 'good',
      descVi: 'HTX trồng nho xanh, nho đỏ trong nắng gió Ninh Thuận cũ, ba vụ một năm, có xưởng làm vang.',
      lines: [
        {
          vi: 'Nho xanh Ninh Thuận', en: 'Ninh Thuan green grapes', cat: 'fruit', stars: 4, hs: '080610', legacy: 'Ninh Thuận', shelf: 10, storage: 'chilled',
          desc: 'Giống nho xanh NH01-48 trồng trên giàn, chùm to, quả giòn, vị ngọt đậm pha chua nhẹ. Thu hoạch quanh năm nhờ ba vụ nho mỗi năm.',
          variants: [
            { vi: 'thùng 10 kg', en: '10 kg carton', unit: 'kg', moq: 100, cap: 30000, lead: 2, price: [50000, 70000], pack: 'Thùng carton 10 kg' },
            { vi: 'hộp 1 kg', en: '1 kg punnet', unit: 'box', moq: 100, cap: 8000, lead: 2, price: [70000, 90000], pack: 'Hộp nhựa có nắp 1 kg' },
          ],
        },
        {
          vi: 'Rượu vang nho Ninh Thuận', en: 'Ninh Thuan grape wine', cat: 'alcoholic-drinks', stars: 3, hs: '220421', legacy: 'Ninh Thuận', shelf: 1825,
          desc: 'Vang đỏ lên men từ nho Cardinal trồng tại vườn, ủ thùng inox sáu tháng, 12 độ. Vị ngọt nhẹ, hương trái cây, hợp uống lạnh.',
          variants: [
            { vi: 'chai 750 ml', en: '750 ml bottle', unit: 'bottle', moq: 24, cap: 3000, lead: 5, price: [120000, 180000], pack: 'Chai thủy tinh 750 ml, thùng 6 chai' },
          ],
        },
      ],
    },
    {
      key: 'gom-bau-truc', legalName: 'Hợp tác xã Gốm Bàu Trúc', province: 'khanh-hoa', locality: 'làng Bàu Trúc, xã Phước Hữu',
      form: 'cooperative', status: 'verified', contact: 'Đàng Thị Phan', readiness: 'basic',
      descVi: 'HTX của các nghệ nhân người Chăm làng Bàu Trúc (tỉnh Ninh Thuận cũ), nghề gốm được UNESCO ghi danh cần bảo vệ khẩn cấp.',
      descEn: 'Cham potters of Bau Truc (former Ninh Thuan), a craft on UNESCO’s list of heritage in need of urgent safeguarding.',
      lines: [
        {
          vi: 'Gốm Chăm Bàu Trúc', en: 'Bau Truc Cham pottery', cat: 'ceramics', stars: 4, hs: '691390', legacy: 'Ninh Thuận', shelf: null, exportedTo: ['FR'],
          desc: 'Gốm nặn tay không dùng bàn xoay, người thợ đi vòng quanh sản phẩm, nung lộ thiên bằng rơm và củi. Màu đỏ, vàng, đen loang tự nhiên, không chiếc nào giống chiếc nào.',
          variants: [
            { vi: 'bình trang trí cao 40 cm', en: '40 cm decorative vase', unit: 'piece', moq: 5, cap: 400, lead: 15, price: [450000, 700000], pack: 'Bọc rơm, thùng gỗ' },
            { vi: 'tượng vũ nữ Apsara 30 cm', en: '30 cm Apsara dancer', unit: 'piece', moq: 5, cap: 300, lead: 15, price: [350000, 550000], pack: 'Bọc rơm, thùng carton' },
          ],
        },
      ],
    },
  ],
};
