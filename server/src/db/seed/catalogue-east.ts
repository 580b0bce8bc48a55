import type { CatalogueRegion } from './catalogue-types.ts';

/** Đồng Nai (with the former Bình Phước) and Tây Ninh (with the former Long An). */
export const east: CatalogueRegion = {
  producers: [
    {
      key: 'dieu-binh-phuoc-xanh', legalName: 'Công ty Cổ phần Điều Bình Phước Xanh', province: 'dong-nai', locality: 'khu phố Tân Trà, phường Đồng Xoài',
      form: 'enterprise', status: 'verified', contact: 'Hoàng Minh Trí', readiness: 'export',
      descVi: 'Nhà máy chế biến điều đạt BRCGS, thu mua hạt điều của 1.500 hộ ở Bình Phước cũ, xuất khẩu sang Mỹ, Úc và châu Âu.',
      descEn: 'BRCGS cashew processor buying from 1,500 farms in former Binh Phuoc, exporting to the US, Australia and Europe.',
      lines: [
        {
          vi: 'Hạt điều rang muối Bình Phước', en: 'Binh Phuoc salted roasted cashews', cat: 'dried-foods', stars: 4, hs: '080132', legacy: 'Bình Phước', shelf: 365, exportedTo: ['US', 'AU', 'DE'],
          desc: 'Hạt điều Bình Phước rang củi với muối hạt, còn nguyên vỏ lụa, giòn, béo và bùi. Được bảo hộ chỉ dẫn địa lý Hạt điều Bình Phước.',
          descEn: 'Binh Phuoc cashews wood-roasted with sea salt, skins on: crunchy, rich and nutty; protected geographical indication.',
          variants: [
            { vi: 'hũ 500 g', en: '500 g jar', unit: 'jar', moq: 100, cap: 30000, lead: 5, price: [170000, 220000], pack: 'Hũ nhựa PET 500 g' },
            { vi: 'loại W240, thùng 10 kg', en: 'W240, 10 kg carton', unit: 'kg', moq: 50, cap: 40000, lead: 7, price: [280000, 340000], pack: 'Thùng carton 10 kg, túi nhôm' },
          ],
        },
        {
          vi: 'Nhân điều trắng W320', en: 'W320 white cashew kernels', cat: 'dried-foods', stars: 3, hs: '080132', legacy: 'Bình Phước', shelf: 540, exportedTo: ['US', 'DE', 'CN'],
          desc: 'Nhân điều trắng nguyên hạt cỡ W320 theo tiêu chuẩn AFI, độ ẩm dưới 5 %. Đóng thùng thiếc bơm khí CO2.',
          variants: [
            { vi: 'thùng thiếc 22,68 kg', en: '22.68 kg (50 lb) tin', unit: 'kg', moq: 700, cap: 200000, lead: 14, price: [170000, 200000], pack: 'Thùng thiếc 50 lb hút chân không' },
          ],
        },
      ],
    },
    {
      key: 'buoi-tan-trieu', legalName: 'Hợp tác xã Bưởi Tân Triều', province: 'dong-nai', locality: 'ấp Tân Triều, xã Tân An',
      form: 'cooperative', status: 'verified', contact: 'Lê Thị Thu Vân', readiness: 'good',
      descVi: 'HTX trồng bưởi trên cù lao ven sông Đồng Nai, mang chỉ dẫn địa lý Bưởi Tân Triều.',
      lines: [
        {
          vi: 'Bưởi Tân Triều', en: 'Tan Trieu pomelos', cat: 'fruit', stars: 4, months: [8, 9, 10, 11, 12, 1], hs: '080540', shelf: 45,
          desc: 'Bưởi đường lá cam và bưởi ổi trồng trên đất phù sa sông Đồng Nai, vỏ mỏng, múi ráo, ngọt thanh. Quả chín được tuyển chọn và dán tem chỉ dẫn địa lý.',
          variants: [
            { vi: 'bưởi đường lá cam, thùng 15 kg', en: 'Duong La Cam pomelos, 15 kg carton', unit: 'kg', moq: 200, cap: 40000, lead: 3, price: [35000, 50000], pack: 'Thùng carton 15 kg' },
            { vi: 'bưởi ổi, thùng 15 kg', en: 'Oi pomelos, 15 kg carton', unit: 'kg', moq: 200, cap: 30000, lead: 3, price: [30000, 42000], pack: 'Thùng carton 15 kg' },
          ],
        },
      ],
    },
    {
      key: 'chom-chom-long-khanh', legalName: 'Hợp tác xã Chôm chôm Long Khánh', province: 'dong-nai', locality: 'ấp Cẩm Tân, phường Bảo Vinh',
      form: 'cooperative', status: 'verified', contact: 'Nguyễn Thành Long', readiness: 'good',
      descVi: 'HTX 250 ha chôm chôm và sầu riêng ở vùng đất đỏ Long Khánh.',
      lines: [
        {
          vi: 'Chôm chôm Long Khánh', en: 'Long Khanh rambutans', cat: 'fruit', stars: 4, months: [5, 6, 7, 8], hs: '081090', shelf: 5,
          desc: 'Chôm chôm Thái và chôm chôm nhãn trồng trên đất đỏ bazan Long Khánh, cùi dày, tróc hạt, giòn ngọt. Vườn đạt VietGAP, thu hái trong ngày giao.',
          variants: [
            { vi: 'chôm chôm Thái, sọt 20 kg', en: 'Thai rambutans, 20 kg crate', unit: 'kg', moq: 500, cap: 200000, lead: 1, price: [20000, 35000], pack: 'Sọt nhựa 20 kg' },
            { vi: 'chôm chôm nhãn, thùng 10 kg', en: 'longan rambutans, 10 kg carton', unit: 'kg', moq: 100, cap: 20000, lead: 1, price: [40000, 60000], pack: 'Thùng carton 10 kg' },
          ],
        },
      ],
    },
    {
      key: 'gom-bien-hoa-tan-van', legalName: 'Công ty TNHH Gốm Biên Hòa Tân Vạn', province: 'dong-nai', locality: 'khu phố 3, phường Tân Vạn',
      form: 'enterprise', status: 'pending', contact: 'Lý Văn Hưng', readiness: 'export',
      descVi: 'Xưởng gốm men màu Biên Hòa làm chậu cảnh và đồ trang trí sân vườn cho thị trường Mỹ và Pháp.',
      lines: [
        {
          vi: 'Gốm men màu Biên Hòa', en: 'Bien Hoa coloured-glaze pottery', cat: 'ceramics', stars: 3, hs: '691390', shelf: null, exportedTo: ['US', 'FR'],
          desc: 'Gốm đất sét trắng phủ men xanh đồng trổ, men đá đỏ theo kỹ thuật của trường Mỹ nghệ Biên Hòa xưa. Chịu được nắng mưa ngoài trời.',
          variants: [
            { vi: 'chậu cây cao 50 cm', en: '50 cm planter', unit: 'piece', moq: 20, cap: 2000, lead: 30, price: [400000, 650000], pack: 'Thùng gỗ thưa, lót rơm' },
            { vi: 'bình men xanh đồng trổ cao 35 cm', en: '35 cm copper-green vase', unit: 'piece', moq: 20, cap: 1000, lead: 30, price: [600000, 900000], pack: 'Hộp carton 5 lớp' },
          ],
        },
      ],
    },
    {
      key: 'muoi-tom-ba-den', legalName: 'Công ty TNHH Muối tôm Bà Đen', province: 'tay-ninh', locality: 'khu phố 5, phường Tân Ninh',
      form: 'enterprise', status: 'verified', contact: 'Võ Thị Mỹ Linh', readiness: 'retail',
      descVi: 'Nhà sản xuất muối tôm, muối ớt Tây Ninh đạt ISO 22000, xuất khẩu cho cộng đồng người Việt ở Mỹ, Úc.',
      descEn: 'ISO 22000 maker of Tay Ninh shrimp salt and chilli salt, exporting to Vietnamese communities in the US and Australia.',
      lines: [
        {
          vi: 'Muối tôm Tây Ninh', en: 'Tay Ninh shrimp salt', cat: 'seasonings', stars: 4, hs: '210390', shelf: 365, exportedTo: ['US', 'AU'],
          desc: 'Muối hạt rang cùng tôm khô giã, ớt, tỏi và hành phi theo công thức Tây Ninh. Chấm trái cây chua, bánh tráng trộn, muối ướp nướng.',
          variants: [
            { vi: 'hũ 100 g', en: '100 g jar', unit: 'jar', moq: 200, cap: 80000, lead: 5, price: [20000, 28000], pack: 'Hũ nhựa 100 g' },
            { vi: 'thùng 100 hũ', en: 'carton of 100 jars', unit: 'carton', moq: 5, cap: 800, lead: 5, price: [1800000, 2400000], pack: 'Thùng carton 100 hũ' },
          ],
        },
      ],
    },
    {
      key: 'banh-trang-trang-bang', legalName: 'Hộ kinh doanh Bánh tráng phơi sương Tư Lộc', province: 'tay-ninh', locality: 'khu phố Lộc Trát, phường Gia Lộc',
      form: 'household', status: 'verified', contact: 'Nguyễn Văn Lộc', readiness: 'basic',
      descVi: 'Lò bánh tráng gia đình ba thế hệ ở Trảng Bàng.',
      lines: [
        {
          vi: 'Bánh tráng phơi sương Trảng Bàng', en: 'Trang Bang dew-dried rice paper', cat: 'processed-foods', stars: 4, hs: '190590', shelf: 15,
          desc: 'Bánh tráng tráng hai lớp, nướng trên lửa rơm rồi phơi sương đêm cho mềm dẻo. Cuốn thịt heo luộc với hơn mười loại rau rừng.',
          variants: [
            { vi: 'xấp 500 g', en: '500 g stack', unit: 'pack', moq: 50, cap: 8000, lead: 2, price: [40000, 55000], pack: 'Túi nilon 500 g' },
            { vi: 'thùng 10 kg', en: '10 kg carton', unit: 'kg', moq: 20, cap: 3000, lead: 2, price: [70000, 90000], pack: 'Thùng carton 10 kg' },
          ],
        },
      ],
    },
    {
      key: 'mang-cau-ba-den', legalName: 'Hợp tác xã Mãng cầu Bà Đen', province: 'tay-ninh', locality: 'ấp Ninh Phước, phường Ninh Thạnh',
      form: 'cooperative', status: 'verified', contact: 'Trần Văn Phú', readiness: 'good',
      descVi: 'HTX trồng mãng cầu ta dưới chân núi Bà Đen, mang chỉ dẫn địa lý.',
      lines: [
        {
          vi: 'Mãng cầu Bà Đen', en: 'Ba Den custard apples', cat: 'fruit', stars: 4, months: [6, 7, 8, 9], hs: '081090', shelf: 5,
          desc: 'Mãng cầu ta trồng trên đất đồi chân núi Bà Đen, quả to, mở mắt đều, thịt dẻo thơm, ngọt đậm. Được bảo hộ chỉ dẫn địa lý Mãng cầu Bà Đen.',
          variants: [
            { vi: 'loại 1, thùng 10 kg', en: 'grade 1, 10 kg carton', unit: 'kg', moq: 100, cap: 30000, lead: 2, price: [45000, 65000], pack: 'Thùng carton 10 kg lót giấy' },
          ],
        },
      ],
    },
    {
      key: 'gao-cho-dao', legalName: 'Hợp tác xã Gạo Nàng Thơm Chợ Đào', province: 'tay-ninh', locality: 'ấp Chợ, xã Mỹ Lệ',
      form: 'cooperative', status: 'verified', contact: 'Phạm Văn Tâm', readiness: 'good',
      descVi: 'HTX giữ giống lúa Nàng Thơm Chợ Đào ở Cần Đước (tỉnh Long An cũ), xưa dùng tiến vua.',
      lines: [
        {
          vi: 'Gạo Nàng Thơm Chợ Đào', en: 'Cho Dao Nang Thom rice', cat: 'rice-grains', stars: 4, hs: '100630', legacy: 'Long An', shelf: 365,
          desc: 'Giống lúa mùa Nàng Thơm trồng trên đất phèn nhẹ ven sông Vàm Cỏ, hạt nhỏ, trong, cơm dẻo và thơm mùi lá dứa. Được bảo hộ chỉ dẫn địa lý Gạo Nàng Thơm Chợ Đào.',
          variants: [
            { vi: 'túi 5 kg', en: '5 kg bag', unit: 'bag', moq: 100, cap: 20000, lead: 5, price: [160000, 200000], pack: 'Túi PA hút chân không 5 kg' },
            { vi: 'bao 25 kg', en: '25 kg sack', unit: 'sack', moq: 20, cap: 4000, lead: 5, price: [750000, 900000], pack: 'Bao PP 25 kg' },
          ],
        },
      ],
    },
  ],
};
