import type { CatalogueRegion } from './catalogue-types.ts';

/** Thái Nguyên (with the former Bắc Kạn) and Phú Thọ (with the former Vĩnh Phúc and Hòa Bình). */
export const midlands: CatalogueRegion = {
  demoProducerLines: [
    {
      key: 'che-tan-cuong',
      lines: [
        {
          vi: 'Chè Tân Cương', en: 'Tan Cuong green tea', cat: 'tea', stars: 4, hs: '090210', shelf: 540, exportedTo: ['JP', 'KR'],
          desc: 'Chè búp từ đồi chè Tân Cương được hái một tôm hai lá, sao sấy thủ công trên chảo gang. Cánh chè nhỏ, xoăn đều, nước xanh vàng trong, vị chát dịu và hậu ngọt.',
          descEn: 'Tan Cuong tea picked one bud and two leaves and pan-fired by hand: small, evenly curled leaves, a clear green-gold liquor and a sweet finish.',
          variants: [
            { vi: 'nõn tôm, hộp 200 g', en: 'bud grade, 200 g box', unit: 'box', moq: 50, cap: 4000, lead: 5, price: [200000, 260000], pack: 'Hộp giấy 200 g, túi nhôm bên trong', note: 'Nõn tôm chỉ lấy búp non chưa xòe, hợp làm quà biếu.' },
            { vi: 'móc câu, túi 500 g', en: 'hook grade, 500 g pack', unit: 'pack', moq: 40, cap: 6000, lead: 5, price: [180000, 230000], pack: 'Túi nhôm hút chân không 500 g' },
            { vi: 'búp loại 1, túi 1 kg', en: 'grade 1 buds, 1 kg bag', unit: 'kg', moq: 20, cap: 8000, lead: 5, price: [300000, 400000], pack: 'Túi nhôm 1 kg, thùng 20 túi', note: 'Loại dùng hằng ngày cho quán trà và nhà hàng.' },
          ],
        },
        {
          vi: 'Trà xanh Tân Cương túi lọc', en: 'Tan Cuong green tea bags', cat: 'tea', stars: 3, hs: '090210', shelf: 540,
          desc: 'Chè Tân Cương loại một nghiền vừa, đóng túi lọc giấy không ghim. Pha nhanh cho văn phòng, khách sạn và hãng hàng không.',
          variants: [
            { vi: 'hộp 25 túi × 2 g', en: 'box of 25 × 2 g bags', unit: 'box', moq: 100, cap: 10000, lead: 7, price: [45000, 60000], pack: 'Hộp giấy 25 túi lọc' },
          ],
        },
        {
          vi: 'Chè đinh Tân Cương', en: 'Tan Cuong "dinh" needle tea', cat: 'tea', stars: 5, hs: '090210', shelf: 540,
          desc: 'Loại chè quý nhất của Tân Cương, chỉ lấy phần nõn chè như chiếc đinh nhỏ, vài cân búp tươi mới được một lạng. Nước vàng sánh, hương cốm non, vị ngọt sâu.',
          variants: [
            { vi: 'hộp sơn mài 100 g', en: '100 g lacquer box', unit: 'box', moq: 10, cap: 300, lead: 7, price: [450000, 600000], pack: 'Hộp sơn mài 100 g' },
          ],
        },
      ],
    },
    {
      key: 'mat-ong-bac-kan',
      lines: [
        {
          vi: 'Mật ong rừng Ba Bể', en: 'Ba Be wild forest honey', cat: 'honey', stars: 4, hs: '040900', legacy: 'Bắc Kạn', shelf: 730,
          desc: 'Mật ong nội khai thác trong vùng đệm vườn quốc gia Ba Bể từ hoa rừng, không cho ong ăn đường. Mật sánh, màu hổ phách, vị ngọt đậm hơi chát nhẹ.',
          descEn: 'Honey from native bees in the Ba Be National Park buffer zone, never sugar-fed; thick, amber and richly sweet.',
          variants: [
            { vi: 'chai 500 ml', en: '500 ml bottle', unit: 'bottle', moq: 24, cap: 1500, lead: 5, price: [250000, 320000], pack: 'Chai thủy tinh 500 ml' },
            { vi: 'chai 1 lít', en: '1 litre bottle', unit: 'bottle', moq: 12, cap: 800, lead: 5, price: [450000, 580000], pack: 'Chai thủy tinh 1 lít' },
          ],
        },
        {
          vi: 'Mật ong bạc hà Ba Bể', en: 'Ba Be mint-flower honey', cat: 'honey', stars: 3, hs: '040900', legacy: 'Bắc Kạn', shelf: 730,
          desc: 'Mật của những đàn ong được đưa lên vùng núi cao vào mùa hoa bạc hà cuối năm. Vị ngọt thanh, hương the nhẹ, dễ kết tinh khi trời lạnh.',
          variants: [
            { vi: 'chai 330 ml', en: '330 ml bottle', unit: 'bottle', moq: 24, cap: 1000, lead: 5, price: [180000, 220000], pack: 'Chai thủy tinh 330 ml' },
          ],
        },
      ],
    },
  ],
  producers: [
    {
      key: 'mien-dong-con-minh', legalName: 'Hợp tác xã Miến dong Côn Minh', province: 'thai-nguyen', locality: 'thôn Khuổi Lẩy, xã Côn Minh',
      form: 'cooperative', status: 'verified', contact: 'Hà Thị Nhung', readiness: 'good',
      descVi: 'HTX trồng dong riềng và làm miến dong thủ công ở Na Rì (tỉnh Bắc Kạn cũ), sản lượng 300 tấn miến mỗi năm.',
      descEn: 'Grows edible canna and makes glass noodles by hand in Na Ri (former Bac Kan), 300 tonnes a year.',
      lines: [
        {
          vi: 'Miến dong Bắc Kạn', en: 'Bac Kan canna glass noodles', cat: 'dried-foods', stars: 4, hs: '190230', legacy: 'Bắc Kạn', shelf: 365, exportedTo: ['AU'],
          desc: 'Miến làm từ tinh bột củ dong riềng trồng ở Na Rì, không pha bột sắn và không chất tẩy trắng, phơi nắng tự nhiên. Sợi miến nâu trong, dai, nấu không bị nát.',
          descEn: 'Glass noodles of pure edible-canna starch, no cassava and no bleach, sun-dried; translucent brown, chewy and never mushy.',
          variants: [
            { vi: 'gói 500 g', en: '500 g pack', unit: 'pack', moq: 100, cap: 20000, lead: 5, price: [45000, 60000], pack: 'Túi PE 500 g' },
            { vi: 'thùng 10 kg', en: '10 kg carton', unit: 'kg', moq: 100, cap: 25000, lead: 7, price: [80000, 100000], pack: 'Thùng carton 10 kg, 20 gói' },
          ],
        },
        {
          vi: 'Tinh bột dong riềng Na Rì', en: 'Na Ri canna starch', cat: 'processed-foods', stars: 3, hs: '110819', legacy: 'Bắc Kạn', shelf: 540,
          desc: 'Tinh bột lọc từ củ dong riềng tươi, lắng nhiều lần bằng nước giếng và phơi khô. Dùng làm miến, bánh và làm sánh món ăn.',
          variants: [
            { vi: 'bao 25 kg', en: '25 kg sack', unit: 'kg', moq: 500, cap: 30000, lead: 7, price: [30000, 38000], pack: 'Bao PP 25 kg lót PE' },
          ],
        },
      ],
    },
    {
      key: 'tra-la-bang', legalName: 'Công ty TNHH Trà La Bằng', province: 'thai-nguyen', locality: 'xóm Đồng Tiến, xã La Bằng',
      form: 'enterprise', status: 'verified', contact: 'Đỗ Thị Thu Trang', readiness: 'retail',
      descVi: 'Nhà máy chế biến chè xanh đạt ISO 22000 dưới chân núi Tam Đảo, cung cấp cho chuỗi siêu thị và xuất khẩu Hàn Quốc.',
      descEn: 'ISO 22000 green tea factory at the foot of Tam Dao, supplying supermarket chains and exporting to Korea.',
      lines: [
        {
          vi: 'Trà xanh La Bằng', en: 'La Bang green tea', cat: 'tea', stars: 4, hs: '090210', shelf: 540, exportedTo: ['KR'],
          desc: 'Chè trồng theo hướng hữu cơ dưới chân dãy Tam Đảo, sao bằng máy tôn quay và hoàn thiện thủ công. Nước xanh trong, hương cốm, vị đậm vừa.',
          variants: [
            { vi: 'hộp 100 g', en: '100 g box', unit: 'box', moq: 100, cap: 10000, lead: 5, price: [90000, 120000], pack: 'Hộp giấy 100 g' },
            { vi: 'túi 500 g', en: '500 g pack', unit: 'pack', moq: 50, cap: 6000, lead: 5, price: [250000, 320000], pack: 'Túi nhôm 500 g' },
          ],
        },
        {
          vi: 'Bột trà xanh La Bằng', en: 'La Bang matcha-style green tea powder', cat: 'tea', stars: 3, hs: '090210', shelf: 365,
          desc: 'Búp chè non che nắng hai tuần trước khi hái, hấp, sấy và nghiền đá thành bột mịn. Dùng pha uống, làm bánh và kem.',
          variants: [
            { vi: 'hộp 50 g', en: '50 g box', unit: 'box', moq: 50, cap: 3000, lead: 7, price: [120000, 160000], pack: 'Lon thiếc 50 g' },
          ],
        },
      ],
    },
    {
      key: 'hong-khong-hat-quang-thuan', legalName: 'Hợp tác xã Hồng không hạt Quang Thuận', province: 'thai-nguyen', locality: 'thôn Nà Đán, xã Bạch Thông',
      form: 'cooperative', status: 'verified', contact: 'Triệu Văn Lâm', readiness: 'basic',
      descVi: 'HTX bảo tồn giống hồng không hạt bản địa của Bạch Thông (tỉnh Bắc Kạn cũ), có lò sấy hồng dẻo.',
      lines: [
        {
          vi: 'Hồng không hạt Bắc Kạn', en: 'Bac Kan seedless persimmons', cat: 'fruit', stars: 4, months: [9, 10], hs: '081070', legacy: 'Bắc Kạn', shelf: 10,
          desc: 'Quả hồng vuông thành, không hạt, được ngâm khử chát bằng nước vôi trong rồi mới bán. Thịt giòn, ngọt thanh, chỉ có vào tháng Chín và tháng Mười.',
          variants: [
            { vi: 'thùng 5 kg', en: '5 kg carton', unit: 'kg', moq: 100, cap: 15000, lead: 2, price: [40000, 60000], pack: 'Thùng carton 5 kg' },
            { vi: 'hộp quà 2 kg', en: '2 kg gift box', unit: 'box', moq: 30, cap: 1500, lead: 2, price: [120000, 150000], pack: 'Hộp giấy 2 kg' },
          ],
        },
        {
          vi: 'Hồng sấy dẻo Bắc Kạn', en: 'Bac Kan dried persimmons', cat: 'dried-foods', stars: 3, legacy: 'Bắc Kạn', shelf: 180, storage: 'chilled',
          desc: 'Hồng chín gọt vỏ, sấy lạnh rồi bóp nhẹ cho dẻo như hồng treo gió Nhật Bản. Không đường, không chất bảo quản.',
          variants: [
            { vi: 'hộp 500 g', en: '500 g box', unit: 'box', moq: 30, cap: 1200, lead: 5, price: [150000, 190000], pack: 'Hộp nhựa 500 g' },
          ],
        },
      ],
    },
    {
      key: 'du-lich-pac-ngoi', legalName: 'Hợp tác xã Du lịch cộng đồng Pác Ngòi', province: 'thai-nguyen', locality: 'bản Pác Ngòi, xã Ba Bể',
      form: 'cooperative', status: 'verified', contact: 'Hoàng Văn Nhất', readiness: 'none',
      descVi: '23 hộ người Tày bên hồ Ba Bể (tỉnh Bắc Kạn cũ) cùng đón khách lưu trú, chèo thuyền và biểu diễn hát then.',
      lines: [
        {
          vi: 'Homestay nhà sàn Pác Ngòi, hồ Ba Bể', en: 'Pac Ngoi stilt-house homestay, Ba Be lake', cat: 'community-tourism', stars: 4, legacy: 'Bắc Kạn', shelf: null,
          desc: 'Bản Tày bên bờ hồ Ba Bể với những nhà sàn gỗ đón khách, bữa cơm cá nướng và rau rừng, hát then đàn tính buổi tối. Gói có thuyền đi động Puông, thác Đầu Đẳng và ao Tiên.',
          descEn: 'A Tay village on Ba Be lake: wooden stilt houses, grilled fish and forest greens, then singing at night, and a boat to Puong cave and Dau Dang falls.',
          variants: [
            { vi: 'gói 2 ngày 1 đêm, mỗi khách', en: '2 days 1 night, per guest', unit: 'piece', moq: 2, cap: 600, lead: 3, price: [950000, 1300000], pack: 'Suất cho 1 khách' },
            { vi: 'thuyền đi hồ, mỗi thuyền 10 khách', en: 'lake boat, 10 guests', unit: 'piece', moq: 1, cap: 300, lead: 1, price: [600000, 800000], pack: 'Một thuyền máy nửa ngày' },
          ],
        },
      ],
    },
    {
      key: 'cam-cao-phong', legalName: 'Hợp tác xã Cam Cao Phong Thung Nai', province: 'phu-tho', locality: 'xóm Đồng Bến, xã Cao Phong',
      form: 'cooperative', status: 'verified', contact: 'Bùi Văn Toàn', readiness: 'retail',
      descVi: 'HTX 120 ha cam đạt VietGAP ở Cao Phong (tỉnh Hòa Bình cũ), giao hàng cho các chuỗi siêu thị ở Hà Nội.',
      descEn: '120 ha of VietGAP oranges in Cao Phong (former Hoa Binh), supplying Hanoi supermarket chains.',
      lines: [
        {
          vi: 'Cam Cao Phong', en: 'Cao Phong oranges', cat: 'fruit', stars: 4, months: [10, 11, 12, 1], hs: '080510', legacy: 'Hòa Bình', shelf: 30,
          desc: 'Cam đường canh và cam lòng vàng trồng trên đồi Cao Phong, vỏ mỏng, múi vàng, nhiều nước, ngọt đậm, được bảo hộ chỉ dẫn địa lý. Mỗi thùng dán tem truy xuất nguồn gốc.',
          descEn: 'Thin-skinned, juicy Cao Phong oranges with a protected geographical indication; every carton carries a traceability stamp.',
          variants: [
            { vi: 'loại 1, thùng 10 kg', en: 'grade 1, 10 kg carton', unit: 'kg', moq: 300, cap: 150000, lead: 3, price: [30000, 40000], pack: 'Thùng carton 10 kg' },
            { vi: 'loại 2, sọt 20 kg', en: 'grade 2, 20 kg crate', unit: 'kg', moq: 500, cap: 200000, lead: 3, price: [20000, 26000], pack: 'Sọt nhựa 20 kg' },
            { vi: 'hộp quà 5 kg', en: '5 kg gift box', unit: 'box', moq: 50, cap: 5000, lead: 3, price: [200000, 250000], pack: 'Hộp carton in màu 5 kg', note: 'Hàng Tết, chọn quả đều 4–5 quả/kg.' },
          ],
        },
      ],
    },
    {
      key: 'nha-san-ban-lac', legalName: 'Hộ kinh doanh Nhà sàn Hà Văn Luân', province: 'phu-tho', locality: 'bản Lác, xã Mai Châu',
      form: 'household', status: 'verified', contact: 'Hà Văn Luân', readiness: 'none',
      descVi: 'Nhà sàn người Thái trắng đón khách ở bản Lác (tỉnh Hòa Bình cũ), gia đình dệt thổ cẩm bán cho khách.',
      lines: [
        {
          vi: 'Homestay nhà sàn bản Lác, Mai Châu', en: 'Ban Lac stilt-house homestay, Mai Chau', cat: 'community-tourism', stars: 4, legacy: 'Hòa Bình', shelf: null,
          desc: 'Nhà sàn người Thái trắng giữa thung lũng Mai Châu, khách đạp xe qua ruộng lúa, xem dệt thổ cẩm, ăn cơm lam và gà đồi nướng. Buổi tối có múa xòe và rượu cần bên bếp lửa.',
          variants: [
            { vi: 'một đêm, mỗi khách, gồm bữa tối', en: 'one night per guest, with dinner', unit: 'piece', moq: 1, cap: 900, lead: 1, price: [350000, 500000], pack: 'Suất cho 1 khách' },
            { vi: 'gói 2 ngày 1 đêm cho đoàn, mỗi khách', en: '2 days 1 night for groups, per guest', unit: 'piece', moq: 10, cap: 600, lead: 5, price: [900000, 1200000], pack: 'Đoàn 10–40 khách' },
          ],
        },
        {
          vi: 'Khăn thổ cẩm Mai Châu', en: 'Mai Chau brocade scarf', cat: 'textiles', stars: 3, hs: '580500', legacy: 'Hòa Bình', shelf: null,
          desc: 'Khăn dệt tay trên khung cửi gỗ bằng sợi bông nhuộm màu tự nhiên, hoa văn hình thoi và hoa sao của người Thái. Mỗi chiếc dệt mất hai đến ba ngày.',
          variants: [
            { vi: 'khăn 40 × 180 cm', en: '40 × 180 cm scarf', unit: 'piece', moq: 10, cap: 200, lead: 10, price: [180000, 250000], pack: 'Túi giấy có thẻ giới thiệu' },
          ],
        },
      ],
    },
    {
      key: 'buoi-doan-hung', legalName: 'Hợp tác xã Bưởi Đoan Hùng Chí Đám', province: 'phu-tho', locality: 'khu 6, xã Đoan Hùng',
      form: 'cooperative', status: 'verified', contact: 'Nguyễn Thị Lan', readiness: 'good',
      descVi: 'HTX trồng bưởi Sửu và bưởi Bằng Luân trên đất bãi ven sông Lô, 85 ha đạt VietGAP.',
      lines: [
        {
          vi: 'Bưởi Đoan Hùng', en: 'Doan Hung pomelos', cat: 'fruit', stars: 4, months: [9, 10, 11, 12], hs: '080540', shelf: 60,
          desc: 'Bưởi Sửu và bưởi Bằng Luân trồng trên đất phù sa ven sông Lô, quả nhỏ, vỏ mỏng, tép ráo, vị ngọt mát, được bảo hộ chỉ dẫn địa lý. Để được hàng tháng mà không mất nước.',
          variants: [
            { vi: 'thùng 10 kg', en: '10 kg carton', unit: 'kg', moq: 200, cap: 60000, lead: 3, price: [35000, 50000], pack: 'Thùng carton 10 kg' },
            { vi: 'hộp quà 2 quả', en: 'gift box of 2', unit: 'box', moq: 50, cap: 4000, lead: 3, price: [120000, 160000], pack: 'Hộp giấy 2 quả' },
          ],
        },
      ],
    },
    {
      key: 'su-su-tam-dao', legalName: 'Hợp tác xã Rau su su Tam Đảo', province: 'phu-tho', locality: 'thôn Đồng Bùa, xã Tam Đảo',
      form: 'cooperative', status: 'verified', contact: 'Trần Văn Hòa', readiness: 'basic',
      descVi: 'HTX trồng su su trên sườn núi Tam Đảo (tỉnh Vĩnh Phúc cũ), giao rau cho bếp ăn và chợ đầu mối Hà Nội.',
      lines: [
        {
          vi: 'Su su Tam Đảo', en: 'Tam Dao chayote', cat: 'fresh-produce', stars: 3, hs: '070999', legacy: 'Vĩnh Phúc', shelf: 10, storage: 'chilled',
          desc: 'Su su trồng ở độ cao 900 m trong khí hậu mát quanh năm, quả giòn, ngọt và ngọn non mập. Thu hái buổi sáng, giao về Hà Nội trong ngày.',
          variants: [
            { vi: 'quả, thùng 10 kg', en: 'fruit, 10 kg carton', unit: 'kg', moq: 200, cap: 60000, lead: 1, price: [12000, 18000], pack: 'Thùng nhựa 10 kg' },
            { vi: 'ngọn non, túi 500 g', en: 'young shoots, 500 g bag', unit: 'pack', moq: 100, cap: 20000, lead: 1, price: [15000, 20000], pack: 'Túi lưới 500 g' },
          ],
        },
      ],
    },
    {
      key: 'thit-chua-thanh-son', legalName: 'Hộ kinh doanh Thịt chua Đinh Công Thắng', province: 'phu-tho', locality: 'khu Dụ, xã Thanh Sơn',
      form: 'household', status: 'pending', contact: 'Đinh Công Thắng', readiness: 'none',
      descVi: 'Cơ sở gia đình người Mường làm thịt chua ống nứa theo cách truyền thống của Thanh Sơn.',
      lines: [
        {
          vi: 'Thịt chua Thanh Sơn', en: 'Thanh Son fermented pork', cat: 'meat', stars: 3, hs: '160249', shelf: 90, storage: 'chilled',
          desc: 'Thịt lợn thả đồi trộn thính gạo rang, lèn chặt trong ống nứa lót lá ổi và ủ chua tự nhiên mười ngày. Ăn kèm lá sung, lá đinh lăng và tương ớt.',
          variants: [
            { vi: 'hộp 500 g', en: '500 g box', unit: 'box', moq: 20, cap: 800, lead: 10, price: [150000, 190000], pack: 'Hộp nhựa 500 g hút chân không' },
            { vi: 'ống nứa 1 kg', en: '1 kg bamboo tube', unit: 'kg', moq: 5, cap: 300, lead: 10, price: [300000, 360000], pack: 'Ống nứa bọc màng, túi giấy' },
          ],
        },
      ],
    },
  ],
};
