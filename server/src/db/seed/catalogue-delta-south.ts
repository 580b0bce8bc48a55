import type { CatalogueRegion } from './catalogue-types.ts';

/** Hưng Yên (with the former Thái Bình) and Ninh Bình (with the former Hà Nam and Nam Định). */
export const deltaSouth: CatalogueRegion = {
  producers: [
    {
      key: 'nhan-long-pho-hien', legalName: 'Hợp tác xã Nhãn lồng Phố Hiến', province: 'hung-yen', locality: 'thôn Hồng Châu, phường Phố Hiến',
      form: 'cooperative', status: 'verified', contact: 'Đỗ Văn Khang', readiness: 'export',
      descVi: 'HTX 70 ha nhãn lồng đạt VietGAP, có mã số vùng trồng xuất khẩu và lò sấy long nhãn.',
      descEn: '70 ha of VietGAP longan with export growing-area codes and a drying house for dried longan.',
      lines: [
        {
          vi: 'Nhãn lồng Hưng Yên', en: 'Hung Yen longans', cat: 'fruit', stars: 4, months: [7, 8], hs: '081090', shelf: 7, exportedTo: ['US', 'AU'],
          desc: 'Nhãn lồng quả to, vỏ vàng sẫm, cùi dày, ráo và giòn, vị ngọt sắc, được bảo hộ chỉ dẫn địa lý Hưng Yên. Chùm nhãn được cắt cả cành lá để giữ tươi lâu.',
          descEn: 'Large longans with thick, crisp, dry flesh and an intense sweetness, protected geographical indication; cut with leaves on to stay fresh.',
          variants: [
            { vi: 'loại 1, thùng 10 kg', en: 'grade 1, 10 kg carton', unit: 'kg', moq: 200, cap: 80000, lead: 2, price: [45000, 70000], pack: 'Thùng carton 10 kg' },
            { vi: 'hàng xuất khẩu, thùng 5 kg', en: 'export grade, 5 kg carton', unit: 'kg', moq: 500, cap: 30000, lead: 3, price: [80000, 110000], pack: 'Thùng carton 5 kg, túi MAP', note: 'Đã xử lý chiếu xạ cho thị trường Mỹ và Úc.' },
          ],
        },
        {
          vi: 'Long nhãn Hưng Yên', en: 'Hung Yen dried longan', cat: 'dried-foods', stars: 4, hs: '081340', shelf: 365,
          desc: 'Cùi nhãn lồng bóc tay, sấy than hoa đến khi dẻo, màu vàng nâu trong. Dùng nấu chè, hãm trà hoặc làm vị thuốc an thần.',
          variants: [
            { vi: 'túi 500 g', en: '500 g bag', unit: 'pack', moq: 50, cap: 6000, lead: 5, price: [180000, 230000], pack: 'Túi zip 500 g' },
            { vi: 'thùng 10 kg', en: '10 kg carton', unit: 'kg', moq: 50, cap: 10000, lead: 7, price: [300000, 380000], pack: 'Thùng carton 10 kg lót PE' },
          ],
        },
      ],
    },
    {
      key: 'ga-dong-tao-le-truc', legalName: 'Hộ kinh doanh Trang trại gà Đông Tảo Lê Văn Trúc', province: 'hung-yen', locality: 'thôn Đông Tảo Đông, xã Khoái Châu',
      form: 'household', status: 'verified', contact: 'Lê Văn Trúc', readiness: 'basic',
      descVi: 'Trang trại giữ giống gà Đông Tảo thuần chủng, nuôi thả vườn trên 2 ha.',
      lines: [
        {
          vi: 'Gà Đông Tảo', en: 'Dong Tao chicken', cat: 'meat', stars: 4, hs: '020711', shelf: 3, storage: 'chilled',
          desc: 'Giống gà chân to đặc hữu của làng Đông Tảo, nuôi thả vườn từ 8 đến 12 tháng. Thịt chắc, da giòn, đôi chân là phần được ưa chuộng nhất.',
          descEn: 'The thick-legged native breed of Dong Tao, free-range for 8–12 months: firm meat, crisp skin and prized legs.',
          variants: [
            { vi: 'gà thịt làm sẵn 3–4 kg', en: 'dressed, 3–4 kg', unit: 'kg', moq: 10, cap: 1500, lead: 2, price: [350000, 450000], pack: 'Túi hút chân không, thùng đá' },
            { vi: 'gà trống biếu Tết 4–5 kg', en: 'Tet gift rooster 4–5 kg', unit: 'piece', moq: 1, cap: 200, lead: 3, price: [2500000, 4000000], pack: 'Hộp quà, giao trong ngày' },
          ],
        },
      ],
    },
    {
      key: 'tuong-ban-my-hao', legalName: 'Hợp tác xã Tương Bần Mỹ Hào', province: 'hung-yen', locality: 'khu phố Bần, phường Mỹ Hào',
      form: 'cooperative', status: 'verified', contact: 'Nguyễn Thị Mai', readiness: 'basic',
      descVi: 'HTX của các gia đình làm tương ở làng Bần Yên Nhân, phơi tương trong chum sành ngoài nắng.',
      lines: [
        {
          vi: 'Tương Bần Hưng Yên', en: 'Ban soybean sauce', cat: 'seasonings', stars: 4, hs: '210310', shelf: 365,
          desc: 'Tương làm từ xôi nếp cái hoa vàng ủ mốc, đậu tương rang và muối, phơi trong chum sành từ ba tháng trở lên. Tương sánh, màu nâu đỏ, vị ngọt bùi, chấm rau luộc và thịt luộc.',
          variants: [
            { vi: 'chai 500 ml', en: '500 ml bottle', unit: 'bottle', moq: 100, cap: 20000, lead: 5, price: [30000, 40000], pack: 'Chai thủy tinh 500 ml, thùng 20 chai' },
            { vi: 'can 5 lít', en: '5 litre can', unit: 'l', moq: 50, cap: 10000, lead: 5, price: [45000, 60000], pack: 'Can nhựa 5 lít' },
          ],
        },
      ],
    },
    {
      key: 'banh-cay-lang-nguyen', legalName: 'Hợp tác xã Bánh cáy làng Nguyễn', province: 'hung-yen', locality: 'thôn Nguyễn, xã Đông Hưng',
      form: 'cooperative', status: 'verified', contact: 'Phạm Thị Dung', readiness: 'good',
      descVi: 'HTX giữ nghề bánh cáy của làng Nguyễn (tỉnh Thái Bình cũ), sản phẩm bày bán ở các điểm OCOP và cửa hàng quà quê.',
      lines: [
        {
          vi: 'Bánh cáy làng Nguyễn', en: 'Lang Nguyen rice crisp bars', cat: 'confectionery', stars: 4, hs: '190590', legacy: 'Thái Bình', shelf: 120,
          desc: 'Bánh làm từ nếp cái hoa vàng rang nổ, mạch nha, gừng, vừng, lạp sườn và vỏ quýt, nén khuôn rồi cắt thỏi. Bánh giòn, ngọt thơm, nhiều màu như trứng cáy.',
          variants: [
            { vi: 'hộp 300 g', en: '300 g box', unit: 'box', moq: 100, cap: 10000, lead: 5, price: [45000, 60000], pack: 'Hộp giấy 300 g' },
          ],
        },
      ],
    },
    {
      key: 'de-nui-hoa-lu', legalName: 'Hộ kinh doanh Dê núi Hoa Lư Đinh Văn Sơn', province: 'ninh-binh', locality: 'thôn Văn Lâm, phường Hoa Lư',
      form: 'household', status: 'verified', contact: 'Đinh Văn Sơn', readiness: 'none',
      descVi: 'Nuôi dê thả trên núi đá vôi Hoa Lư, cung cấp thịt dê cho nhà hàng quanh Tràng An.',
      lines: [
        {
          vi: 'Thịt dê núi Ninh Bình', en: 'Ninh Binh mountain goat meat', cat: 'meat', stars: 3, hs: '020450', shelf: 4, storage: 'chilled',
          desc: 'Dê thả trên núi đá vôi, ăn lá cây rừng, thịt săn chắc, ít mỡ và không hôi. Dê được giết mổ trong ngày, pha lọc theo yêu cầu của nhà hàng.',
          variants: [
            { vi: 'thịt tươi theo kg', en: 'fresh meat per kg', unit: 'kg', moq: 10, cap: 2000, lead: 1, price: [280000, 350000], pack: 'Túi PE, thùng đá' },
          ],
        },
      ],
    },
    {
      key: 'com-chay-hoa-lu', legalName: 'Công ty TNHH Cơm cháy Hoa Lư', province: 'ninh-binh', locality: 'khu công nghiệp Gián Khẩu, xã Gia Trấn',
      form: 'enterprise', status: 'verified', contact: 'Trần Minh Đức', readiness: 'retail',
      descVi: 'Nhà máy cơm cháy đạt HACCP, phân phối qua các chuỗi siêu thị và cửa hàng tiện lợi toàn quốc.',
      descEn: 'HACCP crispy-rice factory, sold through supermarket and convenience chains nationwide.',
      lines: [
        {
          vi: 'Cơm cháy chà bông Ninh Bình', en: 'Ninh Binh crispy rice with pork floss', cat: 'processed-foods', stars: 4, hs: '190490', shelf: 120, exportedTo: ['KR'],
          desc: 'Cơm gạo tám nấu bằng nồi gang, cán mỏng, phơi khô rồi chiên giòn, phủ mỡ hành và chà bông. Giòn rụm, béo và đậm vị, đóng túi có khí nitơ.',
          variants: [
            { vi: 'túi 200 g', en: '200 g bag', unit: 'pack', moq: 200, cap: 50000, lead: 5, price: [35000, 45000], pack: 'Túi zip bơm nitơ 200 g' },
            { vi: 'thùng 30 túi', en: 'carton of 30 bags', unit: 'carton', moq: 10, cap: 1500, lead: 5, price: [950000, 1200000], pack: 'Thùng carton 30 túi 200 g' },
          ],
        },
      ],
    },
    {
      key: 'gao-tam-hai-hau', legalName: 'Hợp tác xã Gạo tám xoan Hải Hậu', province: 'ninh-binh', locality: 'xóm 4, xã Hải Hậu',
      form: 'cooperative', status: 'verified', contact: 'Vũ Văn Thịnh', readiness: 'good',
      descVi: 'HTX trồng lúa tám xoan trên đất phù sa ven biển Hải Hậu (tỉnh Nam Định cũ), có nhà máy xay xát và đóng gói.',
      lines: [
        {
          vi: 'Gạo tám xoan Hải Hậu', en: 'Hai Hau Tam Xoan fragrant rice', cat: 'rice-grains', stars: 4, hs: '100630', legacy: 'Nam Định', shelf: 365,
          desc: 'Giống lúa tám xoan cổ, hạt nhỏ, thon, hơi vẹo một đầu, cơm dẻo, thơm lâu cả khi nguội. Được bảo hộ chỉ dẫn địa lý Hải Hậu, chỉ cấy vụ mùa.',
          variants: [
            { vi: 'túi 5 kg', en: '5 kg bag', unit: 'bag', moq: 100, cap: 15000, lead: 5, price: [130000, 160000], pack: 'Túi PA hút chân không 5 kg' },
            { vi: 'bao 25 kg', en: '25 kg sack', unit: 'sack', moq: 20, cap: 3000, lead: 5, price: [620000, 720000], pack: 'Bao PP 25 kg' },
          ],
        },
      ],
    },
    {
      key: 'cay-canh-vi-khe', legalName: 'Hợp tác xã Hoa cây cảnh Vị Khê', province: 'ninh-binh', locality: 'thôn Vị Khê, xã Nam Trực',
      form: 'cooperative', status: 'verified', contact: 'Trần Văn Quý', readiness: 'basic',
      descVi: 'Làng hoa cây cảnh Vị Khê (tỉnh Nam Định cũ), hơn 700 năm nghề tạo dáng cây thế.',
      lines: [
        {
          vi: 'Cây cảnh bonsai Vị Khê', en: 'Vi Khe bonsai', cat: 'ornamental-plants', stars: 4, hs: '060290', legacy: 'Nam Định', shelf: null,
          desc: 'Cây sanh, si, linh sam và duối được nghệ nhân uốn tạo dáng nhiều năm theo lối cây thế truyền thống. Cây đã ổn định trong chậu, kèm hướng dẫn chăm sóc.',
          variants: [
            { vi: 'bonsai mini cao 30 cm', en: 'mini bonsai, 30 cm', unit: 'piece', moq: 10, cap: 800, lead: 5, price: [300000, 600000], pack: 'Chậu gốm, thùng carton' },
            { vi: 'cây thế cao 80 cm', en: 'shaped tree, 80 cm', unit: 'piece', moq: 1, cap: 60, lead: 7, price: [2500000, 6000000], pack: 'Chậu xi măng, giao bằng xe tải' },
          ],
        },
        {
          vi: 'Quất cảnh Tết Vị Khê', en: 'Vi Khe Tet kumquat tree', cat: 'ornamental-plants', stars: 3, months: [12, 1, 2], hs: '060290', legacy: 'Nam Định', shelf: null,
          desc: 'Quất được hãm để quả chín vàng đều đúng dịp Tết, tán tròn, lá xanh bóng. Giao cả chậu, nhận chăm sóc lại sau Tết.',
          variants: [
            { vi: 'chậu cao 1–1,2 m', en: '1–1.2 m potted', unit: 'piece', moq: 5, cap: 1500, lead: 3, price: [500000, 1500000], pack: 'Chậu sành, bọc lưới' },
          ],
        },
      ],
    },
    {
      key: 'chuoi-ngu-dai-hoang', legalName: 'Hợp tác xã Chuối ngự Đại Hoàng', province: 'ninh-binh', locality: 'thôn Đại Hoàng, xã Nhân Hà',
      form: 'cooperative', status: 'pending', contact: 'Trần Thị Hồng', readiness: 'basic',
      descVi: 'HTX trồng chuối ngự ở làng Đại Hoàng (tỉnh Hà Nam cũ), quê hương của nhà văn Nam Cao.',
      lines: [
        {
          vi: 'Chuối ngự Đại Hoàng', en: 'Dai Hoang royal bananas', cat: 'fruit', stars: 4, hs: '080390', legacy: 'Hà Nam', shelf: 7,
          desc: 'Giống chuối quả nhỏ, vỏ mỏng, chín vàng óng, thịt dẻo thơm, xưa dùng để tiến vua. Chuối được ủ chín tự nhiên, không dùng hóa chất.',
          variants: [
            { vi: 'nải, thùng 10 kg', en: 'hands, 10 kg carton', unit: 'kg', moq: 50, cap: 20000, lead: 3, price: [30000, 45000], pack: 'Thùng carton 10 kg' },
            { vi: 'buồng chuối tiến 2–3 nải', en: 'ceremonial bunch, 2–3 hands', unit: 'piece', moq: 5, cap: 1000, lead: 5, price: [250000, 400000], pack: 'Bọc giấy, hộp carton' },
          ],
        },
      ],
    },
    {
      key: 'theu-ren-van-lam', legalName: 'Hợp tác xã Thêu ren Văn Lâm', province: 'ninh-binh', locality: 'thôn Văn Lâm, phường Hoa Lư',
      form: 'cooperative', status: 'verified', contact: 'Lê Thị Thanh', readiness: 'export',
      descVi: 'HTX thêu tay của làng Văn Lâm với 200 thợ, xuất khẩu khăn trải bàn và tranh thêu sang Pháp, Đức.',
      lines: [
        {
          vi: 'Khăn trải bàn thêu tay Văn Lâm', en: 'Van Lam hand-embroidered tablecloth', cat: 'textiles', stars: 3, hs: '630291', shelf: null, exportedTo: ['FR', 'DE'],
          desc: 'Khăn vải lanh thêu tay họa tiết hoa sen và chuồn chuồn bằng chỉ cotton, đường thêu ren rút sợi quanh mép. Một chiếc khăn lớn mất khoảng hai tuần thêu.',
          variants: [
            { vi: 'khăn 1,2 × 1,8 m', en: '1.2 × 1.8 m', unit: 'piece', moq: 5, cap: 300, lead: 20, price: [900000, 1500000], pack: 'Hộp giấy, túi vải' },
          ],
        },
        {
          vi: 'Tranh thêu phong cảnh Tràng An', en: 'Trang An embroidered landscape', cat: 'textiles', stars: 3, hs: '581099', shelf: null,
          desc: 'Tranh thêu tay bằng chỉ tơ trên nền lụa, cảnh núi đá và sông Sào Khê. Đóng khung gỗ có kính.',
          variants: [
            { vi: 'khổ 40 × 60 cm, có khung', en: '40 × 60 cm, framed', unit: 'piece', moq: 3, cap: 150, lead: 20, price: [1200000, 2000000], pack: 'Khung gỗ, thùng carton có góc xốp' },
          ],
        },
      ],
    },
  ],
};
