import type { CatalogueRegion } from './catalogue-types.ts';

/** Lai Châu, Điện Biên, Sơn La, Lào Cai (with the former Yên Bái). */
export const northwest: CatalogueRegion = {
  producers: [
    {
      key: 'che-shan-tuyet-tan-uyen', legalName: 'Hợp tác xã Chè Shan tuyết Tân Uyên', province: 'lai-chau', locality: 'bản Nà Ún, xã Tân Uyên',
      form: 'cooperative', status: 'verified', contact: 'Lò Văn Thanh', readiness: 'basic',
      descVi: 'HTX của 46 hộ người Thái và người Mông chăm sóc vùng chè shan tuyết cổ thụ và chè ô long trên sườn dãy Hoàng Liên Sơn.',
      descEn: 'Cooperative of 46 Thai and Hmong households tending ancient Shan Tuyet tea trees and oolong gardens on the Hoang Lien range.',
      lines: [
        {
          vi: 'Chè shan tuyết cổ thụ Tân Uyên', en: 'Tan Uyen ancient Shan Tuyet tea', cat: 'tea', stars: 4, hs: '090220', shelf: 540,
          desc: 'Búp chè được hái từ những cây shan tuyết trên trăm năm tuổi ở độ cao trên 1.200 m, sao thủ công trên chảo gang. Nước trà vàng sánh, hương núi rừng, hậu ngọt sâu.',
          descEn: 'Buds picked from Shan Tuyet trees over a century old above 1,200 m and pan-fired by hand. The liquor is golden, with a deep sweet finish.',
          variants: [
            { vi: 'hộp 200 g', en: '200 g box', unit: 'box', moq: 50, cap: 3000, lead: 5, price: [280000, 350000], pack: 'Hộp giấy kraft 200 g, túi zip bên trong' },
            { vi: 'túi 500 g', en: '500 g pack', unit: 'pack', moq: 30, cap: 1500, lead: 5, price: [620000, 750000], pack: 'Túi nhôm hút chân không 500 g' },
          ],
        },
        {
          vi: 'Trà ô long Tân Uyên', en: 'Tan Uyen oolong tea', cat: 'tea', stars: 3, hs: '090230', shelf: 540,
          desc: 'Trà ô long vo viên từ giống Kim Tuyên trồng trên đồi Tân Uyên, lên men nhẹ và sấy lửa than. Hương hoa lan thoảng, vị ngọt, pha được năm đến bảy nước.',
          variants: [
            { vi: 'hộp thiếc 250 g', en: '250 g tin', unit: 'box', moq: 40, cap: 2500, lead: 5, price: [220000, 280000], pack: 'Hộp thiếc 250 g in hoa văn thổ cẩm' },
            { vi: 'túi hút chân không 1 kg', en: '1 kg vacuum bag', unit: 'kg', moq: 10, cap: 800, lead: 7, price: [650000, 800000], pack: 'Túi nhôm 1 kg, thùng 10 túi' },
          ],
        },
      ],
    },
    {
      key: 'sam-lai-chau-muong-te', legalName: 'Công ty TNHH Dược liệu Sâm Lai Châu Mường Tè', tradingName: 'Sâm Pu Si Lung', province: 'lai-chau',
      locality: 'bản Pa Vệ Sử, xã Pa Vệ Sử', form: 'enterprise', status: 'verified', contact: 'Pờ Xé Thu', readiness: 'good',
      descVi: 'Doanh nghiệp trồng sâm Lai Châu dưới tán rừng nguyên sinh dãy Pu Si Lung, liên kết với 120 hộ người Hà Nhì và La Hủ.',
      lines: [
        {
          vi: 'Sâm Lai Châu củ tươi', en: 'Fresh Lai Chau ginseng roots', cat: 'herbal-medicine', stars: 4, hs: '121120', shelf: 30, storage: 'chilled',
          desc: 'Sâm Lai Châu trồng dưới tán rừng ở độ cao trên 2.000 m, củ từ năm năm tuổi trở lên. Mỗi củ có tem truy xuất nguồn gốc và phiếu kiểm nghiệm saponin.',
          descEn: 'Lai Chau ginseng grown under forest canopy above 2,000 m, roots five years old or more, each with a traceability stamp and a saponin test report.',
          variants: [
            { vi: 'loại 8–10 củ/kg', en: '8–10 roots per kg', unit: 'kg', moq: 0.5, cap: 40, lead: 7, price: [60000000, 90000000], pack: 'Hộp gỗ lót rêu giữ ẩm' },
            { vi: 'loại 15–20 củ/kg', en: '15–20 roots per kg', unit: 'kg', moq: 0.5, cap: 80, lead: 7, price: [35000000, 55000000], pack: 'Hộp gỗ lót rêu giữ ẩm' },
          ],
        },
        {
          vi: 'Sâm Lai Châu ngâm mật ong', en: 'Lai Chau ginseng in honey', cat: 'functional-foods', stars: 3, hs: '210690', shelf: 720,
          desc: 'Sâm Lai Châu thái lát ngâm trong mật ong rừng Mường Tè ít nhất ba tháng. Mỗi ngày dùng hai đến ba lát, ngậm hoặc pha với nước ấm.',
          variants: [
            { vi: 'hũ thủy tinh 500 ml', en: '500 ml glass jar', unit: 'jar', moq: 20, cap: 400, lead: 5, price: [1500000, 2200000], pack: 'Hũ thủy tinh 500 ml, hộp quà' },
          ],
        },
      ],
    },
    {
      key: 'gao-muong-thanh', legalName: 'Hợp tác xã Dịch vụ Nông nghiệp Mường Thanh', province: 'dien-bien', locality: 'bản Ten, xã Thanh An',
      form: 'cooperative', status: 'verified', contact: 'Lường Văn Chăn', readiness: 'good',
      descVi: 'HTX liên kết 300 hộ trồng lúa đặc sản trên cánh đồng Mường Thanh, có xưởng xay xát và đóng gói riêng.',
      descEn: 'Cooperative of 300 households growing specialty rice on the Muong Thanh plain, with its own mill and packing line.',
      lines: [
        {
          vi: 'Gạo Séng Cù Điện Biên', en: 'Dien Bien Seng Cu rice', cat: 'rice-grains', stars: 4, hs: '100630', shelf: 365, exportedTo: ['SG'],
          desc: 'Giống lúa Séng Cù cấy một vụ trên cánh đồng Mường Thanh, hạt gạo dài và trong, cơm dẻo, thơm nhẹ. Lúa phơi khô tự nhiên, xay xát trong ngày trước khi đóng gói.',
          descEn: 'Seng Cu rice grown one crop a year on the Muong Thanh plain: long, translucent grains, soft and lightly fragrant when cooked.',
          variants: [
            { vi: 'túi 5 kg', en: '5 kg bag', unit: 'bag', moq: 100, cap: 12000, lead: 5, price: [150000, 175000], pack: 'Túi PA hút chân không 5 kg' },
            { vi: 'bao 25 kg', en: '25 kg sack', unit: 'sack', moq: 40, cap: 3000, lead: 5, price: [700000, 800000], pack: 'Bao PP dệt 25 kg có lớp PE' },
          ],
        },
        {
          vi: 'Gạo nếp tan Điện Biên', en: 'Dien Bien glutinous rice', cat: 'rice-grains', stars: 3, hs: '100630', shelf: 270,
          desc: 'Nếp tan hạt tròn đều, trắng đục, đồ xôi dẻo mà không nát, là thứ nếp người Thái dùng làm xôi và cơm lam. Thu hoạch tháng Mười, xay và đóng gói theo đơn.',
          variants: [
            { vi: 'túi 2 kg', en: '2 kg bag', unit: 'bag', moq: 100, cap: 5000, lead: 5, price: [80000, 95000], pack: 'Túi vải bố 2 kg' },
            { vi: 'bao 25 kg', en: '25 kg sack', unit: 'sack', moq: 20, cap: 1200, lead: 5, price: [850000, 950000], pack: 'Bao PP dệt 25 kg' },
          ],
        },
        {
          vi: 'Cà phê Arabica Mường Ảng', en: 'Muong Ang Arabica coffee', cat: 'coffee', stars: 3, hs: '090121', shelf: 365,
          desc: 'Cà phê Arabica trồng trên đồi Mường Ảng, hái quả chín và rang mộc mức vừa tại HTX. Vị chua thanh, hương trái cây chín, hậu vị sô-cô-la.',
          variants: [
            { vi: 'rang xay, gói 250 g', en: 'ground, 250 g pack', unit: 'pack', moq: 50, cap: 4000, lead: 5, price: [75000, 95000], pack: 'Túi van một chiều 250 g' },
            { vi: 'hạt rang, túi 1 kg', en: 'roasted beans, 1 kg bag', unit: 'kg', moq: 10, cap: 1500, lead: 5, price: [260000, 320000], pack: 'Túi van một chiều 1 kg' },
          ],
        },
      ],
    },
    {
      key: 'moc-chau-xanh', legalName: 'Hợp tác xã Nông nghiệp Mộc Châu Xanh', province: 'son-la', locality: 'tiểu khu Bó Bun, phường Thảo Nguyên',
      form: 'cooperative', status: 'verified', contact: 'Hà Thị Nguyệt', readiness: 'retail',
      descVi: 'HTX trồng mận, xoài và chè ô long theo VietGAP trên cao nguyên Mộc Châu, có kho lạnh sơ chế 200 tấn.',
      descEn: 'VietGAP plums, mangoes and oolong tea on the Moc Chau plateau, with a 200-tonne cold store.',
      lines: [
        {
          vi: 'Mận hậu Mộc Châu', en: 'Moc Chau plums', cat: 'fruit', stars: 4, months: [5, 6], hs: '080940', shelf: 12, storage: 'chilled',
          desc: 'Mận hậu chín vỏ xanh pha tím, thịt giòn, vị chua ngọt, hái từ vườn đạt VietGAP trên cao nguyên Mộc Châu. Quả được phân loại, rửa sạch và đóng thùng ngay trong ngày hái.',
          descEn: 'Crisp, sweet-sour plums from VietGAP orchards on the Moc Chau plateau, graded, washed and packed the day they are picked.',
          variants: [
            { vi: 'loại 1, thùng 10 kg', en: 'grade 1, 10 kg carton', unit: 'kg', moq: 200, cap: 40000, lead: 2, price: [30000, 45000], pack: 'Thùng carton 10 kg có lỗ thông khí' },
            { vi: 'hộp quà 2 kg', en: '2 kg gift box', unit: 'box', moq: 50, cap: 3000, lead: 2, price: [110000, 140000], pack: 'Hộp carton in 2 kg, khay xốp' },
          ],
        },
        {
          vi: 'Chè ô long Mộc Châu', en: 'Moc Chau oolong tea', cat: 'tea', stars: 4, hs: '090230', shelf: 540, exportedTo: ['JP'],
          desc: 'Ô long giống Kim Tuyên và Thanh Tâm trồng trên đồi chè Mộc Châu, vo viên và sấy theo quy trình Đài Loan. Nước xanh vàng, hương hoa sữa, vị ngọt hậu.',
          variants: [
            { vi: 'hộp 100 g', en: '100 g box', unit: 'box', moq: 100, cap: 6000, lead: 5, price: [95000, 120000], pack: 'Hộp giấy 100 g, 4 gói nhỏ' },
            { vi: 'túi 500 g', en: '500 g pack', unit: 'pack', moq: 30, cap: 2000, lead: 5, price: [380000, 450000], pack: 'Túi nhôm hút chân không 500 g' },
          ],
        },
        {
          vi: 'Xoài tròn Yên Châu', en: 'Yen Chau round mangoes', cat: 'fruit', stars: 3, months: [5, 6], hs: '080450', shelf: 7,
          desc: 'Giống xoài bản địa quả nhỏ, tròn, chín vỏ vàng xanh, thịt thơm đậm và ngọt sắc. Được thu hái khi chín cây và giao trong vòng 48 giờ.',
          variants: [
            { vi: 'thùng 10 kg', en: '10 kg carton', unit: 'kg', moq: 100, cap: 15000, lead: 2, price: [25000, 40000], pack: 'Thùng carton 10 kg' },
          ],
        },
      ],
    },
    {
      key: 'ca-phe-chieng-ban', legalName: 'Hợp tác xã Cà phê Chiềng Ban', province: 'son-la', locality: 'bản Lẳm, xã Chiềng Mai',
      form: 'cooperative', status: 'verified', contact: 'Cầm Văn Dũng', readiness: 'export',
      descVi: 'HTX sơ chế ướt và rang cà phê Arabica Sơn La, xuất khẩu nhân xanh sang châu Âu và Nhật Bản từ năm 2019.',
      descEn: 'Wet-processes and roasts Son La Arabica; green coffee exported to Europe and Japan since 2019.',
      lines: [
        {
          vi: 'Cà phê Arabica Sơn La nhân xanh', en: 'Son La Arabica green coffee', cat: 'coffee', stars: 4, hs: '090111', shelf: 540, exportedTo: ['DE', 'US', 'JP'],
          desc: 'Arabica Catimor trồng ở độ cao 600–1.000 m, hái chọn trên 95 % quả chín đỏ và sơ chế ướt. Nhân xanh sàng 16 trở lên, độ ẩm dưới 12,5 %, phù hợp rang đặc sản.',
          descEn: 'Catimor Arabica grown at 600–1,000 m, over 95 % ripe cherries, washed. Screen 16+, moisture below 12.5 %, suited to specialty roasting.',
          variants: [
            { vi: 'sàng 16, bao đay 60 kg', en: 'screen 16, 60 kg jute bag', unit: 'kg', moq: 600, cap: 40000, lead: 14, price: [140000, 165000], pack: 'Bao đay 60 kg lót túi GrainPro' },
            { vi: 'sơ chế mật ong, bao 30 kg', en: 'honey process, 30 kg bag', unit: 'kg', moq: 300, cap: 6000, lead: 14, price: [185000, 220000], pack: 'Bao đay 30 kg lót túi GrainPro' },
          ],
        },
        {
          vi: 'Cà phê Arabica Sơn La rang xay', en: 'Son La Arabica ground coffee', cat: 'coffee', stars: 4, hs: '090121', shelf: 365,
          desc: 'Cà phê rang mức vừa trong ngày nhận đơn, xay vừa dùng pha phin hoặc pha máy. Vị chua táo xanh, ngọt mật mía, không pha trộn.',
          variants: [
            { vi: 'gói 250 g', en: '250 g pack', unit: 'pack', moq: 50, cap: 5000, lead: 5, price: [85000, 105000], pack: 'Túi van một chiều 250 g' },
            { vi: 'túi 1 kg', en: '1 kg bag', unit: 'kg', moq: 10, cap: 2000, lead: 5, price: [300000, 360000], pack: 'Túi van một chiều 1 kg' },
          ],
        },
      ],
    },
    {
      key: 'trau-gac-bep-muong-la', legalName: 'Hộ kinh doanh Thịt trâu gác bếp Lò Thị Hoa', province: 'son-la', locality: 'bản Nà Lời, xã Mường La',
      form: 'household', status: 'pending', contact: 'Lò Thị Hoa', readiness: 'none',
      descVi: 'Cơ sở gia đình làm thịt trâu, lạp sườn gác bếp theo cách người Thái Mường La.',
      lines: [
        {
          vi: 'Thịt trâu gác bếp Mường La', en: 'Muong La smoked buffalo meat', cat: 'meat', stars: 3, hs: '021020', shelf: 180, storage: 'chilled',
          desc: 'Thịt bắp trâu tẩm mắc khén, hạt dổi, gừng, ớt rồi hun khói trên gác bếp củi từ bảy đến mười ngày. Thớ thịt khô, dai vừa, xé ra thơm mùi khói và cay tê.',
          variants: [
            { vi: 'túi hút chân không 500 g', en: '500 g vacuum pack', unit: 'pack', moq: 20, cap: 600, lead: 7, price: [480000, 560000], pack: 'Túi hút chân không 500 g' },
            { vi: 'túi 1 kg', en: '1 kg pack', unit: 'kg', moq: 5, cap: 300, lead: 7, price: [900000, 1050000], pack: 'Túi hút chân không 1 kg' },
          ],
        },
      ],
    },
    {
      key: 'thao-duoc-ta-phin', legalName: 'Hợp tác xã Thảo dược Dao đỏ Tả Phìn', province: 'lao-cai', locality: 'thôn Tả Chải, xã Tả Phìn',
      form: 'cooperative', status: 'verified', contact: 'Tẩn Thị Mẩy', readiness: 'basic',
      descVi: 'HTX của phụ nữ Dao đỏ gìn giữ bài thuốc tắm lá gia truyền, cung cấp cho các spa và khách sạn ở Sa Pa.',
      descEn: 'Red Dao women keeping their herbal bath recipes, supplying spas and hotels in Sa Pa.',
      lines: [
        {
          vi: 'Lá tắm thuốc người Dao đỏ', en: 'Red Dao herbal bath leaves', cat: 'herbal-medicine', stars: 4, hs: '121190', shelf: 365,
          desc: 'Hơn 20 loại lá rừng và cây thuốc theo bài thuốc gia truyền của người Dao đỏ Sa Pa, phơi và sao khô, chia sẵn theo liều tắm. Ngâm tắm giúp thư giãn, giảm đau mỏi sau lao động hay đi bộ đường dài.',
          descEn: 'Over twenty forest herbs from a Red Dao family recipe, dried and portioned per bath; eases tired muscles after work or trekking.',
          variants: [
            { vi: 'hộp 10 gói', en: 'box of 10 sachets', unit: 'box', moq: 50, cap: 4000, lead: 5, price: [120000, 150000], pack: 'Hộp giấy 10 gói lá khô' },
            { vi: 'bao 5 kg cho spa', en: '5 kg sack for spas', unit: 'kg', moq: 10, cap: 1500, lead: 7, price: [180000, 230000], pack: 'Bao giấy kraft 5 kg' },
          ],
        },
        {
          vi: 'Nước tắm thảo dược Dao đỏ cô đặc', en: 'Red Dao herbal bath concentrate', cat: 'herbal-cosmetics', stars: 3, shelf: 540,
          desc: 'Nước lá thuốc sắc cô đặc, chỉ cần pha một nắp với nước ấm cho một lần ngâm chân hoặc tắm. Tiện cho khách sạn và khách mang về làm quà.',
          variants: [
            { vi: 'chai 250 ml', en: '250 ml bottle', unit: 'bottle', moq: 50, cap: 3000, lead: 5, price: [150000, 190000], pack: 'Chai nhựa PET 250 ml' },
          ],
        },
      ],
    },
    {
      key: 'que-hoi-van-yen', legalName: 'Công ty Cổ phần Quế hồi Văn Yên', province: 'lao-cai', locality: 'thôn Khe Cạn, xã Đông Cuông',
      form: 'enterprise', status: 'verified', contact: 'Nguyễn Văn Khải', readiness: 'export',
      descVi: 'Thu mua, sơ chế và chưng cất tinh dầu quế từ vùng nguyên liệu hữu cơ 1.200 ha ở Văn Yên (tỉnh Yên Bái cũ).',
      descEn: 'Buys, processes and distils cinnamon from a 1,200 ha organic growing area in Van Yen (former Yen Bai province).',
      lines: [
        {
          vi: 'Quế thanh Văn Yên', en: 'Van Yen cinnamon sticks', cat: 'seasonings', stars: 4, hs: '090611', legacy: 'Yên Bái', shelf: 730, exportedTo: ['US', 'DE', 'KR'],
          desc: 'Vỏ quế từ những cây trên 15 năm tuổi ở vùng quế Văn Yên, tỉnh Yên Bái cũ, giàu tinh dầu, cắt thanh đều 8 cm. Quế được sấy ở nhiệt độ thấp để giữ màu nâu đỏ và vị cay ngọt.',
          descEn: 'Bark from trees over 15 years old in Van Yen, cut to 8 cm sticks and dried at low temperature to keep its colour and sweet heat.',
          variants: [
            { vi: 'thanh 8 cm, thùng 10 kg', en: '8 cm sticks, 10 kg carton', unit: 'kg', moq: 500, cap: 30000, lead: 10, price: [75000, 95000], pack: 'Thùng carton 10 kg lót PE' },
            { vi: 'thanh cuộn, hũ 100 g', en: 'rolled sticks, 100 g jar', unit: 'jar', moq: 100, cap: 5000, lead: 7, price: [35000, 45000], pack: 'Hũ thủy tinh 100 g' },
          ],
        },
        {
          vi: 'Tinh dầu quế Yên Bái', en: 'Yen Bai cinnamon essential oil', cat: 'essential-oils', stars: 4, hs: '330129', legacy: 'Yên Bái', shelf: 1095, exportedTo: ['FR'],
          desc: 'Tinh dầu chưng cất hơi nước từ lá và cành quế non, hàm lượng cinnamaldehyde trên 80 %. Dùng xông phòng, pha dầu massage hoặc làm nguyên liệu mỹ phẩm.',
          variants: [
            { vi: 'chai 10 ml', en: '10 ml bottle', unit: 'bottle', moq: 100, cap: 8000, lead: 5, price: [45000, 60000], pack: 'Chai thủy tinh nâu 10 ml, nắp nhỏ giọt' },
            { vi: 'can 1 lít', en: '1 litre can', unit: 'l', moq: 5, cap: 400, lead: 10, price: [1800000, 2300000], pack: 'Can nhôm 1 lít' },
          ],
        },
      ],
    },
    {
      key: 'nep-tu-le', legalName: 'Hợp tác xã Nếp Tú Lệ', province: 'lao-cai', locality: 'bản Bon, xã Tú Lệ',
      form: 'cooperative', status: 'verified', contact: 'Hoàng Văn Pọm', readiness: 'basic',
      descVi: 'HTX người Thái trồng nếp Tú Lệ một vụ trên ruộng bậc thang thung lũng Tú Lệ (tỉnh Yên Bái cũ) và làm cốm mùa lúa non.',
      lines: [
        {
          vi: 'Gạo nếp Tú Lệ', en: 'Tu Le glutinous rice', cat: 'rice-grains', stars: 4, hs: '100630', legacy: 'Yên Bái', shelf: 270,
          desc: 'Nếp Tú Lệ hạt tròn, căng, trắng đục, đồ xôi dẻo thơm mà không bết, trồng một vụ trên ruộng bậc thang. Đây là thứ nếp làm nên món xôi và cốm nổi tiếng của vùng Văn Chấn.',
          variants: [
            { vi: 'túi 2 kg', en: '2 kg bag', unit: 'bag', moq: 50, cap: 4000, lead: 5, price: [90000, 110000], pack: 'Túi vải 2 kg' },
            { vi: 'bao 10 kg', en: '10 kg sack', unit: 'sack', moq: 20, cap: 1000, lead: 5, price: [420000, 480000], pack: 'Bao PP 10 kg' },
          ],
        },
        {
          vi: 'Cốm Tú Lệ', en: 'Tu Le green rice flakes', cat: 'confectionery', stars: 3, months: [9, 10], shelf: 10, storage: 'chilled', status: 'pending_review',
          desc: 'Cốm giã từ lúa nếp non vừa ngậm sữa, rang trên chảo gang rồi giã bằng cối gỗ. Hạt cốm dẻo, xanh non, thơm mùi lúa mới.',
          variants: [
            { vi: 'gói lá sen 500 g', en: '500 g in lotus leaf', unit: 'pack', moq: 20, cap: 800, lead: 2, price: [100000, 130000], pack: 'Gói lá sen, túi giấy' },
          ],
        },
      ],
    },
    {
      key: 'homestay-ta-van', legalName: 'Hộ kinh doanh Homestay Giàng A Chu', province: 'lao-cai', locality: 'thôn Tả Van Giáy, xã Tả Van',
      form: 'household', status: 'verified', contact: 'Giàng A Chu', readiness: 'none',
      descVi: 'Homestay gia đình trong thung lũng Mường Hoa, đón khách trek và tổ chức trải nghiệm văn hóa Giáy, Dao đỏ.',
      lines: [
        {
          vi: 'Homestay và trek bản Tả Van', en: 'Ta Van village homestay and trek', cat: 'community-tourism', stars: 3, shelf: null,
          desc: 'Nghỉ ở nhà sàn của gia đình người Giáy, đi bộ qua ruộng bậc thang Mường Hoa, học nấu cơm lam và nhuộm chàm cùng người Dao đỏ. Giá gồm hướng dẫn viên người địa phương, các bữa ăn và chỗ ngủ có chăn đệm sạch.',
          descEn: 'Stay in a Giay family stilt house, trek the Muong Hoa terraces and learn indigo dyeing with Red Dao women; local guide, meals and bedding included.',
          variants: [
            { vi: 'gói 2 ngày 1 đêm, mỗi khách', en: '2 days 1 night, per guest', unit: 'piece', moq: 2, cap: 400, lead: 3, price: [850000, 1200000], pack: 'Suất cho 1 khách, nhóm 2–10 người' },
            { vi: 'gói 3 ngày 2 đêm, mỗi khách', en: '3 days 2 nights, per guest', unit: 'piece', moq: 2, cap: 200, lead: 5, price: [1500000, 1900000], pack: 'Suất cho 1 khách, nhóm 2–10 người' },
          ],
        },
      ],
    },
    {
      key: 'ruou-ngo-ban-pho', legalName: 'Hợp tác xã Rượu ngô Bản Phố', province: 'lao-cai', locality: 'thôn Bản Phố, xã Bắc Hà',
      form: 'cooperative', status: 'verified', contact: 'Sùng Seo Lử', readiness: 'basic',
      descVi: 'HTX người Mông nấu rượu ngô men lá theo cách truyền thống, bán tại chợ phiên Bắc Hà và cho các cửa hàng đặc sản.',
      lines: [
        {
          vi: 'Rượu ngô men lá Bản Phố', en: 'Ban Pho corn liquor', cat: 'alcoholic-drinks', stars: 4, hs: '220890', shelf: 1825,
          desc: 'Rượu nấu từ ngô bản địa ủ với men lá rừng của người Mông, chưng cất hai lần và hạ thổ trong chum sành. Rượu trong, 40–45 độ, êm và thơm mùi ngô chín.',
          variants: [
            { vi: 'chai 500 ml', en: '500 ml bottle', unit: 'bottle', moq: 48, cap: 6000, lead: 5, price: [70000, 90000], pack: 'Chai thủy tinh 500 ml, thùng 12 chai' },
            { vi: 'can 20 lít', en: '20 litre can', unit: 'l', moq: 40, cap: 3000, lead: 7, price: [110000, 140000], pack: 'Can nhựa thực phẩm 20 lít' },
          ],
        },
      ],
    },
  ],
};
