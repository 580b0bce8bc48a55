import type { CatalogueRegion } from './catalogue-types.ts';

/** Đồng Tháp (with the former Tiền Giang) and An Giang (with the former Kiên Giang). */
export const mekongWest: CatalogueRegion = {
  demoProducerLines: [
    {
      key: 'nuoc-mam-phu-quoc',
      lines: [
        {
          vi: 'Nước mắm Phú Quốc', en: 'Phu Quoc fish sauce', cat: 'seasonings', stars: 4, hs: '210390', legacy: 'Kiên Giang', shelf: 730, exportedTo: ['JP', 'US', 'FR'],
          desc: 'Cá cơm than đánh bắt quanh đảo Phú Quốc, ướp muối ngay trên tàu và ủ chượp trong thùng gỗ bời lời từ 12 đến 15 tháng. Nước mắm nhĩ màu cánh gián, thơm dịu, vị ngọt đậm, được bảo hộ tên gọi xuất xứ trong Liên minh châu Âu.',
          descEn: 'Black anchovies caught around Phu Quoc, salted on board and aged 12–15 months in wooden vats; protected designation of origin in the EU.',
          variants: [
            { vi: '40 độ đạm, chai 500 ml', en: '40°N, 500 ml bottle', unit: 'bottle', moq: 120, cap: 30000, lead: 5, price: [90000, 120000], pack: 'Chai thủy tinh 500 ml, thùng 12 chai' },
            { vi: 'nhĩ 43 độ đạm, chai 250 ml', en: 'first press 43°N, 250 ml bottle', unit: 'bottle', moq: 60, cap: 8000, lead: 5, price: [80000, 110000], pack: 'Chai thủy tinh 250 ml, hộp giấy', note: 'Nước mắm nhĩ rút đầu tiên, số lượng có hạn.' },
            { vi: '30 độ đạm, can 5 lít cho nhà hàng', en: '30°N, 5 litre can for restaurants', unit: 'l', moq: 100, cap: 40000, lead: 5, price: [45000, 60000], pack: 'Can nhựa 5 lít' },
          ],
        },
        {
          vi: 'Tiêu đen Phú Quốc', en: 'Phu Quoc black pepper', cat: 'seasonings', stars: 3, hs: '090411', legacy: 'Kiên Giang', shelf: 730,
          desc: 'Tiêu trồng trên đất đồi Hàm Ninh, hạt nhỏ, cay thơm, phơi nắng tự nhiên. Bán kèm nước mắm làm quà Phú Quốc.',
          variants: [
            { vi: 'hũ 100 g', en: '100 g jar', unit: 'jar', moq: 100, cap: 5000, lead: 5, price: [45000, 60000], pack: 'Hũ thủy tinh 100 g' },
          ],
        },
      ],
    },
  ],
  producers: [
    {
      key: 'xoai-cat-hoa-loc', legalName: 'Hợp tác xã Xoài cát Hòa Lộc', province: 'dong-thap', locality: 'ấp Hòa Lộc, xã Hòa Hưng',
      form: 'cooperative', status: 'verified', contact: 'Lê Văn Tư', readiness: 'export',
      descVi: 'HTX xoài cát Hòa Lộc ở Cái Bè (tỉnh Tiền Giang cũ), 180 ha đạt GlobalG.A.P., xuất khẩu Nhật Bản, Hàn Quốc, Úc.',
      descEn: 'Hoa Loc mango cooperative in Cai Be (former Tien Giang), 180 ha GlobalG.A.P., exporting to Japan, Korea and Australia.',
      lines: [
        {
          vi: 'Xoài cát Hòa Lộc', en: 'Hoa Loc mangoes', cat: 'fruit', stars: 4, months: [3, 4, 5, 6], hs: '080450', legacy: 'Tiền Giang', shelf: 10, exportedTo: ['JP', 'KR', 'AU'],
          desc: 'Xoài cát Hòa Lộc bao trái từ nhỏ, chín vàng đều, thịt mịn, không xơ, ngọt đậm và thơm, được bảo hộ chỉ dẫn địa lý. Hàng xuất khẩu được xử lý hơi nước nóng.',
          variants: [
            { vi: 'loại 1 (450–600 g/quả), thùng 10 kg', en: 'grade 1 (450–600 g), 10 kg carton', unit: 'kg', moq: 300, cap: 60000, lead: 3, price: [60000, 90000], pack: 'Thùng carton 10 kg, lưới xốp từng quả' },
            { vi: 'hộp quà 2 kg', en: '2 kg gift box', unit: 'box', moq: 50, cap: 3000, lead: 3, price: [160000, 220000], pack: 'Hộp carton in màu 2 kg' },
          ],
        },
      ],
    },
    {
      key: 'quyt-hong-lai-vung', legalName: 'Hợp tác xã Quýt hồng Lai Vung', province: 'dong-thap', locality: 'ấp Long Thành, xã Lai Vung',
      form: 'cooperative', status: 'verified', contact: 'Nguyễn Văn Hai', readiness: 'good',
      descVi: 'HTX quýt hồng mang chỉ dẫn địa lý Lai Vung, bán trái và cây quýt chưng Tết.',
      lines: [
        {
          vi: 'Quýt hồng Lai Vung', en: 'Lai Vung pink mandarins', cat: 'fruit', stars: 4, months: [11, 12, 1], hs: '080521', shelf: 21,
          desc: 'Quýt hồng vỏ mỏng, màu đỏ cam rực, múi mọng, ngọt đậm, chín đúng dịp Tết. Được bảo hộ chỉ dẫn địa lý Quýt hồng Lai Vung.',
          variants: [
            { vi: 'thùng 10 kg', en: '10 kg carton', unit: 'kg', moq: 200, cap: 80000, lead: 3, price: [35000, 55000], pack: 'Thùng carton 10 kg' },
          ],
        },
        {
          vi: 'Cây quýt hồng chưng Tết', en: 'Potted pink mandarin tree for Tet', cat: 'ornamental-plants', stars: 3, months: [12, 1], hs: '060220', shelf: null,
          desc: 'Cây quýt hồng trồng chậu, sai trái chín đỏ đều, biểu tượng may mắn ngày Tết ở miền Nam. Giao bằng xe tải đến TP. Hồ Chí Minh.',
          variants: [
            { vi: 'chậu cao 1,2 m', en: '1.2 m potted', unit: 'piece', moq: 5, cap: 1500, lead: 5, price: [1500000, 3500000], pack: 'Chậu xi măng, bọc lưới' },
          ],
        },
      ],
    },
    {
      key: 'sen-thap-muoi', legalName: 'Công ty TNHH Sen Đồng Tháp Mười', province: 'dong-thap', locality: 'ấp 3, xã Tháp Mười',
      form: 'enterprise', status: 'verified', contact: 'Trương Thị Ngọc', readiness: 'retail',
      descVi: 'Chế biến hạt sen, trà tim sen và ngó sen từ 400 ha sen Tháp Mười.',
      lines: [
        {
          vi: 'Hạt sen sấy Đồng Tháp', en: 'Dong Thap dried lotus seeds', cat: 'dried-foods', stars: 4, hs: '121299', shelf: 365,
          desc: 'Hạt sen tươi bóc vỏ lụa, rút tim rồi sấy giòn, ăn ngay như món ăn vặt. Không đường, không dầu.',
          variants: [
            { vi: 'túi 250 g', en: '250 g bag', unit: 'pack', moq: 100, cap: 10000, lead: 5, price: [65000, 85000], pack: 'Túi zip 250 g' },
          ],
        },
        {
          vi: 'Trà tim sen Tháp Mười', en: 'Thap Muoi lotus embryo tea', cat: 'tea', stars: 3, hs: '121190', shelf: 540,
          desc: 'Tim sen từ hạt sen Tháp Mười, phơi khô rồi sao vàng trên chảo gang. Hãm nước sôi uống hằng ngày, vị đắng nhẹ và thanh.',
          variants: [
            { vi: 'hộp 100 g', en: '100 g box', unit: 'box', moq: 50, cap: 6000, lead: 5, price: [40000, 55000], pack: 'Hộp giấy 100 g' },
          ],
        },
      ],
    },
    {
      key: 'hoa-kieng-sa-dec', legalName: 'Hợp tác xã Hoa kiểng Sa Đéc', province: 'dong-thap', locality: 'khóm Tân Mỹ, phường Sa Đéc',
      form: 'cooperative', status: 'verified', contact: 'Phạm Văn Kiểng', readiness: 'good',
      descVi: 'HTX của làng hoa Sa Đéc, hơn 100 năm trồng hoa trên giàn cao cho thị trường Tết.',
      lines: [
        {
          vi: 'Hoa kiểng Tết Sa Đéc', en: 'Sa Dec Tet potted flowers', cat: 'ornamental-plants', stars: 4, months: [12, 1, 2], hs: '060290', shelf: null,
          desc: 'Cúc mâm xôi, hồng Sa Đéc và vạn thọ trồng chậu trên giàn, tính ngày cho nở đúng Tết. Giao theo xe cho các chợ hoa TP. Hồ Chí Minh.',
          variants: [
            { vi: 'cúc mâm xôi chậu', en: 'button chrysanthemum pot', unit: 'piece', moq: 50, cap: 20000, lead: 3, price: [150000, 300000], pack: 'Chậu nhựa, xếp xe tải' },
            { vi: 'hồng Sa Đéc chậu', en: 'Sa Dec rose pot', unit: 'piece', moq: 50, cap: 10000, lead: 3, price: [120000, 250000], pack: 'Chậu nhựa, xếp xe tải' },
          ],
        },
      ],
    },
    {
      key: 'hu-tieu-my-tho', legalName: 'Công ty TNHH Hủ tiếu Mỹ Tho', province: 'dong-thap', locality: 'khu phố 4, phường Mỹ Tho',
      form: 'enterprise', status: 'verified', contact: 'Lý Minh Quân', readiness: 'retail',
      descVi: 'Nhà máy hủ tiếu khô ở Mỹ Tho (tỉnh Tiền Giang cũ), gạo Gò Cát, xuất khẩu Mỹ và Úc.',
      lines: [
        {
          vi: 'Hủ tiếu Mỹ Tho', en: 'My Tho rice noodles', cat: 'dried-foods', stars: 4, hs: '190230', legacy: 'Tiền Giang', shelf: 365, exportedTo: ['US', 'AU'],
          desc: 'Sợi hủ tiếu làm từ gạo Gò Cát, tráng mỏng, phơi nắng, sợi nhỏ, dai, trong và không bị nở. Nấu hủ tiếu nước, hủ tiếu xào đều ngon.',
          variants: [
            { vi: 'gói 500 g', en: '500 g pack', unit: 'pack', moq: 200, cap: 50000, lead: 5, price: [25000, 32000], pack: 'Túi PE 500 g' },
            { vi: 'thùng 10 kg', en: '10 kg carton', unit: 'kg', moq: 100, cap: 60000, lead: 7, price: [40000, 50000], pack: 'Thùng carton 10 kg' },
          ],
        },
      ],
    },
    {
      key: 'thot-not-tri-ton', legalName: 'Hợp tác xã Thốt nốt Tri Tôn', province: 'an-giang', locality: 'ấp Tô Thủy, xã Tri Tôn',
      form: 'cooperative', status: 'verified', contact: 'Chau Sóc Khonl', readiness: 'good',
      descVi: 'HTX của bà con Khmer vùng Bảy Núi nấu đường thốt nốt từ nước hoa thốt nốt.',
      lines: [
        {
          vi: 'Đường thốt nốt An Giang', en: 'An Giang palmyra palm sugar', cat: 'processed-foods', stars: 4, hs: '170290', shelf: 365, exportedTo: ['US'],
          desc: 'Nước hoa thốt nốt hứng trên ngọn cây cao hơn 20 m, nấu lửa củi đến khi sánh rồi đổ khuôn. Đường vàng nâu, ngọt thanh, thơm mùi thốt nốt.',
          variants: [
            { vi: 'bánh đường, túi 1 kg', en: 'cakes, 1 kg bag', unit: 'kg', moq: 50, cap: 20000, lead: 5, price: [70000, 95000], pack: 'Túi nilon 1 kg' },
            { vi: 'đường cát, hũ 500 g', en: 'granulated, 500 g jar', unit: 'jar', moq: 50, cap: 6000, lead: 5, price: [55000, 70000], pack: 'Hũ nhựa 500 g' },
          ],
        },
      ],
    },
    {
      key: 'mam-chau-doc-tay-an', legalName: 'Công ty TNHH Mắm Châu Đốc Tây An', province: 'an-giang', locality: 'khóm Châu Long 2, phường Châu Đốc',
      form: 'enterprise', status: 'verified', contact: 'Nguyễn Thị Ánh', readiness: 'retail',
      descVi: 'Cơ sở làm mắm lâu đời ở chợ Châu Đốc, xưởng đạt chuẩn an toàn thực phẩm, giao hàng toàn quốc.',
      lines: [
        {
          vi: 'Mắm cá linh Châu Đốc', en: 'Chau Doc fermented linh fish', cat: 'processed-foods', stars: 4, hs: '160420', shelf: 180, storage: 'chilled', months: [9, 10, 11, 12, 1, 2, 3],
          desc: 'Cá linh mùa nước nổi ủ với muối và thính gạo rang, trộn đường thốt nốt. Dùng chưng thịt, nấu lẩu mắm hoặc kho quẹt.',
          variants: [
            { vi: 'hũ 500 g', en: '500 g jar', unit: 'jar', moq: 50, cap: 8000, lead: 3, price: [70000, 95000], pack: 'Hũ nhựa 500 g' },
          ],
        },
        {
          vi: 'Mắm thái Châu Đốc', en: 'Chau Doc shredded papaya fish paste', cat: 'processed-foods', stars: 4, hs: '160420', shelf: 90, storage: 'chilled',
          desc: 'Mắm cá lóc thái sợi trộn đu đủ bào, tỏi, ớt và đường thốt nốt. Ăn với thịt ba chỉ luộc, rau sống và bún.',
          variants: [
            { vi: 'hũ 500 g', en: '500 g jar', unit: 'jar', moq: 50, cap: 8000, lead: 3, price: [80000, 110000], pack: 'Hũ nhựa 500 g' },
          ],
        },
      ],
    },
    {
      key: 'tho-cam-van-giao', legalName: 'Hợp tác xã Thổ cẩm Văn Giáo', province: 'an-giang', locality: 'ấp Văn Trà, xã Tịnh Biên',
      form: 'cooperative', status: 'verified', contact: 'Néang Sa Phia', readiness: 'basic',
      descVi: 'HTX phụ nữ Khmer dệt thổ cẩm thủ công ở làng Văn Giáo, vùng Bảy Núi.',
      lines: [
        {
          vi: 'Thổ cẩm Khmer Văn Giáo', en: 'Van Giao Khmer brocade', cat: 'textiles', stars: 3, hs: '580500', shelf: null,
          desc: 'Vải dệt tay bằng sợi tơ và sợi bông trên khung gỗ, hoa văn Khmer nhuộm từ vỏ cây và lá rừng. Mỗi tấm xà rông dệt mất một đến hai tuần.',
          variants: [
            { vi: 'khăn choàng 50 × 180 cm', en: 'shawl 50 × 180 cm', unit: 'piece', moq: 10, cap: 300, lead: 10, price: [150000, 250000], pack: 'Túi vải' },
            { vi: 'xà rông dệt tay', en: 'hand-woven sarong', unit: 'piece', moq: 5, cap: 100, lead: 20, price: [400000, 650000], pack: 'Hộp giấy' },
          ],
        },
      ],
    },
    {
      key: 'ruou-sim-ham-ninh', legalName: 'Công ty TNHH Rượu sim Hàm Ninh', province: 'an-giang', locality: 'ấp Cây Sao, đặc khu Phú Quốc',
      form: 'enterprise', status: 'pending', contact: 'Đoàn Văn Phước', readiness: 'good',
      descVi: 'Nhà vườn và xưởng làm rượu sim, mật sim từ trái sim rừng Phú Quốc (tỉnh Kiên Giang cũ).',
      lines: [
        {
          vi: 'Rượu sim Phú Quốc', en: 'Phu Quoc rose myrtle wine', cat: 'alcoholic-drinks', stars: 3, hs: '220600', legacy: 'Kiên Giang', shelf: 1095,
          desc: 'Trái sim rừng chín tím ngâm và lên men tự nhiên, lọc trong, nồng độ 14 độ. Vị chát ngọt, hương sim đặc trưng của đảo.',
          variants: [
            { vi: 'chai 500 ml', en: '500 ml bottle', unit: 'bottle', moq: 48, cap: 5000, lead: 5, price: [90000, 130000], pack: 'Chai thủy tinh 500 ml, hộp giấy' },
          ],
        },
      ],
    },
  ],
};
