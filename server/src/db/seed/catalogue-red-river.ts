import type { CatalogueRegion } from './catalogue-types.ts';

/** Hà Nội and Quảng Ninh. */
export const redRiver: CatalogueRegion = {
  producers: [
    {
      key: 'gom-bat-trang-hong-phuc', legalName: 'Công ty TNHH Gốm Bát Tràng Hồng Phúc', tradingName: 'Gốm Hồng Phúc', province: 'ha-noi', locality: 'thôn Giang Cao, xã Bát Tràng',
      form: 'enterprise', status: 'verified', contact: 'Lê Văn Phúc', readiness: 'export', website: 'https://gomhongphuc.example.vn',
      descVi: 'Xưởng gốm gia đình ba đời ở Bát Tràng, 40 thợ vẽ tay, lò ga 12 m³, xuất khẩu sang Nhật Bản, Pháp và Mỹ.',
      descEn: 'Third-generation Bat Trang workshop with 40 hand painters and a 12 m³ gas kiln, exporting to Japan, France and the US.',
      lines: [
        {
          vi: 'Bộ ấm chén men lam Bát Tràng', en: 'Bat Trang blue-glaze tea set', cat: 'ceramics', stars: 4, hs: '691200', shelf: null, exportedTo: ['JP', 'FR'],
          desc: 'Bộ ấm chén vẽ tay men lam trên nền men trắng ngà, nung ở 1.250 °C. Mỗi bộ gồm một ấm, sáu chén, một tống và khay, men an toàn với thực phẩm.',
          descEn: 'Hand-painted cobalt blue on ivory glaze, fired at 1,250 °C: a teapot, six cups, a pitcher and a tray, food-safe glaze.',
          variants: [
            { vi: 'bộ ấm 0,6 lít', en: '0.6 litre set', unit: 'piece', moq: 20, cap: 1500, lead: 10, price: [450000, 650000], pack: 'Hộp giấy lót xốp, thùng 6 bộ' },
            { vi: 'bộ ấm 1 lít vẽ hoa sen', en: '1 litre lotus set', unit: 'piece', moq: 10, cap: 600, lead: 15, price: [850000, 1200000], pack: 'Hộp gỗ thông lót vải' },
          ],
        },
        {
          vi: 'Bình hoa men rạn Bát Tràng', en: 'Bat Trang crackle-glaze vase', cat: 'ceramics', stars: 4, hs: '691390', shelf: null, exportedTo: ['US'],
          desc: 'Men rạn cổ được tạo bằng cách làm nguội nhanh sau khi nung, vết rạn được xoa mực tàu cho nổi rõ. Dáng bình tỳ bà, đắp nổi hoa sen hoặc tứ quý.',
          variants: [
            { vi: 'cao 30 cm', en: '30 cm tall', unit: 'piece', moq: 20, cap: 1000, lead: 15, price: [350000, 500000], pack: 'Hộp carton 5 lớp lót xốp' },
            { vi: 'cao 60 cm', en: '60 cm tall', unit: 'piece', moq: 5, cap: 200, lead: 20, price: [1200000, 1800000], pack: 'Thùng gỗ đóng kiện' },
          ],
        },
        {
          vi: 'Bát đĩa men lam cho nhà hàng', en: 'Blue-glaze tableware for restaurants', cat: 'ceramics', stars: 3, hs: '691200', shelf: null,
          desc: 'Bát, đĩa vẽ tay họa tiết chuồn chuồn và hoa cúc, dày dặn, chịu được máy rửa bát. Nhận in logo nhà hàng dưới đáy bằng men.',
          variants: [
            { vi: 'bát cơm 11,5 cm', en: '11.5 cm rice bowl', unit: 'piece', moq: 500, cap: 20000, lead: 20, price: [14000, 20000], pack: 'Thùng carton 50 chiếc' },
            { vi: 'đĩa 25 cm', en: '25 cm plate', unit: 'piece', moq: 300, cap: 10000, lead: 20, price: [45000, 65000], pack: 'Thùng carton 30 chiếc' },
          ],
        },
      ],
    },
    {
      key: 'lua-van-phuc', legalName: 'Hợp tác xã Dệt lụa Vạn Phúc', province: 'ha-noi', locality: 'làng Vạn Phúc, phường Hà Đông',
      form: 'cooperative', status: 'verified', contact: 'Triệu Thị Hương', readiness: 'good',
      descVi: 'HTX của 32 hộ dệt ở làng lụa Vạn Phúc, giữ nghề dệt lụa tơ tằm hoa chìm trên khung Jacquard.',
      descEn: 'Thirty-two weaving households in Van Phuc silk village, keeping jacquard-woven mulberry silk alive.',
      lines: [
        {
          vi: 'Khăn lụa tơ tằm Vạn Phúc', en: 'Van Phuc mulberry silk scarf', cat: 'textiles', stars: 4, hs: '621410', shelf: null, exportedTo: ['FR', 'JP'],
          desc: 'Khăn dệt từ tơ tằm trên khung Jacquard của làng Vạn Phúc, hoa văn chìm hình hoa sen và chữ thọ. Mặt lụa mềm, óng, nhuộm màu thân thiện với da.',
          descEn: 'Mulberry silk woven on Van Phuc jacquard looms with hidden lotus and longevity motifs; soft sheen, skin-friendly dyes.',
          variants: [
            { vi: 'khăn dài 50 × 160 cm', en: '50 × 160 cm stole', unit: 'piece', moq: 20, cap: 1500, lead: 7, price: [250000, 380000], pack: 'Hộp giấy có thẻ chứng nhận' },
            { vi: 'khăn vuông 90 × 90 cm', en: '90 × 90 cm square', unit: 'piece', moq: 20, cap: 1000, lead: 7, price: [300000, 450000], pack: 'Hộp giấy có thẻ chứng nhận' },
          ],
        },
        {
          vi: 'Lụa tơ tằm Vạn Phúc may áo dài', en: 'Van Phuc silk for ao dai', cat: 'textiles', stars: 4, hs: '500720', shelf: null,
          desc: 'Lụa hoa chìm khổ 90 cm, đủ may một bộ áo dài, có hơn 60 màu. Vải dệt chặt, rủ mềm, không bai sau khi giặt tay.',
          variants: [
            { vi: 'súc 3 m', en: '3 m length', unit: 'piece', moq: 10, cap: 800, lead: 7, price: [1200000, 1800000], pack: 'Súc vải cuộn ống, túi vải' },
          ],
        },
      ],
    },
    {
      key: 'dao-nhat-tan', legalName: 'Hộ kinh doanh Vườn đào Nguyễn Văn Thành', province: 'ha-noi', locality: 'Nhật Tân, phường Tây Hồ',
      form: 'household', status: 'verified', contact: 'Nguyễn Văn Thành', readiness: 'none',
      descVi: 'Vườn đào gia đình ven sông Hồng, trồng và uốn đào thế, đào cành cho dịp Tết.',
      lines: [
        {
          vi: 'Cành đào Nhật Tân', en: 'Nhat Tan peach blossom branch', cat: 'flowers', stars: 3, months: [1, 2], hs: '060319', shelf: 14,
          desc: 'Đào phai cánh kép màu hồng thắm, nụ mập, được hãm cho nở đúng dịp Tết. Cành được bó rơm, bọc lưới và giao tận nơi trong nội thành.',
          variants: [
            { vi: 'cành cao 1,5–2 m', en: '1.5–2 m branch', unit: 'piece', moq: 10, cap: 800, lead: 2, price: [300000, 800000], pack: 'Bó rơm, bọc lưới' },
          ],
        },
        {
          vi: 'Đào thế Nhật Tân', en: 'Nhat Tan shaped peach tree', cat: 'ornamental-plants', stars: 4, months: [12, 1, 2], hs: '060290', shelf: null,
          desc: 'Gốc đào được uốn thế từ ba đến năm năm, dáng trực, dáng hoành hoặc thác đổ, trồng trong chậu sành. Cây được chăm để ra hoa đúng mùng Một Tết và có thể trả về vườn sau Tết.',
          variants: [
            { vi: 'gốc cao 1,2 m trong chậu', en: '1.2 m in a pot', unit: 'piece', moq: 1, cap: 150, lead: 3, price: [3000000, 8000000], pack: 'Chậu sành, giao bằng xe tải nhỏ' },
          ],
        },
      ],
    },
    {
      key: 'koi-soc-son', legalName: 'Công ty TNHH Trang trại Cá Koi Sóc Sơn', province: 'ha-noi', locality: 'thôn Đông Đoài, xã Sóc Sơn',
      form: 'enterprise', status: 'pending', contact: 'Vũ Đức Mạnh', readiness: 'good',
      descVi: 'Trang trại 6 ha ao đất nhân giống cá Koi từ cá bố mẹ nhập từ Nhật Bản.',
      lines: [
        {
          vi: 'Cá Koi Việt Nam', en: 'Vietnamese-bred koi', cat: 'ornamental-animals', stars: null, hs: '030111', shelf: null,
          desc: 'Cá Koi nuôi trong ao đất từ cá bố mẹ nhập từ Nhật Bản, các dòng Kohaku, Showa và Sanke. Cá được cách ly, kiểm tra bệnh và đóng túi oxy khi giao.',
          descEn: 'Kohaku, Showa and Sanke koi raised in mud ponds from Japanese broodstock, quarantined, health-checked and shipped in oxygen bags.',
          variants: [
            { vi: 'cỡ 15–20 cm', en: '15–20 cm', unit: 'piece', moq: 20, cap: 3000, lead: 3, price: [150000, 300000], pack: 'Túi oxy trong thùng xốp' },
            { vi: 'cỡ 35–40 cm', en: '35–40 cm', unit: 'piece', moq: 5, cap: 400, lead: 5, price: [1200000, 2500000], pack: 'Túi oxy trong thùng xốp' },
          ],
        },
      ],
    },
    {
      key: 'lang-co-duong-lam', legalName: 'Hợp tác xã Du lịch Làng cổ Đường Lâm', province: 'ha-noi', locality: 'thôn Mông Phụ, phường Sơn Tây',
      form: 'cooperative', status: 'verified', contact: 'Hà Hữu Thể', readiness: 'basic',
      descVi: 'HTX của các hộ trong làng cổ Đường Lâm đón khách tham quan nhà cổ, làm chè lam và nấu cỗ làng.',
      lines: [
        {
          vi: 'Tham quan và ẩm thực làng cổ Đường Lâm', en: 'Duong Lam ancient village tour and food', cat: 'community-tourism', stars: 4, shelf: null,
          desc: 'Khách đi bộ qua cổng làng Mông Phụ, đình làng và những ngôi nhà đá ong hơn 300 năm tuổi, học làm kẹo dồi, chè lam cùng người làng. Bữa trưa có gà Mía, thịt quay đòn và tương Đường Lâm.',
          descEn: 'Walk through Mong Phu gate, the communal house and 300-year-old laterite homes, make peanut candy with villagers, then a village lunch.',
          variants: [
            { vi: 'nửa ngày có bữa trưa, mỗi khách', en: 'half day with lunch, per guest', unit: 'piece', moq: 4, cap: 2000, lead: 2, price: [450000, 650000], pack: 'Suất cho 1 khách' },
          ],
        },
        {
          vi: 'Chè lam Đường Lâm', en: 'Duong Lam ginger rice cake', cat: 'confectionery', stars: 3, shelf: 30,
          desc: 'Bánh làm từ bột nếp cái hoa vàng rang, mật mía, gừng và lạc, cắt miếng vuông lăn bột. Dẻo, thơm gừng, ngọt vừa.',
          variants: [
            { vi: 'hộp 500 g', en: '500 g box', unit: 'box', moq: 30, cap: 3000, lead: 3, price: [60000, 80000], pack: 'Hộp giấy 500 g' },
          ],
        },
        {
          vi: 'Gà Mía Đường Lâm', en: 'Duong Lam Mia chicken', cat: 'meat', stars: 3, hs: '020711', shelf: 3, storage: 'chilled',
          desc: 'Giống gà Mía bản địa chân to, da vàng, nuôi thả vườn tám tháng trở lên. Thịt chắc, ngọt, là món không thể thiếu trong mâm cỗ làng.',
          variants: [
            { vi: 'con làm sẵn 2,5–3 kg', en: 'dressed, 2.5–3 kg', unit: 'kg', moq: 10, cap: 1500, lead: 2, price: [180000, 230000], pack: 'Túi hút chân không, thùng đá' },
          ],
        },
      ],
    },
    {
      key: 'cha-muc-ha-long', legalName: 'Công ty TNHH Chả mực Hạ Long Biển Xanh', province: 'quang-ninh', locality: 'tổ 5, phường Hồng Gai',
      form: 'enterprise', status: 'verified', contact: 'Phạm Thị Thủy', readiness: 'retail',
      descVi: 'Xưởng chả mực giã tay đạt HACCP, cấp đông nhanh, giao cho siêu thị ở Hà Nội, Hải Phòng và xuất khẩu Hàn Quốc.',
      descEn: 'HACCP-certified hand-pounded squid cake workshop, blast-frozen, supplying northern supermarkets and Korea.',
      lines: [
        {
          vi: 'Chả mực Hạ Long', en: 'Ha Long squid cakes', cat: 'seafood', stars: 5, hs: '160554', shelf: 180, storage: 'frozen', exportedTo: ['KR'],
          desc: 'Mực tươi đánh bắt trong vịnh Bắc Bộ được giã tay bằng cối đá, không pha bột, chỉ thêm thì là và hạt tiêu. Chả dai, giòn sần sật và thơm ngọt.',
          descEn: 'Fresh Gulf of Tonkin squid pounded by hand in stone mortars, no starch, only dill and pepper: springy, crunchy and sweet.',
          variants: [
            { vi: 'hộp 500 g cấp đông', en: '500 g frozen box', unit: 'box', moq: 50, cap: 8000, lead: 3, price: [190000, 230000], pack: 'Hộp nhựa 500 g, thùng xốp đá khô' },
            { vi: 'khay 1 kg', en: '1 kg tray', unit: 'kg', moq: 20, cap: 6000, lead: 3, price: [350000, 420000], pack: 'Khay hút chân không 1 kg' },
          ],
        },
        {
          vi: 'Chả cá thu Hạ Long', en: 'Ha Long mackerel fish cakes', cat: 'seafood', stars: 3, hs: '160415', shelf: 180, storage: 'frozen',
          desc: 'Cá thu phi lê xay cùng thì là và hành, quết dẻo rồi chiên sơ. Chỉ cần rán lại hoặc nấu canh chua.',
          variants: [
            { vi: 'khay 500 g', en: '500 g tray', unit: 'pack', moq: 50, cap: 5000, lead: 3, price: [120000, 150000], pack: 'Khay hút chân không 500 g' },
          ],
        },
      ],
    },
    {
      key: 'tra-hoa-vang-ba-che', legalName: 'Hợp tác xã Trà hoa vàng Ba Chẽ', province: 'quang-ninh', locality: 'thôn Khe Lào, xã Ba Chẽ',
      form: 'cooperative', status: 'verified', contact: 'Chíu Văn Sáng', readiness: 'good',
      descVi: 'HTX người Dao thanh y trồng trà hoa vàng và ba kích tím dưới tán rừng Ba Chẽ.',
      lines: [
        {
          vi: 'Trà hoa vàng Ba Chẽ', en: 'Ba Che golden camellia tea', cat: 'tea', stars: 5, hs: '121190', shelf: 540,
          desc: 'Bông trà hoa vàng (Camellia chrysantha) hái khi vừa nở, sấy lạnh giữ nguyên màu vàng. Nước trà vàng óng, vị ngọt dịu, hương thoang thoảng.',
          descEn: 'Golden camellia flowers picked as they open and freeze-dried to keep their colour; a golden, gently sweet infusion.',
          variants: [
            { vi: 'hộp 30 bông', en: 'box of 30 flowers', unit: 'box', moq: 30, cap: 2000, lead: 5, price: [350000, 450000], pack: 'Hộp gỗ 30 bông' },
            { vi: 'lá trà, hộp 50 g', en: 'leaves, 50 g box', unit: 'box', moq: 50, cap: 3000, lead: 5, price: [120000, 160000], pack: 'Hộp giấy 50 g' },
          ],
        },
        {
          vi: 'Ba kích tím Quảng Ninh', en: 'Quang Ninh morinda root', cat: 'herbal-medicine', stars: 4, hs: '121190', shelf: 540,
          desc: 'Rễ ba kích tím trồng dưới tán rừng từ ba năm trở lên, rửa sạch, bỏ lõi và sấy khô. Thường dùng ngâm rượu hoặc sắc uống theo chỉ dẫn của thầy thuốc.',
          variants: [
            { vi: 'củ khô bỏ lõi, túi 500 g', en: 'dried, cored, 500 g', unit: 'pack', moq: 20, cap: 1500, lead: 5, price: [250000, 320000], pack: 'Túi zip 500 g' },
          ],
        },
      ],
    },
    {
      key: 'hai-san-van-don', legalName: 'Hộ kinh doanh Hải sản Quan Lạn Trần Văn Hải', province: 'quang-ninh', locality: 'thôn Đoài, đặc khu Vân Đồn',
      form: 'household', status: 'verified', contact: 'Trần Văn Hải', readiness: 'basic',
      descVi: 'Thu mua, phơi sấy sá sùng và nuôi hàu ở đảo Quan Lạn.',
      lines: [
        {
          vi: 'Sá sùng khô Quan Lạn', en: 'Quan Lan dried peanut worms', cat: 'seafood', stars: 4, hs: '030829', shelf: 365,
          desc: 'Sá sùng đào trên bãi cát Quan Lạn lúc triều rút, lộn ruột, rửa sạch cát rồi phơi nắng và sao vàng. Dùng ngọt nước phở, nước lèo hoặc nướng chấm tương ớt.',
          variants: [
            { vi: 'túi 100 g', en: '100 g bag', unit: 'pack', moq: 20, cap: 500, lead: 5, price: [350000, 450000], pack: 'Túi zip 100 g' },
            { vi: 'theo kg', en: 'per kg', unit: 'kg', moq: 1, cap: 50, lead: 7, price: [3200000, 4200000], pack: 'Túi hút chân không 1 kg' },
          ],
        },
        {
          vi: 'Hàu sữa Vân Đồn', en: 'Van Don milk oysters', cat: 'seafood', stars: 3, hs: '030711', shelf: 5, storage: 'chilled',
          desc: 'Hàu Thái Bình Dương nuôi treo giàn ở vùng nước sạch vịnh Bái Tử Long, vỏ mỏng, ruột béo trắng sữa. Giao sống trong thùng xốp giữ lạnh.',
          variants: [
            { vi: 'thùng 10 kg', en: '10 kg box', unit: 'kg', moq: 50, cap: 20000, lead: 1, price: [25000, 35000], pack: 'Thùng xốp có đá gel 10 kg' },
          ],
        },
      ],
    },
  ],
};
