import type { CatalogueRegion } from './catalogue-types.ts';

/** Thanh Hóa, Nghệ An, Hà Tĩnh. */
export const northCentral: CatalogueRegion = {
  producers: [
    {
      key: 'nem-xu-thanh', legalName: 'Công ty TNHH Thực phẩm Nem Xứ Thanh', province: 'thanh-hoa', locality: 'số 18 đường Lê Hoàn, phường Hạc Thành',
      form: 'enterprise', status: 'verified', contact: 'Lê Thị Ngọc', readiness: 'retail',
      descVi: 'Xưởng nem chua và chả tôm đạt HACCP, giao hàng lạnh hằng ngày cho siêu thị ở Hà Nội và Thanh Hóa.',
      descEn: 'HACCP workshop for fermented pork rolls and shrimp cakes, with daily chilled deliveries to Hanoi and Thanh Hoa supermarkets.',
      lines: [
        {
          vi: 'Nem chua Thanh Hóa', en: 'Thanh Hoa fermented pork rolls', cat: 'meat', stars: 4, hs: '160249', shelf: 10, storage: 'chilled',
          desc: 'Thịt lợn nạc mông giã nhuyễn trộn bì thái chỉ, tỏi, ớt và lá đinh lăng, gói lá chuối rồi ủ chua tự nhiên ba ngày. Nem chua dẻo, giòn bì, vị chua dịu.',
          descEn: 'Pounded lean pork with shredded skin, garlic, chilli and polyscias leaf, wrapped in banana leaves and naturally fermented for three days.',
          variants: [
            { vi: 'túi 10 chiếc', en: 'bag of 10', unit: 'pack', moq: 100, cap: 30000, lead: 2, price: [35000, 45000], pack: 'Túi lưới 10 chiếc, hộp xốp giữ lạnh' },
            { vi: 'hộp 50 chiếc cho nhà hàng', en: 'box of 50 for restaurants', unit: 'box', moq: 20, cap: 5000, lead: 2, price: [150000, 190000], pack: 'Hộp xốp 50 chiếc' },
            { vi: 'nem cọng rơm, hộp 100 chiếc nhỏ', en: 'straw-tied mini rolls, box of 100', unit: 'box', moq: 10, cap: 2000, lead: 2, price: [160000, 200000], pack: 'Hộp xốp 100 chiếc' },
          ],
        },
        {
          vi: 'Chả tôm Thanh Hóa', en: 'Thanh Hoa shrimp cakes', cat: 'seafood', stars: 3, hs: '160521', shelf: 90, storage: 'frozen',
          desc: 'Tôm biển Sầm Sơn giã cùng thịt ba chỉ, bọc mỡ chài và nướng than hoa rồi cấp đông. Khi dùng chỉ cần nướng lại hoặc chiên.',
          variants: [
            { vi: 'hộp 500 g', en: '500 g box', unit: 'box', moq: 30, cap: 3000, lead: 3, price: [180000, 220000], pack: 'Hộp nhựa 500 g cấp đông' },
          ],
        },
      ],
    },
    {
      key: 'coi-nga-son', legalName: 'Hợp tác xã Cói Nga Sơn', province: 'thanh-hoa', locality: 'xóm 5, xã Nga Sơn',
      form: 'cooperative', status: 'verified', contact: 'Mai Văn Quảng', readiness: 'export',
      descVi: 'HTX trồng cói và dệt chiếu, đan túi cói cho 300 lao động nữ, xuất khẩu sang Nhật Bản, Hàn Quốc và châu Âu.',
      descEn: 'Grows sedge and weaves mats and bags, employing 300 women; exports to Japan, Korea and Europe.',
      lines: [
        {
          vi: 'Chiếu cói Nga Sơn', en: 'Nga Son sedge mat', cat: 'wood-bamboo-rattan', stars: 4, hs: '460129', shelf: null, exportedTo: ['JP', 'KR'],
          desc: 'Chiếu dệt từ cói Nga Sơn sợi nhỏ, nhuộm màu và dệt hoa văn song hỷ trên khung gỗ. Chiếu mát, bền, càng dùng càng bóng.',
          variants: [
            { vi: 'chiếu hoa 1,6 × 2 m', en: 'patterned mat 1.6 × 2 m', unit: 'piece', moq: 20, cap: 3000, lead: 10, price: [250000, 400000], pack: 'Cuộn bọc nilon' },
            { vi: 'chiếu trơn 1,2 × 2 m', en: 'plain mat 1.2 × 2 m', unit: 'piece', moq: 50, cap: 5000, lead: 7, price: [150000, 220000], pack: 'Cuộn bọc nilon' },
          ],
        },
        {
          vi: 'Túi xách cói Nga Sơn', en: 'Nga Son sedge handbag', cat: 'wood-bamboo-rattan', stars: 3, hs: '460219', shelf: null, exportedTo: ['JP', 'FR'],
          desc: 'Túi đan tay từ cói phơi khô, quai da hoặc quai cói tết, lót vải bố. Nhận đặt mẫu và in logo theo đơn.',
          variants: [
            { vi: 'cỡ vừa 35 × 30 cm', en: 'medium 35 × 30 cm', unit: 'piece', moq: 100, cap: 8000, lead: 20, price: [120000, 180000], pack: 'Túi nilon, thùng 50 chiếc' },
          ],
        },
      ],
    },
    {
      key: 'cam-vinh-quy-hop', legalName: 'Hợp tác xã Cam Vinh Quỳ Hợp', province: 'nghe-an', locality: 'xóm Đồng Tiến, xã Quỳ Hợp',
      form: 'cooperative', status: 'verified', contact: 'Hồ Văn Minh', readiness: 'good',
      descVi: 'HTX 200 ha cam Xã Đoài và cam Vân Du trên đất đỏ bazan Quỳ Hợp, mang chỉ dẫn địa lý Cam Vinh.',
      lines: [
        {
          vi: 'Cam Vinh', en: 'Vinh oranges', cat: 'fruit', stars: 4, months: [10, 11, 12], hs: '080510', shelf: 30,
          desc: 'Cam Xã Đoài vỏ mỏng, khi chín vàng sáng, múi mọng, ngọt thanh và thơm, được bảo hộ chỉ dẫn địa lý Cam Vinh. Vườn đạt VietGAP, thu hái đúng độ chín.',
          variants: [
            { vi: 'loại 1, thùng 10 kg', en: 'grade 1, 10 kg carton', unit: 'kg', moq: 300, cap: 120000, lead: 3, price: [35000, 50000], pack: 'Thùng carton 10 kg' },
            { vi: 'hộp quà 3 kg', en: '3 kg gift box', unit: 'box', moq: 50, cap: 4000, lead: 3, price: [140000, 180000], pack: 'Hộp carton in màu 3 kg' },
          ],
        },
      ],
    },
    {
      key: 'nhut-thanh-chuong', legalName: 'Hộ kinh doanh Nhút Thanh Chương Nguyễn Thị Lý', province: 'nghe-an', locality: 'xóm 3, xã Thanh Chương',
      form: 'household', status: 'verified', contact: 'Nguyễn Thị Lý', readiness: 'none',
      descVi: 'Cơ sở gia đình muối nhút mít, nhút xơ mít theo cách của người Thanh Chương.',
      lines: [
        {
          vi: 'Nhút Thanh Chương', en: 'Thanh Chuong pickled jackfruit', cat: 'processed-foods', stars: 3, shelf: 60, storage: 'chilled',
          desc: 'Mít non và xơ mít thái sợi, muối cùng tỏi, ớt, gừng trong chum sành cho lên men chua. Ăn sống kèm thịt luộc hoặc xào, nấu canh.',
          variants: [
            { vi: 'hũ 500 g', en: '500 g jar', unit: 'jar', moq: 30, cap: 3000, lead: 3, price: [35000, 45000], pack: 'Hũ nhựa 500 g' },
            { vi: 'thùng 12 hũ', en: 'case of 12 jars', unit: 'carton', moq: 5, cap: 250, lead: 3, price: [400000, 500000], pack: 'Thùng carton 12 hũ 500 g' },
          ],
        },
      ],
    },
    {
      key: 'tuong-nam-dan', legalName: 'Hợp tác xã Tương Nam Đàn', province: 'nghe-an', locality: 'xóm Sa Nam, xã Nam Đàn',
      form: 'cooperative', status: 'verified', contact: 'Trần Văn Sơn', readiness: 'basic',
      descVi: 'HTX làm tương truyền thống ở quê Bác, phơi tương trong 500 chum sành.',
      lines: [
        {
          vi: 'Tương Nam Đàn', en: 'Nam Dan soybean sauce', cat: 'seasonings', stars: 3, hs: '210310', shelf: 365,
          desc: 'Tương ủ từ gạo nếp, đậu nành và muối hạt, phơi nắng trong chum sành ít nhất sáu tháng. Vị mặn ngọt hài hòa, thơm mùi đậu rang.',
          variants: [
            { vi: 'chai 500 ml', en: '500 ml bottle', unit: 'bottle', moq: 100, cap: 15000, lead: 5, price: [25000, 35000], pack: 'Chai nhựa PET 500 ml' },
            { vi: 'can 5 lít', en: '5 litre can', unit: 'l', moq: 50, cap: 8000, lead: 5, price: [40000, 55000], pack: 'Can nhựa 5 lít' },
          ],
        },
      ],
    },
    {
      key: 'keo-cu-do-ha-tinh', legalName: 'Hộ kinh doanh Kẹo cu đơ Hoàng Thị Mến', province: 'ha-tinh', locality: 'tổ 4, phường Thành Sen',
      form: 'household', status: 'verified', contact: 'Hoàng Thị Mến', readiness: 'basic',
      descVi: 'Làm kẹo cu đơ thủ công từ năm 1990, bán qua các cửa hàng đặc sản dọc quốc lộ 1.',
      lines: [
        {
          vi: 'Kẹo cu đơ Hà Tĩnh', en: 'Ha Tinh peanut brittle (cu do)', cat: 'confectionery', stars: 4, hs: '170490', shelf: 90,
          desc: 'Mật mía nấu với gừng, lạc rang bóc vỏ, kẹp giữa hai lớp bánh đa nướng giòn. Kẹo giòn, ngọt đậm, thơm gừng, hợp uống cùng chè xanh.',
          variants: [
            { vi: 'gói 300 g', en: '300 g pack', unit: 'pack', moq: 100, cap: 10000, lead: 3, price: [30000, 40000], pack: 'Túi giấy 300 g' },
            { vi: 'thùng 50 gói', en: 'carton of 50', unit: 'carton', moq: 5, cap: 200, lead: 3, price: [1400000, 1800000], pack: 'Thùng carton 50 gói' },
          ],
        },
      ],
    },
    {
      key: 'cam-bu-huong-son', legalName: 'Hợp tác xã Cam bù Hương Sơn', province: 'ha-tinh', locality: 'thôn Khe Mây, xã Hương Sơn',
      form: 'cooperative', status: 'verified', contact: 'Đặng Văn Lực', readiness: 'good',
      descVi: 'HTX cam bù trên đất đồi Hương Sơn, mang chỉ dẫn địa lý, thu hoạch đúng dịp Tết.',
      lines: [
        {
          vi: 'Cam bù Hương Sơn', en: 'Huong Son bu oranges', cat: 'fruit', stars: 4, months: [11, 12, 1, 2], hs: '080510', shelf: 45,
          desc: 'Cam bù quả tròn, vỏ mỏng màu vàng cam, múi đỏ cam, ngọt đậm và thơm, chín rộ đúng dịp Tết Nguyên đán. Quả để được lâu nên hợp làm quà biếu.',
          variants: [
            { vi: 'thùng 10 kg', en: '10 kg carton', unit: 'kg', moq: 200, cap: 60000, lead: 3, price: [40000, 60000], pack: 'Thùng carton 10 kg' },
            { vi: 'hộp quà 5 kg', en: '5 kg gift box', unit: 'box', moq: 30, cap: 3000, lead: 3, price: [250000, 320000], pack: 'Hộp carton in nhũ 5 kg' },
          ],
        },
      ],
    },
    {
      key: 'huou-sao-huong-son', legalName: 'Hộ kinh doanh Hươu sao Nguyễn Văn Lợi', province: 'ha-tinh', locality: 'thôn Trung Hòa, xã Sơn Tây',
      form: 'household', status: 'pending', contact: 'Nguyễn Văn Lợi', readiness: 'none',
      descVi: 'Trại nuôi 60 con hươu sao lấy nhung ở vùng hươu Hương Sơn.',
      lines: [
        {
          vi: 'Nhung hươu Hương Sơn', en: 'Huong Son deer antler velvet', cat: 'herbal-medicine', stars: 3, hs: '050790', shelf: 730,
          desc: 'Nhung hươu sao cắt đúng tuổi 45–55 ngày, sơ chế, sấy và thái lát mỏng. Dùng ngâm rượu hoặc hầm thuốc theo chỉ dẫn của thầy thuốc đông y.',
          variants: [
            { vi: 'sấy thái lát, hộp 100 g', en: 'dried slices, 100 g box', unit: 'box', moq: 5, cap: 100, lead: 7, price: [2500000, 3500000], pack: 'Hộp gỗ 100 g' },
          ],
        },
      ],
    },
  ],
};
