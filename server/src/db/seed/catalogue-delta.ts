import type { CatalogueRegion } from './catalogue-types.ts';

/** Bắc Ninh (with the former Bắc Giang) and Hải Phòng (with the former Hải Dương). */
export const delta: CatalogueRegion = {
  demoProducerLines: [
    {
      key: 'vai-thieu-luc-ngan',
      lines: [
        {
          vi: 'Vải thiều Lục Ngạn', en: 'Luc Ngan lychees', cat: 'fruit', stars: 4, months: [6, 7], hs: '081090', legacy: 'Bắc Giang', shelf: 7, storage: 'chilled', exportedTo: ['JP', 'US', 'AU'],
          desc: 'Vải thiều Lục Ngạn quả tròn, vỏ đỏ, cùi dày trắng trong, hạt nhỏ, vị ngọt đậm, được bảo hộ chỉ dẫn địa lý. Vườn đạt GlobalG.A.P., có mã số vùng trồng cho xuất khẩu.',
          descEn: 'Round, red Luc Ngan lychees with thick translucent flesh and small seeds; GlobalG.A.P. orchards with export growing-area codes.',
          variants: [
            { vi: 'loại 1, thùng 10 kg', en: 'grade 1, 10 kg carton', unit: 'kg', moq: 500, cap: 300000, lead: 2, price: [30000, 45000], pack: 'Thùng carton 10 kg có lỗ thông khí' },
            { vi: 'hàng xuất khẩu, thùng xốp 8 kg', en: 'export grade, 8 kg foam box', unit: 'kg', moq: 1000, cap: 100000, lead: 3, price: [55000, 70000], pack: 'Thùng xốp có đá gel, tem mã vùng trồng', note: 'Xử lý chiếu xạ hoặc hơi nước nóng theo yêu cầu của nước nhập khẩu.' },
          ],
        },
        {
          vi: 'Vải thiều Lục Ngạn sấy khô', en: 'Dried Luc Ngan lychees', cat: 'dried-foods', stars: 3, hs: '081340', legacy: 'Bắc Giang', shelf: 365,
          desc: 'Vải chín cây sấy nguyên quả bằng lò than hoa theo cách truyền thống, cùi khô dẻo màu nâu cánh gián. Vị ngọt đậm, thơm khói nhẹ.',
          variants: [
            { vi: 'túi 1 kg', en: '1 kg bag', unit: 'kg', moq: 20, cap: 20000, lead: 5, price: [120000, 160000], pack: 'Túi PE 1 kg' },
          ],
        },
        {
          vi: 'Vải thiều cấp đông IQF', en: 'IQF frozen lychees', cat: 'fruit', stars: null, hs: '081190', legacy: 'Bắc Giang', shelf: 540, storage: 'frozen', exportedTo: ['JP'], status: 'draft',
          desc: 'Vải bóc vỏ, bỏ hạt và cấp đông nhanh từng quả ở −35 °C ngay trong vụ. Dùng cho quán trà, làm kem và chè quanh năm.',
          variants: [
            { vi: 'thùng 10 kg', en: '10 kg carton', unit: 'kg', moq: 500, cap: 30000, lead: 7, price: [80000, 100000], pack: 'Thùng carton 10 kg, 5 túi PE 2 kg' },
          ],
        },
      ],
    },
  ],
  producers: [
    {
      key: 'tranh-dong-ho', legalName: 'Hộ kinh doanh Tranh dân gian Đông Hồ Nguyễn Đăng', province: 'bac-ninh', locality: 'thôn Đông Hồ, phường Thuận Thành',
      form: 'household', status: 'verified', contact: 'Nguyễn Đăng Tâm', readiness: 'none',
      descVi: 'Một trong số ít gia đình còn in tranh Đông Hồ bằng bản khắc gỗ và màu tự nhiên.',
      descEn: 'One of the few families still printing Dong Ho woodblock pictures with natural pigments.',
      lines: [
        {
          vi: 'Tranh dân gian Đông Hồ', en: 'Dong Ho folk woodblock print', cat: 'other-crafts', stars: 4, hs: '491191', shelf: null, exportedTo: ['FR'],
          desc: 'Tranh in thủ công trên giấy dó quét điệp, mỗi màu một bản khắc gỗ, màu lấy từ sỏi son, lá chàm, than lá tre và hoa hòe. Đề tài Đám cưới chuột, Lợn đàn, Vinh hoa – Phú quý.',
          descEn: 'Printed by hand on diep-coated do paper, one woodblock per colour, pigments from red ochre, indigo, bamboo charcoal and pagoda-tree flowers.',
          variants: [
            { vi: 'tranh lẻ 30 × 40 cm', en: 'single print 30 × 40 cm', unit: 'piece', moq: 20, cap: 3000, lead: 5, price: [80000, 150000], pack: 'Ống giấy cứng' },
            { vi: 'bộ 4 tranh tứ quý đóng khung', en: 'set of 4 seasons, framed', unit: 'piece', moq: 5, cap: 200, lead: 10, price: [800000, 1200000], pack: 'Khung gỗ, thùng carton' },
          ],
        },
      ],
    },
    {
      key: 'ga-doi-yen-the', legalName: 'Hợp tác xã Gà đồi Yên Thế', province: 'bac-ninh', locality: 'bản Ven, xã Yên Thế',
      form: 'cooperative', status: 'verified', contact: 'Hoàng Văn Quyết', readiness: 'good',
      descVi: 'HTX chăn nuôi gà thả đồi ở Yên Thế (tỉnh Bắc Giang cũ), có lò mổ đạt chuẩn và tem truy xuất từng con.',
      lines: [
        {
          vi: 'Gà đồi Yên Thế', en: 'Yen The hill chicken', cat: 'meat', stars: 4, hs: '020711', legacy: 'Bắc Giang', shelf: 5, storage: 'chilled',
          desc: 'Gà thả đồi dưới tán vải và bạch đàn, ăn ngô, thóc, nuôi trên bốn tháng, thịt chắc và ngọt, da giòn. Gà được giết mổ tại lò đạt chuẩn và gắn tem chỉ dẫn địa lý.',
          variants: [
            { vi: 'nguyên con làm sẵn 1,8–2,2 kg', en: 'dressed whole bird 1.8–2.2 kg', unit: 'kg', moq: 50, cap: 30000, lead: 2, price: [130000, 160000], pack: 'Túi hút chân không, thùng đá' },
            { vi: 'gà ủ muối hoa tiêu, con 1,2 kg', en: 'salt-baked with pepper, 1.2 kg bird', unit: 'piece', moq: 20, cap: 2000, lead: 2, price: [280000, 350000], pack: 'Hộp giấy bạc, túi giữ nhiệt' },
          ],
        },
        {
          vi: 'Trứng gà đồi Yên Thế', en: 'Yen The free-range eggs', cat: 'fresh-produce', stars: 3, hs: '040721', legacy: 'Bắc Giang', shelf: 21,
          desc: 'Trứng gà ri lai thả đồi, lòng đỏ đậm màu tự nhiên, không dùng chất tạo màu. Trứng được soi, lau sạch và in ngày đẻ.',
          variants: [
            { vi: 'hộp 10 quả', en: 'box of 10', unit: 'box', moq: 100, cap: 12000, lead: 2, price: [35000, 45000], pack: 'Hộp giấy 10 quả' },
          ],
        },
      ],
    },
    {
      key: 'mi-chu-nam-duong', legalName: 'Hợp tác xã Mì Chũ Nam Dương', province: 'bac-ninh', locality: 'thôn Thủ Dương, xã Nam Dương',
      form: 'cooperative', status: 'verified', contact: 'Vi Văn Hiếu', readiness: 'export',
      descVi: 'HTX làng nghề mì gạo Chũ (tỉnh Bắc Giang cũ) với dây chuyền tráng, phơi và đóng gói khép kín.',
      descEn: 'Chu rice-noodle craft village cooperative (former Bac Giang) with a closed forming, drying and packing line.',
      lines: [
        {
          vi: 'Mì Chũ Bắc Giang', en: 'Bac Giang Chu rice noodles', cat: 'dried-foods', stars: 4, hs: '190230', legacy: 'Bắc Giang', shelf: 365, exportedTo: ['JP', 'AU', 'DE'],
          desc: 'Sợi mì làm từ gạo Bao thai hồng, tráng mỏng, thái sợi và phơi nắng gió, không hàn the, không chất bảo quản. Sợi mì dai, trong, nấu nhanh và không nát.',
          variants: [
            { vi: 'gói 500 g', en: '500 g pack', unit: 'pack', moq: 200, cap: 60000, lead: 5, price: [22000, 28000], pack: 'Túi PE 500 g' },
            { vi: 'thùng 10 kg', en: '10 kg carton', unit: 'kg', moq: 200, cap: 80000, lead: 7, price: [40000, 50000], pack: 'Thùng carton 10 kg' },
          ],
        },
      ],
    },
    {
      key: 'banh-dau-xanh-thanh-dong', legalName: 'Công ty TNHH Bánh đậu xanh Thành Đông', province: 'hai-phong', locality: 'khu 3, phường Thành Đông',
      form: 'enterprise', status: 'verified', contact: 'Vũ Thị Hạnh', readiness: 'retail',
      descVi: 'Nhà sản xuất bánh đậu xanh và bánh gai ở Hải Dương cũ, đạt ISO 22000, có mặt ở các chuỗi siêu thị miền Bắc.',
      descEn: 'Mung bean cake and gai cake maker in former Hai Duong, ISO 22000, in northern supermarket chains.',
      lines: [
        {
          vi: 'Bánh đậu xanh Hải Dương', en: 'Hai Duong mung bean cakes', cat: 'confectionery', stars: 4, hs: '170490', legacy: 'Hải Dương', shelf: 180, exportedTo: ['US', 'AU'],
          desc: 'Đậu xanh đãi vỏ, sên với đường kính và mỡ lợn, ép khuôn thành từng viên vuông nhỏ bọc giấy thiếc. Bánh mịn, tan trong miệng, dùng với trà nóng.',
          variants: [
            { vi: 'hộp 250 g', en: '250 g box', unit: 'box', moq: 100, cap: 30000, lead: 5, price: [30000, 40000], pack: 'Hộp giấy 250 g, 20 viên' },
            { vi: 'hộp quà 8 hộp nhỏ', en: 'gift box of 8', unit: 'box', moq: 50, cap: 5000, lead: 5, price: [120000, 150000], pack: 'Hộp quà in nhũ' },
          ],
        },
        {
          vi: 'Bánh gai Ninh Giang', en: 'Ninh Giang ramie-leaf cakes', cat: 'confectionery', stars: 3, legacy: 'Hải Dương', shelf: 7,
          desc: 'Vỏ bánh từ lá gai giã nhuyễn với bột nếp, nhân đậu xanh, dừa, mỡ phần và vừng, gói lá chuối khô. Bánh dẻo, đen bóng, thơm mùi lá gai.',
          variants: [
            { vi: 'túi 10 chiếc', en: 'bag of 10', unit: 'pack', moq: 50, cap: 6000, lead: 2, price: [60000, 80000], pack: 'Túi giấy 10 chiếc' },
          ],
        },
      ],
    },
    {
      key: 'vai-thieu-thanh-ha', legalName: 'Hợp tác xã Vải thiều Thanh Hà', province: 'hai-phong', locality: 'thôn Thúy Lâm, xã Thanh Hà',
      form: 'cooperative', status: 'verified', contact: 'Nguyễn Văn Hòa', readiness: 'export',
      descVi: 'HTX 90 ha vải thiều Thanh Hà (tỉnh Hải Dương cũ) đạt GlobalG.A.P., có mã vùng trồng xuất khẩu.',
      lines: [
        {
          vi: 'Vải thiều Thanh Hà', en: 'Thanh Ha lychees', cat: 'fruit', stars: 4, months: [6, 7], hs: '081090', legacy: 'Hải Dương', shelf: 7, storage: 'chilled', exportedTo: ['JP', 'SG'],
          desc: 'Vải thiều Thanh Hà quả đều, vỏ đỏ tươi, cùi dày, hạt nhỏ, vị ngọt thanh, được bảo hộ chỉ dẫn địa lý. Hái sáng sớm, làm lạnh nhanh trước khi đóng thùng.',
          variants: [
            { vi: 'thùng 10 kg', en: '10 kg carton', unit: 'kg', moq: 300, cap: 150000, lead: 2, price: [30000, 45000], pack: 'Thùng carton 10 kg' },
            { vi: 'hàng xuất khẩu, thùng xốp 5 kg', en: 'export grade, 5 kg foam box', unit: 'kg', moq: 500, cap: 50000, lead: 3, price: [55000, 75000], pack: 'Thùng xốp có đá gel' },
          ],
        },
      ],
    },
    {
      key: 'nuoc-mam-cat-hai', legalName: 'Công ty Cổ phần Nước mắm Cát Hải', province: 'hai-phong', locality: 'thị trấn Cát Hải cũ, đặc khu Cát Hải',
      form: 'enterprise', status: 'verified', contact: 'Đào Văn Tuấn', readiness: 'good',
      descVi: 'Nhà thùng nước mắm truyền thống trên đảo Cát Hải, ủ chượp cá cơm, cá nục trong thùng gỗ.',
      lines: [
        {
          vi: 'Nước mắm Cát Hải', en: 'Cat Hai fish sauce', cat: 'seasonings', stars: 4, hs: '210390', shelf: 730,
          desc: 'Cá cơm và cá nục tươi trộn muối biển theo tỷ lệ ba cá một muối, ủ chượp trong thùng gỗ từ 12 đến 18 tháng. Nước mắm màu cánh gián, vị mặn đậm, hậu ngọt.',
          descEn: 'Fresh anchovy and scad with sea salt, three to one, aged 12–18 months in wooden vats: amber, deeply savoury, sweet finish.',
          variants: [
            { vi: 'chai 500 ml 35 độ đạm', en: '500 ml bottle, 35°N', unit: 'bottle', moq: 120, cap: 20000, lead: 5, price: [70000, 90000], pack: 'Chai thủy tinh 500 ml, thùng 12 chai' },
            { vi: 'can 2 lít 25 độ đạm cho nhà hàng', en: '2 litre can, 25°N, for restaurants', unit: 'l', moq: 100, cap: 30000, lead: 5, price: [60000, 75000], pack: 'Can nhựa 2 lít' },
          ],
        },
      ],
    },
    {
      key: 'gom-chu-dau', legalName: 'Hợp tác xã Gốm Chu Đậu', province: 'hai-phong', locality: 'thôn Chu Đậu, xã Thái Tân',
      form: 'cooperative', status: 'pending', contact: 'Phạm Văn Đức', readiness: 'good',
      descVi: 'HTX của nghệ nhân phục dựng gốm men lam Chu Đậu thế kỷ XV ở Nam Sách (tỉnh Hải Dương cũ).',
      lines: [
        {
          vi: 'Gốm Chu Đậu vẽ lam', en: 'Chu Dau blue-painted ceramics', cat: 'ceramics', stars: 4, hs: '691390', legacy: 'Hải Dương', shelf: null, exportedTo: ['JP', 'US'],
          desc: 'Gốm vẽ lam dưới men theo hoa văn gốm Chu Đậu thế kỷ XV, cốt gốm mỏng, men trắng ngà. Mỗi sản phẩm ký tên nghệ nhân dưới đáy.',
          variants: [
            { vi: 'đĩa trang trí 35 cm', en: '35 cm decorative plate', unit: 'piece', moq: 5, cap: 300, lead: 20, price: [900000, 1400000], pack: 'Hộp gỗ lót vải' },
            { vi: 'bình tỳ bà cao 40 cm', en: '40 cm pear-shaped vase', unit: 'piece', moq: 2, cap: 80, lead: 30, price: [2500000, 3500000], pack: 'Hộp gỗ lót vải' },
          ],
        },
      ],
    },
  ],
};
