import type { CatalogueRegion } from './catalogue-types.ts';

/** Quảng Trị (with the former Quảng Bình) and Huế. */
export const central: CatalogueRegion = {
  producers: [
    {
      key: 'khoai-deo-hai-ninh', legalName: 'Hợp tác xã Khoai deo Hải Ninh', province: 'quang-tri', locality: 'thôn Tây Ninh, xã Ninh Châu',
      form: 'cooperative', status: 'verified', contact: 'Trương Thị Hoa', readiness: 'good',
      descVi: 'HTX trồng khoai lang trên cát ven biển và làm khoai deo ở Quảng Ninh (tỉnh Quảng Bình cũ).',
      lines: [
        {
          vi: 'Khoai deo Quảng Bình', en: 'Quang Binh dried sweet potato', cat: 'dried-foods', stars: 4, hs: '071420', legacy: 'Quảng Bình', shelf: 180, months: [1, 2, 3, 4, 5, 11, 12],
          desc: 'Khoai lang ruột vàng trồng trên cát, hấp chín, thái lát rồi phơi nắng gió Lào cho đến khi dẻo. Vị ngọt tự nhiên, không đường, không chất bảo quản.',
          descEn: 'Yellow sweet potatoes grown in coastal sand, steamed, sliced and sun-dried until chewy; no sugar, no preservatives.',
          variants: [
            { vi: 'túi 500 g', en: '500 g bag', unit: 'pack', moq: 50, cap: 8000, lead: 5, price: [60000, 80000], pack: 'Túi zip 500 g' },
            { vi: 'thùng 10 kg', en: '10 kg carton', unit: 'kg', moq: 50, cap: 10000, lead: 5, price: [100000, 130000], pack: 'Thùng carton 10 kg lót PE' },
          ],
        },
      ],
    },
    {
      key: 'hai-san-nhat-le', legalName: 'Hộ kinh doanh Hải sản Nhật Lệ Võ Thị Thu', province: 'quang-tri', locality: 'tổ dân phố 6, phường Đồng Hới',
      form: 'household', status: 'verified', contact: 'Võ Thị Thu', readiness: 'basic',
      descVi: 'Thu mua mực câu từ tàu đánh cá cửa Nhật Lệ, phơi một nắng và cấp đông.',
      lines: [
        {
          vi: 'Mực một nắng Quảng Bình', en: 'Quang Binh one-sun dried squid', cat: 'seafood', stars: 4, hs: '030743', legacy: 'Quảng Bình', shelf: 180, storage: 'frozen',
          desc: 'Mực lá câu đêm, làm sạch và phơi đúng một nắng cho se mặt rồi cấp đông ngay. Nướng than hồng, thịt mực dày, ngọt và dai mềm.',
          variants: [
            { vi: 'túi 500 g', en: '500 g pack', unit: 'pack', moq: 20, cap: 2000, lead: 3, price: [300000, 380000], pack: 'Túi hút chân không 500 g' },
            { vi: 'theo kg, 6–8 con/kg', en: 'per kg, 6–8 squid', unit: 'kg', moq: 10, cap: 2500, lead: 3, price: [550000, 700000], pack: 'Túi hút chân không 1 kg, thùng xốp' },
          ],
        },
      ],
    },
    {
      key: 'ho-tieu-vinh-linh', legalName: 'Hợp tác xã Hồ tiêu Vĩnh Linh', province: 'quang-tri', locality: 'thôn Tân Mỹ, xã Vĩnh Linh',
      form: 'cooperative', status: 'verified', contact: 'Lê Văn Thiện', readiness: 'export',
      descVi: 'HTX trồng tiêu trên đất đỏ bazan Vĩnh Linh, chứng nhận hữu cơ, xuất khẩu sang Đức và Mỹ.',
      descEn: 'Organic pepper on Vinh Linh red basalt soil, exported to Germany and the US.',
      lines: [
        {
          vi: 'Hồ tiêu Vĩnh Linh', en: 'Vinh Linh black pepper', cat: 'seasonings', stars: 4, hs: '090411', shelf: 730, exportedTo: ['DE', 'US'],
          desc: 'Tiêu trồng trên trụ sống, hạt chắc, vỏ nhăn đều, dung trọng trên 550 g/l, cay nồng và thơm. Được bảo hộ chỉ dẫn địa lý Hồ tiêu Quảng Trị.',
          variants: [
            { vi: 'tiêu đen hạt, bao 25 kg', en: 'whole black, 25 kg bag', unit: 'kg', moq: 500, cap: 30000, lead: 10, price: [140000, 170000], pack: 'Bao PP 25 kg lót PE' },
            { vi: 'tiêu xay, hũ 100 g', en: 'ground, 100 g jar', unit: 'jar', moq: 100, cap: 8000, lead: 5, price: [40000, 55000], pack: 'Hũ thủy tinh nắp xay 100 g' },
          ],
        },
      ],
    },
    {
      key: 'duoc-lieu-hai-lang', legalName: 'Hợp tác xã Dược liệu Hải Lăng', province: 'quang-tri', locality: 'thôn Thượng Xá, xã Hải Lăng',
      form: 'cooperative', status: 'verified', contact: 'Nguyễn Thị Thảo', readiness: 'basic',
      descVi: 'HTX trồng cà gai leo theo GACP-WHO và chiết xuất cao dược liệu.',
      lines: [
        {
          vi: 'Cà gai leo Quảng Trị', en: 'Quang Tri Solanum procumbens herb', cat: 'herbal-medicine', stars: 3, hs: '121190', shelf: 540,
          desc: 'Toàn cây cà gai leo thu hái khi ra hoa, rửa sạch, thái đoạn và sấy khô. Dân gian dùng sắc nước uống hỗ trợ chức năng gan.',
          variants: [
            { vi: 'túi 500 g', en: '500 g bag', unit: 'pack', moq: 50, cap: 5000, lead: 5, price: [90000, 120000], pack: 'Túi zip 500 g' },
          ],
        },
        {
          vi: 'Cao cà gai leo Hải Lăng', en: 'Hai Lang Solanum procumbens extract', cat: 'functional-foods', stars: 4, hs: '130219', shelf: 730,
          desc: 'Cao đặc chiết từ cà gai leo và mật nhân, cô đặc ở nhiệt độ thấp. Mỗi hũ có số tự công bố và hướng dẫn liều dùng.',
          variants: [
            { vi: 'hũ 100 g', en: '100 g jar', unit: 'jar', moq: 30, cap: 3000, lead: 7, price: [250000, 320000], pack: 'Hũ thủy tinh 100 g, hộp giấy' },
          ],
        },
      ],
    },
    {
      key: 'homestay-chay-lap', legalName: 'Hộ kinh doanh Homestay Chày Lập Đinh Văn Phong', province: 'quang-tri', locality: 'thôn Chày Lập, xã Phúc Trạch',
      form: 'household', status: 'verified', contact: 'Đinh Văn Phong', readiness: 'none',
      descVi: 'Homestay bên sông Chày ở vùng đệm Phong Nha – Kẻ Bàng (tỉnh Quảng Bình cũ), tổ chức đi hang và chèo thuyền.',
      descEn: 'Riverside homestay in the Phong Nha–Ke Bang buffer zone (former Quang Binh), running cave and kayak trips.',
      lines: [
        {
          vi: 'Homestay và khám phá hang động Phong Nha', en: 'Phong Nha homestay and cave trip', cat: 'eco-tourism', stars: 3, legacy: 'Quảng Bình', shelf: null,
          desc: 'Khách ở nhà vườn bên sông Chày, đạp xe qua làng và tắm suối Nước Moọc, một ngày đi hang Tối và động Phong Nha. Giá gồm hướng dẫn viên, vé tham quan, bữa ăn và thuyền kayak.',
          variants: [
            { vi: 'gói 2 ngày 1 đêm, mỗi khách', en: '2 days 1 night, per guest', unit: 'piece', moq: 2, cap: 500, lead: 3, price: [1200000, 1800000], pack: 'Suất cho 1 khách' },
            { vi: 'gói 3 ngày 2 đêm, mỗi khách', en: '3 days 2 nights, per guest', unit: 'piece', moq: 2, cap: 300, lead: 5, price: [2200000, 2900000], pack: 'Suất cho 1 khách' },
          ],
        },
      ],
    },
    {
      key: 'dac-san-phu-xuan', legalName: 'Công ty TNHH Đặc sản Cố đô Phú Xuân', province: 'hue', locality: 'số 45 đường Trần Hưng Đạo, phường Phú Xuân',
      form: 'enterprise', status: 'verified', contact: 'Tôn Nữ Minh Thư', readiness: 'retail',
      descVi: 'Sản xuất mè xửng, tôm chua và các món quà Huế, có mặt ở sân bay Phú Bài và chuỗi siêu thị miền Trung.',
      descEn: 'Makes sesame brittle, sour shrimp and other Hue gifts, sold at Phu Bai airport and central supermarket chains.',
      lines: [
        {
          vi: 'Mè xửng Huế', en: 'Hue sesame peanut candy', cat: 'confectionery', stars: 4, hs: '170490', shelf: 180, exportedTo: ['US'],
          desc: 'Kẹo nấu từ mạch nha, đường và bột năng, phủ vừng rang và lạc, cắt miếng vuông gói giấy kính. Kẹo dẻo, không dính răng, thơm vừng.',
          variants: [
            { vi: 'hộp 250 g', en: '250 g box', unit: 'box', moq: 100, cap: 20000, lead: 5, price: [35000, 45000], pack: 'Hộp giấy 250 g' },
            { vi: 'hộp quà 500 g', en: '500 g gift box', unit: 'box', moq: 50, cap: 8000, lead: 5, price: [70000, 90000], pack: 'Hộp giấy in họa tiết cung đình' },
          ],
        },
        {
          vi: 'Tôm chua Huế', en: 'Hue sour shrimp', cat: 'seafood', stars: 3, hs: '160529', shelf: 60, storage: 'chilled',
          desc: 'Tôm đất đầm phá Tam Giang ủ chua cùng măng đu đủ, riềng, tỏi, ớt và rượu nếp. Ăn kèm thịt luộc, rau sống và bánh tráng.',
          variants: [
            { vi: 'hũ 500 g', en: '500 g jar', unit: 'jar', moq: 30, cap: 3000, lead: 3, price: [120000, 150000], pack: 'Hũ nhựa 500 g' },
          ],
        },
      ],
    },
    {
      key: 'non-la-phu-cam', legalName: 'Hợp tác xã Nón lá Phú Cam', province: 'hue', locality: 'làng Tây Hồ, xã Phú Vinh',
      form: 'cooperative', status: 'verified', contact: 'Nguyễn Thị Lài', readiness: 'basic',
      descVi: 'HTX của 120 thợ chằm nón ở làng Tây Hồ, giữ nghề nón bài thơ xứ Huế.',
      lines: [
        {
          vi: 'Nón bài thơ Huế', en: 'Hue poem conical hat', cat: 'other-crafts', stars: 4, hs: '650400', shelf: null, exportedTo: ['JP'],
          desc: 'Nón chằm hai lớp lá mỏng, giữa lót hình cắt giấy và câu thơ, soi lên nắng mới thấy. Mỗi chiếc có 16 vành tre chuốt tay, khâu bằng cước mảnh.',
          variants: [
            { vi: 'nón 16 vành', en: '16-ring hat', unit: 'piece', moq: 20, cap: 2000, lead: 7, price: [80000, 150000], pack: 'Túi vải, thùng 20 chiếc' },
            { vi: 'nón lá trơn cho đoàn khách', en: 'plain hat for tour groups', unit: 'piece', moq: 100, cap: 6000, lead: 7, price: [35000, 50000], pack: 'Chồng 20 chiếc, bọc nilon' },
          ],
        },
      ],
    },
    {
      key: 'tinh-dau-tram-phu-loc', legalName: 'Hợp tác xã Tinh dầu tràm Phú Lộc', province: 'hue', locality: 'thôn Hòa Mậu, xã Phú Lộc',
      form: 'cooperative', status: 'verified', contact: 'Hoàng Văn Hải', readiness: 'good',
      descVi: 'HTX chưng cất tinh dầu tràm gió từ rừng tràm ven phá Tam Giang – Cầu Hai.',
      lines: [
        {
          vi: 'Tinh dầu tràm Huế', en: 'Hue cajeput oil', cat: 'essential-oils', stars: 4, hs: '330129', shelf: 1095,
          desc: 'Tinh dầu chưng cất từ lá tràm gió, hàm lượng cineol cao, được các bà mẹ dùng giữ ấm cho trẻ nhỏ. Chai có nắp nhỏ giọt, tem chống giả.',
          descEn: 'Cajeput oil distilled from Melaleuca leaves, high in cineole, used by Vietnamese mothers to keep babies warm.',
          variants: [
            { vi: 'chai 50 ml', en: '50 ml bottle', unit: 'bottle', moq: 100, cap: 20000, lead: 5, price: [60000, 80000], pack: 'Chai thủy tinh 50 ml' },
            { vi: 'chai 100 ml', en: '100 ml bottle', unit: 'bottle', moq: 100, cap: 15000, lead: 5, price: [100000, 130000], pack: 'Chai thủy tinh 100 ml' },
            { vi: 'can 1 lít', en: '1 litre can', unit: 'l', moq: 10, cap: 1000, lead: 7, price: [700000, 900000], pack: 'Can nhôm 1 lít' },
          ],
        },
      ],
    },
    {
      key: 'lang-co-phuoc-tich', legalName: 'Hợp tác xã Du lịch làng cổ Phước Tích', province: 'hue', locality: 'làng Phước Tích, xã Phong Điền',
      form: 'cooperative', status: 'verified', contact: 'Lê Văn Tám', readiness: 'none',
      descVi: 'Làng gốm 500 năm tuổi bên sông Ô Lâu, đón khách tham quan nhà rường và làm gốm.',
      lines: [
        {
          vi: 'Tham quan làng cổ Phước Tích', en: 'Phuoc Tich ancient village visit', cat: 'community-tourism', stars: 3, shelf: null,
          desc: 'Khách tham quan những ngôi nhà rường cổ, miếu Bà Lò và bến sông Ô Lâu, tự nặn gốm cùng nghệ nhân. Bữa trưa là cơm làng với cá kho nồi đất.',
          variants: [
            { vi: 'nửa ngày có bữa trưa, mỗi khách', en: 'half day with lunch, per guest', unit: 'piece', moq: 4, cap: 1000, lead: 2, price: [350000, 500000], pack: 'Suất cho 1 khách' },
          ],
        },
        {
          vi: 'Gốm Phước Tích', en: 'Phuoc Tich pottery', cat: 'ceramics', stars: 3, hs: '691200', shelf: null, status: 'pending_review',
          desc: 'Gốm nung không men, màu đỏ gạch đến nâu sẫm, theo dáng nồi, niêu, om thời nhà Nguyễn. Dùng nấu cá kho, cơm niêu hoặc trang trí.',
          variants: [
            { vi: 'niêu đất nấu cơm', en: 'clay rice pot', unit: 'piece', moq: 20, cap: 800, lead: 10, price: [60000, 90000], pack: 'Bọc rơm, thùng carton' },
          ],
        },
      ],
    },
    {
      key: 'sen-tinh-tam', legalName: 'Công ty TNHH Sen Huế Tịnh Tâm', province: 'hue', locality: 'số 9 đường Lê Duẩn, phường Thuận Hóa',
      form: 'enterprise', status: 'verified', contact: 'Phan Thị Bích', readiness: 'retail',
      descVi: 'Thu mua sen từ các đầm sen quanh Huế, sản xuất hạt sen sấy và trà tim sen.',
      lines: [
        {
          vi: 'Hạt sen Huế', en: 'Hue lotus seeds', cat: 'dried-foods', stars: 4, hs: '121299', shelf: 365, exportedTo: ['SG'],
          desc: 'Hạt sen trắng, tròn, bóc vỏ và bỏ tim bằng tay, sấy khô ở nhiệt độ thấp. Nấu chè, hầm gà hoặc làm mứt sen Tết.',
          variants: [
            { vi: 'túi 500 g', en: '500 g bag', unit: 'pack', moq: 50, cap: 6000, lead: 5, price: [180000, 230000], pack: 'Túi zip 500 g' },
            { vi: 'thùng 10 kg', en: '10 kg carton', unit: 'kg', moq: 30, cap: 5000, lead: 7, price: [320000, 400000], pack: 'Thùng carton 10 kg' },
          ],
        },
        {
          vi: 'Trà tim sen Huế', en: 'Hue lotus embryo tea', cat: 'tea', stars: 3, hs: '121190', shelf: 540,
          desc: 'Tim sen sao vàng hạ thổ, hãm nước sôi uống thay trà. Vị đắng nhẹ, thanh, dân gian dùng giúp ngủ ngon.',
          variants: [
            { vi: 'hộp 100 g', en: '100 g box', unit: 'box', moq: 50, cap: 5000, lead: 5, price: [45000, 60000], pack: 'Hộp giấy 100 g' },
          ],
        },
      ],
    },
  ],
};
